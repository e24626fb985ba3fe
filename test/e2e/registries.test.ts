/**
 * Registries beyond the target, end to end: base images from another ECR registry id (`pull-registries`), a
 * pull-through cache prefix of the target registry, and ECR Public as the target. The built CLI
 * against real dockerd, real registries (one per registry id, one upstream, one behind ECR Public)
 * and the emulator, reached only through AWS_ENDPOINT_URL_ECR/_STS/_ECR_PUBLIC.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { AwsEmulator } from '../fixtures/emulator';
import { BUNDLE, NODE24, runProcess } from '../fixtures/github-runner';
import { type Registry, registryManifestDigest, registryTags, runCommand, startRegistry } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const KEY = 'AKIAREGISTRIESTEST01';
const SECRET = 'registries-e2e-secret';
const PEER_ID = '210987654321';
const stack = new TestStack();
let emulator: AwsEmulator;
let peer: AwsEmulator;
let publicStore: AwsEmulator;
const extra: Registry[] = [];
let upstream: Registry;
let publicRegistry: Registry;
const localImages: string[] = [];
const sha = () => randomBytes(20).toString('hex');

/** docker with a config of its own (the test's logins never reach the delivery's). */
const testDocker = (args: string[], input?: string) =>
  runCommand('docker', args, { env: { ...process.env, DOCKER_CONFIG: join(dirs.test, 'docker') }, input, timeoutMs: 180_000 });
const dirs = { test: '' };

/** Builds a fresh image, pushes it to `ref` (logged in with `reg`'s credentials), and drops the local copy so a build has to pull it. */
async function publish(ref: string, reg: Registry, host: string): Promise<string> {
  expect((await testDocker(['login', '-u', reg.user, '--password-stdin', host], reg.password)).code).toBe(0);
  const built = await testDocker(['build', '-q', '-t', ref, stack.freshContext()]);
  expect(built.code === 0 ? '' : built.stderr).toBe('');
  const pushed = await testDocker(['push', ref]);
  expect(pushed.stdout).toMatch(/digest: sha256:/);
  await testDocker(['rmi', ref]);
  return /digest: (sha256:[0-9a-f]{64})/.exec(pushed.stdout)![1];
}

/** A context whose Dockerfile starts FROM `base` (nothing local: the build pulls it). */
function contextFrom(base: string): string {
  const dir = stack.tempDir('ctx-from-');
  copyFileSync('/bin/busybox', join(dir, 'busybox'));
  writeFileSync(join(dir, 'Dockerfile'), `FROM ${base}\nRUN ["/bin/busybox", "sh", "-c", "echo ${randomUUID()} > /app"]\n`);
  return dir;
}

function deliver(flags: string[], env: NodeJS.ProcessEnv = {}) {
  return runProcess(NODE24, [BUNDLE, '--json', ...flags], {
    PATH: process.env.PATH,
    HOME: dirs.test,
    DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'registries-docker-')),
    ...emulator.clientEnv(),
    AWS_ENDPOINT_URL_ECR_PUBLIC: emulator.url,
    AWS_ACCESS_KEY_ID: KEY,
    AWS_SECRET_ACCESS_KEY: SECRET,
    ...env,
  });
}

beforeAll(async () => {
  ({ emulator } = await stack.start());
  dirs.test = stack.tempDir('registries-e2e-');
  emulator.addStaticKey(KEY, SECRET);
  const [peerRegistry, up, pub] = await Promise.all([startRegistry(), startRegistry(), startRegistry()]);
  extra.push(peerRegistry, up, pub);
  upstream = up;
  publicRegistry = pub;
  peer = new AwsEmulator({ registry: peerRegistry, accountId: PEER_ID });
  publicStore = new AwsEmulator({ registry: pub });
  await Promise.all([peer.start(), publicStore.start()]);
  emulator.addRegistryId(peer);
  emulator.addUpstreamRegistry(upstream);
  emulator.enablePublic(publicStore, 'e2e-alias');
});

afterAll(async () => {
  if (localImages.length) await testDocker(['rmi', '-f', ...localImages]);
  await Promise.all([peer?.stop(), publicStore?.stop()]);
  await Promise.all(extra.map((r) => r.stop()));
  await stack.stop();
});

beforeEach(() => {
  emulator.reset();
  peer?.reset();
});

describe('pull-registries: base images from another ECR registry id', () => {
  let base: string;

  beforeAll(async () => {
    const ecr = new ECRClient({ region: emulator.region, endpoint: emulator.url, credentials: { accessKeyId: KEY, secretAccessKey: SECRET } });
    await ecr.send(new CreateRepositoryCommand({ registryId: PEER_ID, repositoryName: 'base/os' }));
    ecr.destroy();
    base = `${peer.registryFrontHost}/base/os:1`;
    await publish(base, peer.registry, peer.registryFrontHost);
  });

  it('without the option the build fails, naming the registry host and pull-registries', async () => {
    const r = await deliver(['--repository', 'app/from-peer', '--context', contextFrom(base), '--commit-sha', sha()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`hint: the Dockerfile pulls from ${peer.registryFrontHost}`);
    expect(r.stderr).toMatch(/add the registry's account id \(or ID@REGION\) to pull-registries/);
    expect(peer.registryRequests.filter((q) => q.path.includes('/manifests/') && q.status === 200)).toEqual([]);
  });

  it('with the option: one GetAuthorizationToken for the pull registry, the build pulls the base from it, the image is delivered', async () => {
    const commit = sha();
    const r = await deliver(['--repository', 'app/from-peer', '--context', contextFrom(base), '--commit-sha', commit, '--pull-registries', PEER_ID]);
    expect({ code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout);
    expect(await registryManifestDigest(emulator.registry, 'app/from-peer', commit)).toBe(out.digest);
    const tokens = emulator.calls.filter((c) => c.operation === 'GetAuthorizationToken').map((c) => c.params.registryIds ?? []);
    expect(tokens).toEqual(expect.arrayContaining([[PEER_ID]]));
    expect(tokens.filter((ids) => ids.includes(PEER_ID))).toHaveLength(1);
    // The pull went to the pull registry's own host: its manifest and layers, with the credentials it issued.
    const pulled = peer.registryRequests.filter((q) => q.status === 200 && q.path.startsWith('/v2/base/os/'));
    expect(pulled.some((q) => q.path.startsWith('/v2/base/os/manifests/'))).toBe(true);
    expect(pulled.some((q) => q.method === 'GET' && q.path.startsWith('/v2/base/os/blobs/sha256:'))).toBe(true);
  });
});

describe('pull-through cache: FROM a prefix of the target registry', () => {
  it('the first pull creates the cache repository and imports the image; the delivery succeeds', async () => {
    const ecr = new ECRClient({ region: emulator.region, endpoint: emulator.url, credentials: { accessKeyId: KEY, secretAccessKey: SECRET } });
    const { CreatePullThroughCacheRuleCommand } = await import('@aws-sdk/client-ecr');
    await ecr.send(new CreatePullThroughCacheRuleCommand({ ecrRepositoryPrefix: 'hub', upstreamRegistryUrl: upstream.host }));
    ecr.destroy();
    const upstreamDigest = await publish(`${upstream.host}/library/tool:1`, upstream, upstream.host);
    emulator.reset();

    const commit = sha();
    const r = await deliver([
      '--repository',
      'app/from-cache',
      '--context',
      contextFrom(`${emulator.registryFrontHost}/hub/library/tool:1`),
      '--commit-sha',
      commit,
    ]);
    expect({ code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ code: 0, stderr: '' });
    expect(emulator.calls.filter((c) => c.params?.repositoryName === 'hub/library/tool').map((c) => c.operation)).toEqual([
      'CreateRepository',
      'BatchImportUpstreamImage',
    ]);
    expect(emulator.repositories.has('hub/library/tool')).toBe(true);
    expect(await registryManifestDigest(emulator.registry, 'hub/library/tool', '1')).toBe(upstreamDigest);
    expect(await registryManifestDigest(emulator.registry, 'app/from-cache', commit)).toBe(JSON.parse(r.stdout).digest);
  });
});

describe('ECR Public as the target', () => {
  it('creates the repository with catalog data, pushes the SHA and extra tags, outputs the public URI', async () => {
    const about = join(stack.tempDir('catalog-'), 'ABOUT.md');
    writeFileSync(about, '# About\nA tool.\n');
    const commit = sha();
    const r = await deliver([
      '--registry-type',
      'public',
      '--repository',
      'tool',
      '--context',
      stack.freshContext(),
      '--commit-sha',
      commit,
      '--tags',
      'latest',
      '--catalog-description',
      'A test tool',
      '--catalog-about',
      `file://${about}`,
      '--catalog-usage',
      'docker run it',
    ]);
    expect({ code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout);
    const uri = `${emulator.publicRegistryUri}/tool`;
    expect(out).toMatchObject({
      registry: publicStore.registryFrontHost,
      'repository-uri': uri,
      image: `${uri}:${commit}`,
      pushed: 'true',
      tags: `${commit},latest`,
      'image-ref': `${uri}@${out.digest}`,
    });
    expect(emulator.publicCatalog('tool')).toEqual({ description: 'A test tool', aboutText: '# About\nA tool.\n', usageText: 'docker run it' });
    expect(await registryTags(publicRegistry, 'e2e-alias/tool')).toEqual([commit, 'latest'].sort());
    expect(await registryManifestDigest(publicRegistry, 'e2e-alias/tool', 'latest')).toBe(out.digest);
    const ops = emulator.calls.filter((c) => c.service === 'ecr-public').map((c) => c.operation);
    expect(ops).toEqual(expect.arrayContaining(['CreateRepository', 'GetAuthorizationToken', 'PutImage']));
    expect(emulator.calls.filter((c) => c.service === 'ecr')).toEqual([]);
  });

  it('public.ecr.aws/<alias>/<name> selects ECR Public; skip-existing copies a new extra tag by manifest without a build', async () => {
    const commit = sha();
    const first = await deliver(['--repository', 'public.ecr.aws/e2e-alias/tool2', '--context', stack.freshContext(), '--commit-sha', commit]);
    expect({ code: first.code, stderr: first.code ? first.stderr : '' }).toEqual({ code: 0, stderr: '' });
    const digest = JSON.parse(first.stdout).digest;
    emulator.reset();
    const again = await deliver([
      '--repository',
      'public.ecr.aws/e2e-alias/tool2',
      '--context',
      '/nonexistent',
      '--skip-existing',
      'true',
      '--commit-sha',
      commit,
      '--tags',
      'stable',
    ]);
    expect({ code: again.code, stderr: again.code ? again.stderr : '' }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(again.stdout)).toMatchObject({ pushed: 'false', digest, tags: `${commit},stable` });
    expect(await registryManifestDigest(publicRegistry, 'e2e-alias/tool2', 'stable')).toBe(digest);
    expect(emulator.calls.filter((c) => c.operation === 'PutImage').map((c) => c.params.imageTag)).toEqual(['stable']);
  });
});
