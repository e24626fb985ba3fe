/**
 * Base-image registries (`pull-registries`): docker is logged in to each before the
 * build, through the same `docker login` as the target, so `FROM` and `--cache-from` can pull.
 * One GetAuthorizationToken call per region covers all of that region's ids.
 */

import { readFileSync } from 'node:fs';
import type { Credentials } from './aws';
import type { Deadline } from './deadline';
import type { PullRegistry } from './options/rules';
import { EcrRegistry } from './registry/ecr';
import type { RegistryLogin } from './registry/target';

export async function pullRegistryLogins(
  registries: PullRegistry[],
  region: string,
  credentials: Credentials | undefined,
  deadline?: Deadline,
): Promise<RegistryLogin[]> {
  const byRegion = new Map<string, string[]>();
  for (const r of registries) byRegion.set(r.region ?? region, [...(byRegion.get(r.region ?? region) ?? []), r.id]);
  const answers = await Promise.all(
    [...byRegion].map(async ([where, ids]) => {
      const ecr = new EcrRegistry(where, credentials, undefined, deadline);
      try {
        return await ecr.logins(ids);
      } finally {
        ecr.close();
      }
    }),
  );
  return answers.flat();
}

const AUTH_REFUSAL = /unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i;
const ECR_HOST = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;

/** Registry hosts the Dockerfile's `FROM` lines name (a first path part with a `.` or `:`, or localhost). */
export function fromHosts(dockerfile: string): string[] {
  let text: string;
  try {
    text = readFileSync(dockerfile, 'utf8');
  } catch {
    return [];
  }
  const hosts = new Set<string>();
  for (const m of text.matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)) {
    const first = m[1].split('/')[0];
    if (m[1].includes('/') && (/[.:]/.test(first) || first === 'localhost')) hosts.add(first);
  }
  return [...hosts];
}

/**
 * Why a build that docker refused may have failed: it pulls from a registry this run did not log
 * in to. The hint names the host, and the `pull-registries` entry that logs in to it when it is ECR.
 */
export function missingPullRegistryHint(failure: string, dockerfile: string, loggedIn: readonly string[], region: string): string | undefined {
  if (!AUTH_REFUSAL.test(failure)) return undefined;
  const missing = fromHosts(dockerfile).filter((h) => !loggedIn.includes(h));
  if (!missing.length) return undefined;
  const entries = missing.map((host) => {
    const ecr = ECR_HOST.exec(host);
    return ecr ? `${host} (pull-registries: ${ecr[2] === region ? ecr[1] : `${ecr[1]}@${ecr[2]}`})` : host;
  });
  return `the Dockerfile pulls from ${entries.join(', ')}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`;
}
