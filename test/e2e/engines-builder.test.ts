/**
 * The `builder` option, docker's own error line, and multi-platform images in IMMUTABLE
 * repositories, with the built CLI on dockerd 26 (classic and containerd image stores) with the
 * docker 26 CLI and buildx 0.13, against the emulator and a real registry.
 *
 * A builder here is a docker context: buildx lists every context as a builder of the `docker`
 * driver. Builders of other drivers (docker-container, remote, kubernetes) need the moby/buildkit
 * image or a cluster, which this machine cannot pull: test/unit/builder.test.ts covers them from
 * their `docker buildx inspect` output.
 */

import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AwsEmulator } from '../fixtures/emulator';
import { type EngineUser, engineUserCli, ok } from '../fixtures/engine-user';
import { type Engine, startEngine } from '../fixtures/engines';
import { type Registry, registryManifest, registryManifestDigest, registryTags, runCommand } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const KEY = 'AKIAENGINESBUILDER01';
const SECRET = 'engines-builder-static-secret-key';
const MULTI = 'linux/amd64,linux/arm64';
const stack = new TestStack();
let registry: Registry;
let emulator: AwsEmulator;
let classic: Engine;
let containerd: Engine;

beforeAll(async () => {
  ({ registry, emulator } = await stack.start());
  emulator.addStaticKey(KEY, SECRET);
  [classic, containerd] = await Promise.all([startEngine('classic'), startEngine('containerd')]);
}, 120_000);

afterAll(async () => {
  await Promise.allSettled([classic, containerd].map((e) => e?.stop()));
  await stack.stop();
});
beforeEach(() => emulator.reset());

const sha = () => randomBytes(20).toString('hex');
const repoName = (name: string) => `builder/${name}-${randomBytes(3).toString('hex')}`;
const awsCalls = () => emulator.calls.filter((c) => c.service === 'sts' || c.service === 'ecr');
/** A run that must have delivered: its stderr's end in the failure otherwise. */
const failureLines = (stderr: string) => stderr.split('\n').filter((l) => /^(ecr-deliver|hint): /.test(l));
/** Manifest PUTs the registry front saw for repo (the SHA tag's pushes among them). */
const manifestPuts = (repo: string) => emulator.registryRequests.filter((r) => r.method === 'PUT' && r.path.startsWith(`/v2/${repo}/manifests/`));

const user: EngineUser = { stack, emulator: () => emulator, accessKeyId: KEY, secretAccessKey: SECRET, homePrefix: 'builder-home-' };
/** The built CLI as a user on `engine` runs it: its docker 26 CLI first on PATH, its DOCKER_HOST, a HOME of its own. */
const cli = (engine: Engine, args: string[], env: NodeJS.ProcessEnv = {}) => engineUserCli(user, engine, args, env);

/**
 * A user's docker config dir with buildx and a docker context `name` reaching `target`'s daemon:
 * what `docker context create` leaves, so buildx lists a builder `name` of the docker driver.
 */
async function configWithContext(name: string, target: Engine): Promise<string> {
  const dir = stack.tempDir('builder-config-');
  cpSync(join(target.dockerConfig, 'cli-plugins'), join(dir, 'cli-plugins'), { recursive: true, dereference: true });
  const made = await runCommand('docker', ['context', 'create', name, '--docker', `host=unix://${target.socket}`], {
    env: { PATH: target.env.PATH, DOCKER_CONFIG: dir },
  });
  if (made.code !== 0) throw new Error(`docker context create: ${made.stderr}`);
  return dir;
}

/** FROM scratch with busybox, a label of its own (a new digest each time), and `steps`. */
function context(steps: string[] = []): string {
  const dir = stack.tempDir('builder-ctx-');
  copyFileSync('/bin/busybox', join(dir, 'busybox'));
  const lines = ['FROM scratch', 'COPY busybox /bin/busybox', `LABEL run-id=${randomBytes(6).toString('hex')}`, ...steps];
  writeFileSync(join(dir, 'Dockerfile'), `${lines.join('\n')}\n`);
  return dir;
}

/** The manifest the registry serves for repo:ref (tag or digest), with its media type and digest. */
const manifest = (repo: string, ref: string) => registryManifest(registry, repo, ref);
const INDEX = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];
const platformsOf = (index: Record<string, any>) =>
  (index.manifests as Array<{ platform?: { os: string; architecture: string } }>).map((m) => `${m.platform?.os}/${m.platform?.architecture}`).sort();
/** Whether `engine`'s daemon holds the image (docker 26 on its own socket). */
const holds = async (engine: Engine, ref: string) => (await engine.docker(['image', 'inspect', ref])).code === 0;

describe('builder: a docker context (the docker driver)', () => {
  it('a context on the containerd store, DOCKER_HOST elsewhere: built on the context daemon, pushed once by its BuildKit, no docker push', async () => {
    const config = await configWithContext('ctx-containerd', containerd);
    const repo = repoName('ctx-containerd');
    const commit = sha();
    const r = await cli(
      classic,
      ['--repository', repo, '--builder', 'ctx-containerd', '--context', context(), '--commit-sha', commit, '--tags', 'latest', '--json'],
      {
        DOCKER_CONFIG: config,
      },
    );
    ok(r);
    expect(r.stderr).toContain('Builder: buildx (docker buildx build): builder ctx-containerd, docker driver');
    expect(r.stderr).toMatch(/\[command\]docker --context ctx-containerd buildx build [^\n]*--output type=image,push= /);
    expect(r.stderr).not.toMatch(/\[command\]docker push|--load/);
    const out = JSON.parse(r.stdout);
    expect(out.pushed).toBe('true');
    expect(await registryManifestDigest(registry, repo, commit)).toBe(out.digest);
    expect(await registryManifestDigest(registry, repo, 'latest')).toBe(out.digest);
    expect(manifestPuts(repo).filter((p) => p.path.endsWith(`/${commit}`))).toHaveLength(1);
    const ref = `${emulator.registryFrontHost}/${repo}:${commit}`;
    expect(await holds(containerd, ref)).toBe(true);
    expect(await holds(classic, ref)).toBe(false);
  });

  it('a context on the classic store, into an IMMUTABLE repository: pushed from that daemon, the extra tag by manifest copy', async () => {
    const config = await configWithContext('ctx-classic', classic);
    const repo = repoName('ctx-classic');
    const commit = sha();
    const args = ['--repository', repo, '--image-tag-mutability', 'IMMUTABLE', '--builder', 'ctx-classic', '--context', context(), '--commit-sha', commit];
    const r = await cli(containerd, [...args, '--tags', 'v1', '--json'], { DOCKER_CONFIG: config });
    ok(r);
    expect(r.stderr).toContain('Builder: buildx (docker buildx build): builder ctx-classic, docker driver');
    expect(r.stderr).toMatch(/\[command\]docker --context ctx-classic buildx build [^\n]*--push /);
    const out = JSON.parse(r.stdout);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(out.digest);
    expect(await registryManifestDigest(registry, repo, 'v1')).toBe(out.digest);
    const ref = `${emulator.registryFrontHost}/${repo}:${commit}`;
    expect(await holds(classic, ref)).toBe(true);
    expect(await holds(containerd, ref)).toBe(false);
  });

  it('a builder buildx does not know: one line naming it, before any AWS call, nothing built', async () => {
    const repo = repoName('unknown');
    const r = await cli(containerd, ['--repository', repo, '--builder', 'no-such-builder', '--context', context(), '--commit-sha', sha()]);
    expect(r.code).toBe(1);
    expect(failureLines(r.stderr)).toEqual([
      'ecr-deliver: builder no-such-builder: buildx has no such builder (ERROR: no builder "no-such-builder" found)',
      "hint: name one that `docker buildx ls` lists (docker/setup-buildx-action: its `name` output; every docker context is one), or leave builder unset for buildx's current builder",
    ]);
    expect(r.stderr).not.toContain('[command]docker');
    expect(awsCalls()).toEqual([]);
  });

  it('a builder without buildx on the machine: one line, before any AWS call', async () => {
    const r = await cli(containerd, ['--repository', repoName('no-buildx'), '--builder', 'ci', '--context', context(), '--commit-sha', sha()], {
      DOCKER_CONFIG: stack.tempDir('builder-no-plugins-'),
    });
    expect(r.code).toBe(1);
    expect(failureLines(r.stderr)[0]).toBe('ecr-deliver: builder ci needs docker buildx, which this machine does not have');
    expect(awsCalls()).toEqual([]);
  });
});

describe("docker's own error line", () => {
  it("a failing RUN step on buildx: the CLI's last line is buildx's ERROR line, the full output stays in the log", async () => {
    const repo = repoName('failing-run');
    const run = JSON.stringify(['/bin/busybox', 'sh', '-c', 'echo boom >&2; exit 3']);
    const r = await cli(classic, ['--repository', repo, '--context', context([`RUN ${run}`]), '--commit-sha', sha()]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toBe(
      'ecr-deliver: docker buildx build failed (exit 1): ERROR: failed to solve: process "/bin/busybox sh -c echo boom >&2; exit 3" did not complete successfully: exit code: 3',
    );
    // The log keeps what docker printed: the step's own output and the Dockerfile excerpt.
    expect(r.stderr).toMatch(/#\d+ [\d.]+ boom/);
    expect(r.stderr).toContain(`>>> RUN ${run}`);
    expect(await registryTags(registry, repo)).toEqual([]);
  });
});

describe('several platforms into an IMMUTABLE repository (docker driver, containerd store)', () => {
  it('the first delivery pushes the index once under the SHA tag; a re-run is success with pushed=false and the same index, nothing built or pushed', async () => {
    const repo = repoName('immutable-multi');
    const commit = sha();
    const args = ['--repository', repo, '--image-tag-mutability', 'IMMUTABLE', '--context', context(), '--commit-sha', commit, '--platform', MULTI];
    const first = await cli(containerd, [...args, '--tags', 'latest,v1', '--json']);
    ok(first);
    expect(first.stderr).toMatch(/\[command\]docker buildx build [^\n]*--platform linux\/amd64,linux\/arm64 [^\n]*--output type=image,push= /);
    expect(first.stderr).not.toContain('with docker');
    const out = JSON.parse(first.stdout);
    const m = await manifest(repo, commit);
    expect(INDEX).toContain(m.mediaType);
    expect(m.digest).toBe(out.digest);
    expect(platformsOf(m.body)).toEqual(['linux/amd64', 'linux/arm64']);
    for (const tag of ['latest', 'v1']) expect(await registryManifestDigest(registry, repo, tag)).toBe(out.digest);
    const shaPuts = manifestPuts(repo).filter((p) => p.path.endsWith(`/${commit}`));
    expect(shaPuts.map((p) => p.status)).toEqual([201]);

    emulator.reset();
    const again = await cli(containerd, [...args, '--tags', 'latest,v1', '--json']);
    ok(again);
    const rerun = JSON.parse(again.stdout);
    expect(rerun.pushed).toBe('false');
    expect(rerun.digest).toBe(out.digest);
    expect(again.stderr).not.toContain('[command]docker buildx build');
    expect(manifestPuts(repo)).toEqual([]);
    expect(await registryTags(registry, repo)).toEqual([commit, 'latest', 'v1'].sort());
  });

  it('skip-existing with an index: no build, the new extra tag points at the index', async () => {
    const repo = repoName('skip-multi');
    const commit = sha();
    const args = ['--repository', repo, '--context', context(), '--commit-sha', commit, '--platform', MULTI, '--json'];
    const first = await cli(containerd, args);
    ok(first);
    const index = JSON.parse(first.stdout).digest;

    emulator.reset();
    const hit = await cli(containerd, [...args, '--skip-existing', 'true', '--tags', 'v2']);
    ok(hit);
    const out = JSON.parse(hit.stdout);
    expect(out).toMatchObject({ pushed: 'false', digest: index, tags: `${commit},v2` });
    expect(hit.stderr).not.toContain('[command]docker buildx build');
    expect(await registryManifestDigest(registry, repo, 'v2')).toBe(index);
    expect(INDEX).toContain((await manifest(repo, 'v2')).mediaType);
    // The extra tag by ECR's PutImage of the index: no layer upload, no docker push.
    expect(emulator.calls.filter((c) => c.operation === 'PutImage').map((c) => c.params.imageTag)).toEqual(['v2']);
    expect(emulator.registryRequests.filter((q) => q.path.includes('/blobs/uploads/'))).toEqual([]);
  });
});
