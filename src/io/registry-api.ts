/**
 * Reads one manifest from a registry over the distribution API: for ECR Public, whose own API has
 * no BatchGetImage, and for ECR after a push (extra tags by manifest copy). Answers the registry's
 * challenge the way docker does: Basic with the login, or Bearer with a token fetched from the
 * realm using it. `basicFirst`: the registry is known to take Basic (ECR's does), so the first
 * request carries it and no challenge round trip is spent.
 */
import { exchange } from './http';

export interface RegistryCredentials {
  host: string;
  username: string;
  password: string;
}

const TIMEOUT_MS = 30_000;

/** Loopback registries speak plain HTTP, as docker assumes for them; every other one HTTPS. */
const scheme = (host: string): string => (/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(host) ? 'http' : 'https');

function challenge(header: string | undefined): { kind: string; params: Record<string, string> } | undefined {
  const m = /^(\w+)\s*(.*)$/.exec(header ?? '');
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g)) params[p[1]] = p[2];
  return { kind: m[1].toLowerCase(), params };
}

export async function fetchManifest(
  login: RegistryCredentials,
  repository: string,
  reference: string,
  accept: string[],
  signal?: AbortSignal,
  basicFirst = false,
): Promise<{ manifest: string; mediaType: string }> {
  const url = `${scheme(login.host)}://${login.host}/v2/${repository}/manifests/${encodeURIComponent(reference)}`;
  const basic = `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`;
  const get = (authorization?: string) =>
    exchange(url, { headers: { accept: accept.join(', '), ...(authorization ? { authorization } : {}) }, timeoutMs: TIMEOUT_MS, signal });
  let answer = await get(basicFirst ? basic : undefined);
  if (answer.status === 401 && !basicFirst) {
    const c = challenge(answer.headers['www-authenticate'] as string | undefined);
    if (c?.kind === 'bearer' && c.params.realm) {
      const realm = new URL(c.params.realm);
      if (c.params.service) realm.searchParams.set('service', c.params.service);
      realm.searchParams.set('scope', c.params.scope ?? `repository:${repository}:pull`);
      const token = await exchange(realm, { headers: { authorization: basic }, timeoutMs: TIMEOUT_MS, signal });
      const parsed = JSON.parse(token.text) as { token?: string; access_token?: string };
      answer = await get(`Bearer ${parsed.token ?? parsed.access_token}`);
    } else {
      answer = await get(basic);
    }
  }
  if (answer.status !== 200) throw new Error(`the registry answered ${answer.status} for ${repository}:${reference}`);
  const declared = (JSON.parse(answer.text) as { mediaType?: string }).mediaType;
  return { manifest: answer.text, mediaType: declared ?? String(answer.headers['content-type'] ?? '').split(';')[0] };
}
