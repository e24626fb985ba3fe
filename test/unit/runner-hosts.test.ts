/**
 * The real-runner pieces that are pure functions of their input: which proxy a request takes
 * (HTTP(S)_PROXY, NO_PROXY), what a delivery's private docker config is seeded with, and which
 * variables docker children do not get. End to end: test/e2e/runners.test.ts.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerChildEnv } from '../../src/core/child-env';
import { PrivateDockerConfig, seed } from '../../src/core/docker-config';
import { ProxyError } from '../../src/core/errors';
import { exempt, proxyFor } from '../../src/io/proxy';

describe('proxyFor: HTTP(S)_PROXY by scheme, lowercase first, NO_PROXY exempts', () => {
  const env = { HTTPS_PROXY: 'http://secure.proxy:3128', HTTP_PROXY: 'plain.proxy:8080', https_proxy: '' };
  it("takes the variable of the target's scheme; a proxy without a scheme is http://", () => {
    expect(proxyFor(new URL('https://sts.amazonaws.com'), env)?.href).toBe('http://secure.proxy:3128/');
    expect(proxyFor(new URL('http://169.254.170.2/creds'), env)?.href).toBe('http://plain.proxy:8080/');
    expect(proxyFor(new URL('https://x.example'), { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' })?.host).toBe('lower:1');
    expect(proxyFor(new URL('https://x.example'), {})).toBeUndefined();
  });

  it('refuses a proxy URL it cannot use, naming the variable', () => {
    expect(() => proxyFor(new URL('https://x.example'), { HTTPS_PROXY: 'https://tls.proxy:443' })).toThrow(ProxyError);
    expect(() => proxyFor(new URL('https://x.example'), { HTTPS_PROXY: 'http://[bad' })).toThrow(/^HTTPS_PROXY is not a URL/);
  });

  it.each([
    ['*', 'https://anything.example', true],
    ['example.com', 'https://example.com', true],
    ['example.com', 'https://api.example.com', true],
    ['.example.com', 'https://example.com', true],
    ['.example.com', 'https://deep.api.example.com', true],
    ['*.example.com', 'https://api.example.com', true],
    ['example.com', 'https://notexample.com', false],
    ['sts.amazonaws.com:443', 'https://sts.amazonaws.com', true],
    ['sts.amazonaws.com:8443', 'https://sts.amazonaws.com', false],
    ['127.0.0.1', 'http://127.0.0.1:9000', true],
    ['localhost, 10.0.0.1  api.ecr.aws', 'https://api.ecr.aws', true],
    ['[::1]:8080', 'http://[::1]:8080', true],
    ['', 'https://example.com', false],
  ])('NO_PROXY %j for %s: exempt %s', (noProxy, url, expected) => {
    expect(exempt(new URL(url), noProxy)).toBe(expected);
    expect(proxyFor(new URL(url), { HTTPS_PROXY: 'http://p:1', HTTP_PROXY: 'http://p:1', no_proxy: noProxy }) === undefined).toBe(expected);
  });
});

describe('the private docker config', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'docker-config-test-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it("keeps what pulls, helpers, contexts and the CLI's proxies need; drops the rest", () => {
    const file = join(home, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({
        auths: { 'r.example': { auth: 'dTpw' } },
        credHelpers: { 'h.example': 'ecr-login' },
        currentContext: 'remote',
        proxies: { default: { httpProxy: 'http://p:1' } },
        psFormat: '{{.ID}}',
        detachKeys: 'ctrl-e,e',
      }),
    );
    expect(seed(file)).toEqual({
      auths: { 'r.example': { auth: 'dTpw' } },
      credHelpers: { 'h.example': 'ecr-login' },
      currentContext: 'remote',
      proxies: { default: { httpProxy: 'http://p:1' } },
    });
    expect(seed(join(home, 'missing.json'))).toEqual({});
  });

  it('turns a credsStore into a credHelper per registry it holds, so the ECR login is not written to the keychain', () => {
    const file = join(home, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({
        credsStore: 'desktop',
        auths: { 'https://index.docker.io/v1/': {}, 'inline.example': { auth: 'dTpw' } },
        credHelpers: { 'h.example': 'ecr-login' },
      }),
    );
    expect(seed(file)).toEqual({
      auths: { 'https://index.docker.io/v1/': {}, 'inline.example': { auth: 'dTpw' } },
      credHelpers: { 'https://index.docker.io/v1/': 'desktop', 'h.example': 'ecr-login' },
    });
  });

  it('is a 0700 directory with a 0600 config.json, links buildx/cli-plugins/contexts, and is gone after remove()', () => {
    const user = join(home, '.docker');
    mkdirSync(join(user, 'buildx'), { recursive: true });
    mkdirSync(join(user, 'contexts'));
    writeFileSync(join(user, 'config.json'), '{"auths":{}}');
    const config = PrivateDockerConfig.create({ DOCKER_CONFIG: user });
    try {
      expect(statSync(config.dir).mode & 0o777).toBe(0o700);
      expect(statSync(join(config.dir, 'config.json')).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(join(config.dir, 'config.json'), 'utf8'))).toEqual({ auths: {} });
      expect(readlinkSync(join(config.dir, 'buildx'))).toBe(join(user, 'buildx'));
      expect(lstatSync(join(config.dir, 'contexts')).isSymbolicLink()).toBe(true);
      expect(existsSync(join(config.dir, 'cli-plugins'))).toBe(false);
    } finally {
      config.remove();
    }
    expect(existsSync(config.dir)).toBe(false);
    expect(existsSync(join(user, 'buildx'))).toBe(true);
    config.remove();
  });
});

describe('dockerChildEnv', () => {
  it("withholds the CI's token-minting variables and the step inputs; keeps the rest, proxies and AWS_* included", () => {
    const env = {
      PATH: '/bin',
      HTTPS_PROXY: 'http://p:1',
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIA…',
      GITHUB_SHA: 'abc',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'u',
      ACTIONS_RUNTIME_TOKEN: 'r',
      CIRCLE_OIDC_TOKEN: 'c',
      CIRCLE_OIDC_TOKEN_V2: 'c2',
      INPUT_ROLE_TO_ASSUME: 'arn',
      DOCKER_CONFIG: '/home/u/.docker',
    };
    expect(dockerChildEnv(env, '/tmp/private')).toEqual({
      PATH: '/bin',
      HTTPS_PROXY: 'http://p:1',
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIA…',
      GITHUB_SHA: 'abc',
      DOCKER_CONFIG: '/tmp/private',
    });
    expect(dockerChildEnv(env).DOCKER_CONFIG).toBe('/home/u/.docker');
  });

  it("TLS without DOCKER_CERT_PATH: the private config does not move docker's certificates away from the user's config dir", () => {
    expect(dockerChildEnv({ HOME: '/home/u', DOCKER_TLS_VERIFY: '1' }, '/tmp/private')).toMatchObject({
      DOCKER_CONFIG: '/tmp/private',
      DOCKER_CERT_PATH: '/home/u/.docker',
    });
    expect(dockerChildEnv({ HOME: '/home/u', DOCKER_CONFIG: '/etc/dc', DOCKER_TLS: '1' }, '/tmp/private').DOCKER_CERT_PATH).toBe('/etc/dc');
    // A path the user gave stays; without TLS, or without a private config, nothing is added.
    expect(dockerChildEnv({ DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }, '/tmp/private').DOCKER_CERT_PATH).toBe('/certs');
    expect(dockerChildEnv({ HOME: '/home/u', DOCKER_TLS_VERIFY: '' }, '/tmp/private')).not.toHaveProperty('DOCKER_CERT_PATH');
    expect(dockerChildEnv({ HOME: '/home/u', DOCKER_TLS_VERIFY: '1' })).not.toHaveProperty('DOCKER_CERT_PATH');
  });
});
