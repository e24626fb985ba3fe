/**
 * io/registry-api.ts `fetchManifest` against a real HTTP server on 127.0.0.1 playing a registry
 * and its token service: the requests it makes (path, accept list, credentials), how it answers
 * each challenge (none, Basic, Bearer with a realm), the media type it reports, and its errors.
 */
import { fetchManifest, type RegistryCredentials } from '../../src/io/registry-api';
import { HttpPeer, type SeenRequest } from '../fixtures/http-peer';

const ACCEPT = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'];
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const MANIFEST = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.docker.distribution.manifest.v2+json', config: {}, layers: [] });
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

let registry: HttpPeer;
let login: RegistryCredentials;

beforeEach(async () => {
  registry = await new HttpPeer().start();
  login = { host: registry.host, username: 'AWS', password: 'pa:ss' };
});

afterEach(async () => {
  await registry.stop();
});

/** Manifest requests only (the token service shares the server in the Bearer cases). */
const manifestRequests = (): SeenRequest[] => registry.requests.filter((r) => r.url.startsWith('/v2/'));

describe('fetchManifest', () => {
  it('asks a loopback registry over plain HTTP for the manifest by digest, with every accepted media type', async () => {
    registry.answer = (_req, res) => res.writeHead(200, { 'content-type': 'application/vnd.docker.distribution.manifest.v2+json' }).end(MANIFEST);
    const got = await fetchManifest(login, 'alias/app', DIGEST, ACCEPT);
    expect(got).toEqual({ manifest: MANIFEST, mediaType: 'application/vnd.docker.distribution.manifest.v2+json' });
    expect(registry.requests).toHaveLength(1);
    expect(registry.requests[0].url).toBe(`/v2/alias/app/manifests/${encodeURIComponent(DIGEST)}`);
    expect(registry.requests[0].headers.accept).toBe(ACCEPT.join(', '));
    // No challenge, so no credentials were sent.
    expect(registry.requests[0].headers.authorization).toBeUndefined();
  });

  it('answers a Basic challenge with the login and asks again', async () => {
    const expected = basic('AWS', 'pa:ss');
    registry.answer = (req, res) =>
      req.headers.authorization === expected ? res.writeHead(200).end(MANIFEST) : res.writeHead(401, { 'www-authenticate': 'Basic realm="registry"' }).end();
    const got = await fetchManifest(login, 'app', 'v1', ACCEPT);
    expect(got.manifest).toBe(MANIFEST);
    expect(registry.requests.map((r) => r.headers.authorization)).toEqual([undefined, expected]);
  });

  it('answers a Bearer challenge with a token from the realm, fetched with the login for the challenged service and scope', async () => {
    registry.answer = (req, res) => {
      if (req.url.startsWith('/token')) res.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"tok-123"}');
      else if (req.headers.authorization === 'Bearer tok-123') res.writeHead(200).end(MANIFEST);
      else
        res
          .writeHead(401, { 'www-authenticate': `Bearer realm="${registry.url}/token",service="public.ecr.aws",scope="aws"` })
          .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
    };
    const got = await fetchManifest(login, 'alias/app', DIGEST, ACCEPT);
    expect(got.manifest).toBe(MANIFEST);
    const token = registry.requests.find((r) => r.url.startsWith('/token'))!;
    const query = new URL(token.url, registry.url).searchParams;
    expect(query.get('service')).toBe('public.ecr.aws');
    expect(query.get('scope')).toBe('aws');
    expect(token.headers.authorization).toBe(basic('AWS', 'pa:ss'));
    // The challenged request, the token, then the request with the token: in that order.
    expect(registry.requests.map((r) => r.url.split('?')[0])).toEqual([
      `/v2/alias/app/manifests/${encodeURIComponent(DIGEST)}`,
      '/token',
      `/v2/alias/app/manifests/${encodeURIComponent(DIGEST)}`,
    ]);
    expect(manifestRequests().map((r) => r.headers.authorization)).toEqual([undefined, 'Bearer tok-123']);
  });

  it('asks the realm for pull on the repository when the challenge names no scope, and takes an access_token answer', async () => {
    registry.answer = (req, res) => {
      if (req.url.startsWith('/token')) res.writeHead(200).end('{"access_token":"acc-9"}');
      else if (req.headers.authorization === 'Bearer acc-9') res.writeHead(200).end(MANIFEST);
      else res.writeHead(401, { 'www-authenticate': `Bearer realm="${registry.url}/token"` }).end();
    };
    await fetchManifest(login, 'alias/app', 'v1', ACCEPT);
    const token = registry.requests.find((r) => r.url.startsWith('/token'))!;
    const query = new URL(token.url, registry.url).searchParams;
    expect(query.get('scope')).toBe('repository:alias/app:pull');
    expect(query.has('service')).toBe(false);
    expect(manifestRequests().map((r) => r.headers.authorization)).toEqual([undefined, 'Bearer acc-9']);
  });

  it('reports the media type from Content-Type, without its parameters, when the manifest declares none', async () => {
    const oci = JSON.stringify({ schemaVersion: 2, config: {}, layers: [] });
    registry.answer = (_req, res) => res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json; charset=utf-8' }).end(oci);
    expect(await fetchManifest(login, 'app', 'v1', ACCEPT)).toEqual({ manifest: oci, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
  });

  it('prefers the media type the manifest declares over the Content-Type header', async () => {
    registry.answer = (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(MANIFEST);
    expect((await fetchManifest(login, 'app', 'v1', ACCEPT)).mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
  });

  it('fails naming the status and the image when the registry does not have it', async () => {
    registry.answer = (_req, res) => res.writeHead(404).end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
    await expect(fetchManifest(login, 'app', 'v9', ACCEPT)).rejects.toThrow('the registry answered 404 for app:v9');
  });

  it('basicFirst (ECR): one request, carrying Basic with the login; a refusal is not retried', async () => {
    registry.answer = (req, res) => {
      if (req.headers.authorization === basic('AWS', 'pa:ss')) res.writeHead(200).end(MANIFEST);
      else res.writeHead(401, { 'www-authenticate': 'Basic realm="registry"' }).end();
    };
    expect((await fetchManifest(login, 'app', DIGEST, ACCEPT, undefined, true)).manifest).toBe(MANIFEST);
    expect(manifestRequests().map((r) => r.headers.authorization)).toEqual([basic('AWS', 'pa:ss')]);
    registry.requests.length = 0;
    registry.answer = (_req, res) => res.writeHead(401, { 'www-authenticate': 'Basic realm="registry"' }).end();
    await expect(fetchManifest(login, 'app', 'v1', ACCEPT, undefined, true)).rejects.toThrow('the registry answered 401 for app:v1');
    expect(registry.requests).toHaveLength(1);
  });

  it('fails naming 401 when the registry refuses the login too', async () => {
    registry.answer = (_req, res) => res.writeHead(401, { 'www-authenticate': 'Basic realm="registry"' }).end();
    await expect(fetchManifest(login, 'app', 'v1', ACCEPT)).rejects.toThrow('the registry answered 401 for app:v1');
    expect(registry.requests).toHaveLength(2);
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    registry.answer = () => controller.abort();
    await expect(fetchManifest(login, 'app', 'v1', ACCEPT, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
