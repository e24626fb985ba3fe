/**
 * The built CLI on the engines users' runners have: dockerd 26 (classic and containerd image
 * stores, a remote daemon over TCP+TLS, docker contexts) with the docker 26 CLI and buildx 0.13,
 * against the emulator and a real registry. Asserts what the registry holds (media types, index
 * platforms, no attestation or untagged extra image), the outputs, and where no AWS call may happen.
 */

import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr';
import type { AwsEmulator } from '../fixtures/emulator';
import { type EngineUser, engineUserCli, ok } from '../fixtures/engine-user';
import { type Engine, startEngine } from '../fixtures/engines';
import { type Registry, registryImage, registryManifest, registryManifestDigest, registryTags } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const KEY = 'AKIAENGINESE2E000001';
const SECRET = 'engines-e2e-static-secret-key';
const MULTI = 'linux/amd64,linux/arm64';
const stack = new TestStack();
let registry: Registry;
let emulator: AwsEmulator;
let classic: Engine;
let containerd: Engine;
let tls: Engine;

beforeAll(async () => {
  ({ registry, emulator } = await stack.start());
  emulator.addStaticKey(KEY, SECRET);
  [classic, containerd, tls] = await Promise.all([startEngine('classic'), startEngine('containerd'), startEngine('tls')]);
}, 120_000);

afterAll(async () => {
  await Promise.allSettled([classic, containerd, tls].map((e) => e?.stop()));
  await stack.stop();
});
beforeEach(() => emulator.reset());

const sha = () => randomBytes(20).toString('hex');
const repoName = (name: string) => `engines/${name}-${randomBytes(3).toString('hex')}`;
const awsCalls = () => emulator.calls.filter((c) => c.service === 'sts' || c.service === 'ecr');
/** A run that must have delivered: its stderr's end in the failure otherwise. */
const failureLines = (stderr: string) => stderr.split('\n').filter((l) => /^(ecr-deliver|hint): /.test(l));

/** A new home for one run (HOME, no docker config of its own unless a test writes one). */
function home(): string {
  const dir = stack.tempDir('engines-home-');
  return dir;
}

const user: EngineUser = { stack, emulator: () => emulator, accessKeyId: KEY, secretAccessKey: SECRET, homePrefix: 'engines-home-' };
/** The built CLI as a user on that engine runs it: its docker 26 CLI first on PATH, its DOCKER_HOST and DOCKER_CONFIG. */
const cli = (engine: Engine | undefined, args: string[], env: NodeJS.ProcessEnv = {}) => engineUserCli(user, engine, args, env);

/** FROM scratch with busybox; `run` adds a RUN step (amd64 only: this machine runs no other architecture). */
function context(opts: { run?: boolean; files?: Record<string, string>; steps?: string[] } = {}): string {
  const dir = stack.tempDir('engines-ctx-');
  copyFileSync('/bin/busybox', join(dir, 'busybox'));
  const lines = ['FROM scratch', 'COPY busybox /bin/busybox', `LABEL run-id=${randomBytes(6).toString('hex')}`];
  if (opts.run) lines.push(`RUN ${JSON.stringify(['/bin/busybox', 'sh', '-c', `echo ${randomBytes(4).toString('hex')} > /marker`])}`);
  lines.push(...(opts.steps ?? []));
  writeFileSync(join(dir, 'Dockerfile'), `${lines.join('\n')}\n`);
  for (const [name, text] of Object.entries(opts.files ?? {})) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The manifest the registry serves for repo:ref (tag or digest), with its media type and digest. */
const manifest = (repo: string, ref: string) => registryManifest(registry, repo, ref);

/** Every image ECR would list in the repository (DescribeImages, all pages), tagged or not. */
async function describeImages(repo: string): Promise<Array<{ imageDigest?: string; imageTags?: string[] }>> {
  const client = new ECRClient({ region: emulator.region, endpoint: emulator.url, credentials: { accessKeyId: KEY, secretAccessKey: SECRET } });
  try {
    const out = await client.send(new DescribeImagesCommand({ repositoryName: repo }));
    return out.imageDetails ?? [];
  } finally {
    client.destroy();
  }
}

// buildx's docker driver pushes docker media types, other exporters OCI ones: either is one image, or one index.
const SINGLE = ['application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'];
const INDEX = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];
const platformsOf = (index: Record<string, any>) =>
  (index.manifests as Array<{ platform?: { os: string; architecture: string }; annotations?: Record<string, string> }>)
    .filter((m) => m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest')
    .map((m) => `${m.platform?.os}/${m.platform?.architecture}`)
    .sort();

describe('buildx on dockerd 26, classic image store', () => {
  it('the SHA tag is one image manifest, no attestation; labels and digest match the registry', async () => {
    const repo = repoName('classic');
    const commit = sha();
    const r = await cli(classic, ['--repository', repo, '--context', context({ run: true }), '--commit-sha', commit, '--tags', 'latest', '--json']);
    expect(r.stderr).toContain('Builder: buildx (docker buildx build)');
    ok(r);
    const out = JSON.parse(r.stdout);
    const m = await manifest(repo, commit);
    expect(SINGLE).toContain(m.mediaType);
    expect(m.digest).toBe(out.digest);
    expect(await registryManifestDigest(registry, repo, 'latest')).toBe(out.digest);
    const image = await registryImage(registry, repo, commit);
    expect(image.config.config.Labels['org.opencontainers.image.revision']).toBe(commit);
    expect((await describeImages(repo)).map((i) => i.imageDigest)).toEqual([out.digest]);
    // Built on the test daemon, not on the system's.
    expect((await classic.docker(['image', 'inspect', `${emulator.registryFrontHost}/${repo}:${commit}`])).code).toBe(0);
  });

  it('multi-platform on the classic store (docker driver): one line naming platform and the ways out, before any AWS call, nothing tagged', async () => {
    const repo = repoName('multi-classic');
    const r = await cli(classic, ['--repository', repo, '--context', context(), '--commit-sha', sha(), '--platform', MULTI]);
    expect(r.code).toBe(1);
    expect(failureLines(r.stderr)).toEqual([
      `ecr-deliver: platform ${MULTI} needs a builder that builds several platforms: buildx's builder default uses the docker driver, and the daemon the classic image store`,
      'hint: turn on the containerd image store ({"features":{"containerd-snapshotter":true}} in daemon.json), use a buildx builder of another driver (docker buildx create --use --driver docker-container), or build one platform per job',
    ]);
    expect(r.stderr).not.toContain('[command]docker buildx build');
    expect(awsCalls()).toEqual([]);
    expect(await registryTags(registry, repo)).toEqual([]);
  });
});

describe('buildx on dockerd 26, containerd image store', () => {
  it('provenance false (the default): the SHA tag is one image manifest, no index, no attestation, no untagged extra image', async () => {
    const repo = repoName('containerd');
    const commit = sha();
    const r = await cli(containerd, ['--repository', repo, '--context', context({ run: true }), '--commit-sha', commit, '--tags', 'latest', '--json']);
    ok(r);
    const out = JSON.parse(r.stdout);
    const m = await manifest(repo, commit);
    expect(SINGLE).toContain(m.mediaType);
    expect(m.body.manifests).toBeUndefined();
    expect(m.digest).toBe(out.digest);
    expect(await registryManifestDigest(registry, repo, 'latest')).toBe(out.digest);
    expect((await registryImage(registry, repo, commit)).config.config.Labels['org.opencontainers.image.revision']).toBe(commit);
    const images = await describeImages(repo);
    expect(images.map((i) => [i.imageDigest, [...(i.imageTags ?? [])].sort()])).toEqual([[out.digest, [commit, 'latest'].sort()]]);
  });

  it('cache: false: built at once under a local name of its own, tagged once the repository is known, the local name dropped; no untagged image left in the daemon', async () => {
    const repo = repoName('early');
    const commit = sha();
    const dangling = async () => (await containerd.docker(['images', '--filter', 'dangling=true', '--quiet', '--no-trunc'])).stdout.trim();
    const before = await dangling();
    const r = await cli(containerd, [
      '--repository',
      repo,
      '--context',
      context({ run: true }),
      '--commit-sha',
      commit,
      '--tags',
      'latest',
      '--cache',
      'false',
      '--json',
    ]);
    ok(r);
    const out = JSON.parse(r.stdout);
    expect(r.stderr).toMatch(/\[command\]docker buildx build [^\n]*--tag ecr-deliver-build:[0-9a-f]{12} /);
    expect(r.stderr).toMatch(new RegExp(`\\[command\\]docker tag ecr-deliver-build:[0-9a-f]{12} ${emulator.registryFrontHost}/${repo}:${commit}`));
    expect(await registryManifestDigest(registry, repo, commit)).toBe(out.digest);
    const names = (await containerd.docker(['images', '--format', '{{.Repository}}:{{.Tag}}'])).stdout.split('\n');
    expect(names.filter((n) => n.startsWith('ecr-deliver-build:'))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining([`${emulator.registryFrontHost}/${repo}:${commit}`, `${emulator.registryFrontHost}/${repo}:latest`]));
    expect(await dangling()).toBe(before);
  });

  it('several platforms: the SHA tag and every extra tag point at one index of exactly those platforms, pushed from the builder; digest is the index', async () => {
    const repo = repoName('multi');
    const commit = sha();
    const r = await cli(containerd, [
      '--repository',
      repo,
      '--context',
      context(),
      '--commit-sha',
      commit,
      '--platform',
      MULTI,
      '--tags',
      'latest,v1',
      '--json',
    ]);
    ok(r);
    // The daemon's BuildKit pushes (an image exporter with an empty push): buildx pushes nothing a second time.
    expect(r.stderr).toMatch(/\[command\]docker buildx build [^\n]*--platform linux\/amd64,linux\/arm64 [^\n]*--output type=image,push= /);
    expect(r.stderr).not.toContain('with docker');
    expect(r.stderr).not.toMatch(/\[command\]docker push/);
    const out = JSON.parse(r.stdout);
    const m = await manifest(repo, commit);
    expect(INDEX).toContain(m.mediaType);
    expect(out.digest).toBe(m.digest);
    expect(platformsOf(m.body)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(m.body.manifests).toHaveLength(2);
    for (const tag of ['latest', 'v1']) expect(await registryManifestDigest(registry, repo, tag)).toBe(out.digest);
    expect(await registryTags(registry, repo)).toEqual([commit, 'latest', 'v1'].sort());
  });
});

describe('remote daemon over TLS', () => {
  it("DOCKER_HOST=tcp://…, DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH (CircleCI's setup_remote_docker): delivers, built on that daemon", async () => {
    const repo = repoName('tls');
    const commit = sha();
    const r = await cli(tls, ['--repository', repo, '--context', context({ run: true }), '--commit-sha', commit, '--json']);
    ok(r);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(JSON.parse(r.stdout).digest);
    expect((await tls.docker(['image', 'inspect', `${emulator.registryFrontHost}/${repo}:${commit}`])).code).toBe(0);
  });

  it('certs only in the default docker config dir (~/.docker, no DOCKER_CERT_PATH): delivers to that daemon', async () => {
    const h = home();
    cpSync(tls.tls!.clientDir, join(h, '.docker'), { recursive: true });
    cpSync(join(tls.dockerConfig, 'cli-plugins'), join(h, '.docker', 'cli-plugins'), { recursive: true, dereference: true });
    const repo = repoName('tls-home');
    const commit = sha();
    const r = await cli(tls, ['--repository', repo, '--context', context({ run: true }), '--commit-sha', commit, '--json'], {
      HOME: h,
      DOCKER_CONFIG: undefined,
      DOCKER_CERT_PATH: undefined,
    });
    ok(r);
    const out = JSON.parse(r.stdout);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(out.digest);
    // Built on the TLS daemon, reached with the certificates of ~/.docker.
    expect((await tls.docker(['image', 'inspect', `${emulator.registryFrontHost}/${repo}:${commit}`])).code).toBe(0);
  });
});
