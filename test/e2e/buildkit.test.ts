/**
 * BuildKit, end to end with the built bundle: the builder choice (the classic builder, and the
 * daemon's embedded BuildKit reached through Debian's docker 20.10 CLI first on PATH, as a user
 * with such a CLI has it), build secrets, the layer cache from the previous delivery (IMMUTABLE
 * repositories included) and credentials renewed during a build longer than they live.
 * docker runs through a PATH shim that records every argv it was given: what `ps` would show.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AwsEmulator } from '../fixtures/emulator';
import { BUNDLE, GitHubRunner, NODE24, oidcJobEnv, runProcess } from '../fixtures/github-runner';
import { type Registry, registryImage, registryManifestDigest, registryTags, runCommand } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const KEY = 'AKIABUILDKITE2E00001';
const SECRET = 'buildkit-e2e-static-secret-key';
const ROLE = 'arn:aws:iam::123456789012:role/deliver';
const SUB = 'repo:octo-org/octo-repo:ref:refs/heads/main';

let registry: Registry;
let emulator: AwsEmulator;
let work: string;
const stack = new TestStack();
const sha = () => randomBytes(20).toString('hex');
const repoName = (name: string) => `buildkit/${name}-${randomBytes(3).toString('hex')}`;

type Builder = 'classic' | 'buildkit';
/** The docker CLI each builder is reached with: the first on PATH (28.x, no buildx) or Debian's 20.10. */
const CLI: Record<Builder, string> = { classic: '', buildkit: '/usr/bin/docker' };
const shim: Record<Builder, { path: string; log: string }> = {} as never;

beforeAll(async () => {
  ({ registry, emulator } = await stack.start());
  emulator.addStaticKey(KEY, SECRET);
  emulator.addRole(ROLE, { aud: 'sts.amazonaws.com', sub: SUB });
  work = stack.tempDir('buildkit-e2e-');
  CLI.classic = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim();
  for (const builder of ['classic', 'buildkit'] as const) {
    const bin = join(work, `bin-${builder}`);
    mkdirSync(bin);
    const log = join(work, `argv-${builder}.log`);
    writeFileSync(log, '');
    writeFileSync(join(bin, 'docker'), `#!/bin/sh\n{ printf '%s\\n' "$@"; echo '--'; } >> '${log}'\nexec '${CLI[builder]}' "$@"\n`);
    chmodSync(join(bin, 'docker'), 0o755);
    shim[builder] = { path: `${bin}:${process.env.PATH}`, log };
  }
}, 60_000);

afterAll(() => stack.stop());
beforeEach(() => {
  emulator.reset();
  emulator.credentialLifetimeSeconds = undefined;
});

const images: string[] = [];
afterAll(async () => {
  // Only what these tests built.
  if (images.length) await runCommand('docker', ['rmi', '--force', ...images]);
});

function cli(builder: Builder, args: string[], env: NodeJS.ProcessEnv = {}) {
  return runProcess(NODE24, [BUNDLE, ...args], {
    PATH: shim[builder].path,
    HOME: work,
    DOCKER_CONFIG: join(work, 'docker'),
    ...emulator.clientEnv(),
    AWS_ACCESS_KEY_ID: KEY,
    AWS_SECRET_ACCESS_KEY: SECRET,
    ...env,
  });
}

/** A build context: busybox, a Dockerfile of `steps` after `FROM scratch` + busybox, and `files`. */
function context(steps: string[], files: Record<string, string> = {}): string {
  const dir = stack.tempDir('buildkit-ctx-');
  copyFileSync('/bin/busybox', join(dir, 'busybox'));
  writeFileSync(join(dir, 'Dockerfile'), ['FROM scratch', 'COPY busybox /bin/busybox', ...steps, ''].join('\n'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const sh = (script: string, mounts = '') => `RUN ${mounts}${mounts ? ' ' : ''}${JSON.stringify(['/bin/busybox', 'sh', '-c', script])}`;

/** What the shim saw since `from` (a line offset), one argv per entry. */
function argvSince(builder: Builder, from: number): string[][] {
  const lines = readFileSync(shim[builder].log, 'utf8').split('\n').slice(from);
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '--') {
      out.push(current);
      current = [];
    } else if (line !== '') current.push(line);
  }
  return out;
}
const argvMark = (builder: Builder) => readFileSync(shim[builder].log, 'utf8').split('\n').length - 1;

const awsCalls = () => emulator.calls.filter((c) => c.service === 'sts' || c.service === 'ecr');

describe.each(['classic', 'buildkit'] as const)('delivery on the %s builder', (builder) => {
  const label = builder === 'classic' ? 'Builder: the classic builder' : "Builder: the daemon's embedded BuildKit";

  it('delivers: the log names the builder; outputs, tags and OCI labels match what the registry holds', async () => {
    const repo = repoName(`ok-${builder}`);
    const commit = sha();
    const mark = argvMark(builder);
    const r = await cli(builder, ['--repository', repo, '--context', context([sh('echo hi > /hi')]), '--commit-sha', commit, '--tags', 'latest', '--json']);
    images.push(`${emulator.registryFrontHost}/${repo}:${commit}`, `${emulator.registryFrontHost}/${repo}:latest`);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(label);
    const outputs = JSON.parse(r.stdout);
    expect(outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(outputs.digest);
    expect(await registryManifestDigest(registry, repo, 'latest')).toBe(outputs.digest);
    expect(outputs['image-ref']).toBe(`${emulator.registryFrontHost}/${repo}@${outputs.digest}`);
    const image = await registryImage(registry, repo, outputs.digest);
    expect(image.config.config.Labels['org.opencontainers.image.revision']).toBe(commit);
    // The builder really was the one named: its build ran with that DOCKER_BUILDKIT (BuildKit's plain progress has `#n` steps).
    expect(argvSince(builder, mark).filter((a) => a[0] === 'build' && a.includes('--file'))).toHaveLength(1);
    if (builder === 'buildkit') expect(r.stderr).toMatch(/^#\d+ \[internal\] load build definition/m);
    else expect(r.stderr).toMatch(/^Step 1\/\d+ : FROM scratch/m);
  }, 120_000);

  it("a failing RUN: exit 1 with the builder's own error line, nothing pushed, no container of the failed step left", async () => {
    const repo = repoName(`fail-${builder}`);
    const marker = `failing-step-${randomBytes(4).toString('hex')}`;
    const r = await cli(builder, ['--repository', repo, '--context', context([sh(`echo ${marker}; echo boom >&2; exit 3`)]), '--commit-sha', sha()]);
    expect(r.code).toBe(1);
    const line = r.stderr.split('\n').find((l) => l.startsWith('ecr-deliver: docker build failed'));
    expect(line).toBe(
      builder === 'buildkit'
        ? `ecr-deliver: docker build failed (exit 1): executor failed running [/bin/busybox sh -c echo ${marker}; echo boom >&2; exit 3]: exit code: 3`
        : `ecr-deliver: docker build failed (exit 3): The command '/bin/busybox sh -c echo ${marker}; echo boom >&2; exit 3' returned a non-zero code: 3`,
    );
    expect(await registryTags(registry, repo)).toEqual([]);
    // No container of the failed step is left, running or stopped (the classic builder keeps it without --force-rm).
    const containers = await runCommand('docker', ['ps', '--all', '--no-trunc', '--format', '{{.Command}}']);
    expect(containers.stdout).not.toContain(marker);
  }, 120_000);

  it('several platforms or provenance need buildx: one line naming the option, before any AWS call', async () => {
    for (const [flag, value] of [
      ['--platform', 'linux/amd64,linux/arm64'],
      ['--provenance', 'true'],
    ]) {
      emulator.reset();
      const r = await cli(builder, ['--repository', repoName('nobuildx'), '--context', context([]), '--commit-sha', sha(), flag, value]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${flag.slice(2)} needs docker buildx, which this machine does not have`);
      expect(awsCalls()).toEqual([]);
    }
  }, 60_000);

  it('cache: the first delivery finds none; the next reuses the previous image by digest in an IMMUTABLE repository and uploads only the changed layer', async () => {
    const repo = repoName(`cache-${builder}`);
    const uri = `${emulator.registryFrontHost}/${repo}`;
    const steps = [sh(`/bin/busybox head -c 3000000 /dev/urandom > /deps.bin; echo ${randomBytes(4).toString('hex')} > /deps.id`), 'COPY src/ /src/'];
    const ctx = context(steps, { 'src/app.txt': 'version 1\n' });
    const first = sha();
    const r1 = await cli(builder, ['--repository', repo, '--context', ctx, '--commit-sha', first, '--image-tag-mutability', 'IMMUTABLE', '--json']);
    expect(r1.code).toBe(0);
    expect(r1.stderr).toContain('No layer cache yet');
    const digest1 = JSON.parse(r1.stdout).digest as string;
    const firstUpload = emulator.uploadedBytes(repo);
    // A fresh runner: the images this delivery left are gone (the classic builder's cache with them).
    await runCommand('docker', ['rmi', '--force', `${uri}:${first}`]);

    emulator.reset();
    writeFileSync(join(ctx, 'src/app.txt'), 'version 2\n');
    const second = sha();
    const r2 = await cli(builder, ['--repository', repo, '--context', ctx, '--commit-sha', second, '--json']);
    images.push(`${uri}:${second}`, `${uri}@${digest1}`);
    expect(r2.code).toBe(0);
    expect(r2.stderr).toContain(`Layer cache: ${uri}@${digest1}`);
    // The builder read the previous image from the registry (no moving cache tag exists or was written).
    expect(emulator.registryRequests.some((q) => q.method === 'GET' && q.path === `/v2/${repo}/manifests/${digest1}`)).toBe(true);
    expect((await registryTags(registry, repo)).sort()).toEqual([first, second].sort());
    expect(r2.stderr).toMatch(
      builder === 'buildkit' ? /#(\d+) \[2\/3\] RUN [^\n]*deps[^\n]*\n(?:#\1 [^\n]*\n)*#\1 CACHED/ : /RUN [^\n]*deps[^\n]*\n ---> Using cache/,
    );
    const [one, two] = await Promise.all([registryImage(registry, repo, digest1), registryImage(registry, repo, second)]);
    expect(two.layerSizes.slice(0, 2)).toEqual(one.layerSizes.slice(0, 2));
    // Only the changed source layer, the config and the manifest went up the second time.
    const changed = two.layerSizes[2];
    expect(firstUpload).toBeGreaterThan(3_000_000);
    expect(emulator.uploadedBytes(repo)).toBeLessThan(changed + 20_000);
  }, 180_000);
});

describe.each(['classic', 'buildkit'] as const)('a cache that cannot be read, on the %s builder', (builder) => {
  it('the registry refuses the cache image: the delivery still succeeds (the classic builder says why in a warning)', async () => {
    const repo = repoName(`nocache-${builder}`);
    const uri = `${emulator.registryFrontHost}/${repo}`;
    const ctx = context([sh(`echo ${randomBytes(4).toString('hex')} > /v`)]);
    const commit1 = sha();
    const first = await cli(builder, ['--repository', repo, '--context', ctx, '--commit-sha', commit1, '--json']);
    expect(first.code).toBe(0);
    const digest1 = JSON.parse(first.stdout).digest as string;
    await runCommand('docker', ['rmi', '--force', `${uri}:${commit1}`]); // a fresh runner must fetch the cache image
    emulator.reset();
    // Every read of the previous image fails, as an unreachable or broken cache would.
    emulator.registryFaults.push({
      match: (method, path) => method !== 'PUT' && path.startsWith(`/v2/${repo}/`) && path.endsWith(digest1),
      times: 100,
      respond: { status: 500, body: '{"errors":[{"code":"UNKNOWN","message":"cache unavailable"}]}' },
    });
    const commit = sha();
    const r = await cli(builder, ['--repository', repo, '--context', ctx, '--commit-sha', commit, '--json']);
    images.push(`${uri}:${commit}`);
    expect(r.code).toBe(0);
    expect(emulator.registryRequests.some((q) => q.path.endsWith(digest1) && q.status === 500)).toBe(true);
    if (builder === 'classic') expect(r.stderr).toContain(`warning: no layer cache: docker pull ${uri}@${digest1} failed`);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(JSON.parse(r.stdout).digest);
  }, 120_000);
});

describe('build secrets', () => {
  it('BuildKit: the build sees `secrets` and `secret-files`; no value in any log, output, child argv, layer, image config or history; build-arg values only by name', async () => {
    const inline = `inline-${randomBytes(12).toString('hex')}`;
    const fromEnv = `env-${randomBytes(12).toString('hex')}`;
    const fromFile = `file-${randomBytes(12).toString('hex')}`;
    const buildArg = `buildarg-${randomBytes(12).toString('hex')}`;
    const secretFile = join(work, 'token.txt');
    writeFileSync(secretFile, `${fromFile}\n`, { mode: 0o600 });
    const repo = repoName('secrets');
    const commit = sha();
    const mark = argvMark('buildkit');
    // Unique per run: BuildKit's cache key does not include secrets, a repeated RUN would be reused.
    const seen = `echo ${randomBytes(4).toString('hex')} >/run-id; for s in one two three; do /bin/busybox sha256sum /run/secrets/$s | /bin/busybox cut -c1-64; done > /seen`;
    const ctx = context([sh(seen, '--mount=type=secret,id=one --mount=type=secret,id=two --mount=type=secret,id=three')]);
    const r = await cli(
      'buildkit',
      [
        '--repository',
        repo,
        '--context',
        ctx,
        '--commit-sha',
        commit,
        '--json',
        '--secrets',
        `one=${inline}\ntwo=env:MY_TOKEN`,
        '--secret-files',
        `three=${secretFile}`,
        '--build-args',
        `NPM_TOKEN=${buildArg}`,
      ],
      { MY_TOKEN: fromEnv },
    );
    images.push(`${emulator.registryFrontHost}/${repo}:${commit}`);
    expect(r.code).toBe(0);

    // The build saw each secret: the image holds their hashes (computed inside the RUN).
    const image = await registryImage(registry, repo, commit);
    const layers = image.layers.map((l) => gunzipSync(l).toString('latin1')).join('\n');
    const hash = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(layers).toContain([inline, fromEnv, `${fromFile}\n`].map(hash).join('\n'));

    const argv = argvSince('buildkit', mark);
    const build = argv.find((a) => a[0] === 'build' && a.includes('--file'))!;
    expect(build).toEqual(
      expect.arrayContaining([
        '--secret',
        'id=one,env=ECR_DELIVER_BUILD_SECRET_0',
        'id=two,env=MY_TOKEN',
        `id=three,src=${secretFile}`,
        '--build-arg',
        'NPM_TOKEN',
      ]),
    );
    const everywhere = [r.stdout, r.stderr, JSON.stringify(argv), layers, image.configText].join('\n');
    for (const value of [inline, fromEnv, fromFile, buildArg]) expect(everywhere).not.toContain(value);
    expect(r.stderr).toContain('NPM_TOKEN'); // docker names the unused build arg: by name only
  }, 120_000);

  it('classic builder: `secrets` fails before any AWS call, naming the option; values never echoed', async () => {
    const value = `never-${randomBytes(8).toString('hex')}`;
    for (const env of [{}, { DOCKER_BUILDKIT: '0' }]) {
      emulator.reset();
      const builder: Builder = 'DOCKER_BUILDKIT' in env ? 'buildkit' : 'classic';
      const r = await cli(builder, ['--repository', repoName('nosecret'), '--context', context([]), '--commit-sha', sha(), '--secrets', `tok=${value}`], env);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('secrets needs BuildKit, but ');
      expect(r.stderr + r.stdout).not.toContain(value);
      expect(awsCalls()).toEqual([]);
    }
    const bad = await cli('buildkit', [
      '--repository',
      'x/y',
      '--context',
      context([]),
      '--commit-sha',
      sha(),
      '--secrets',
      `tok ${value}`,
      '--build-args',
      `no-equals-${value}`,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr + bad.stdout).not.toContain(value);
  }, 60_000);
});

describe('DOCKER_BUILDKIT is respected', () => {
  it('DOCKER_BUILDKIT=0 takes the classic builder where the CLI could drive BuildKit; =1 where it cannot fails before any AWS call', async () => {
    const repo = repoName('pref');
    const r = await cli('buildkit', ['--repository', repo, '--context', context([sh('echo x > /x')]), '--commit-sha', sha(), '--push', 'false'], {
      DOCKER_BUILDKIT: '0',
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Builder: the classic builder');
    expect(r.stderr).toMatch(/^Step 1\/\d+ : FROM scratch/m);

    emulator.reset();
    const refused = await cli('classic', ['--repository', repo, '--context', context([]), '--commit-sha', sha()], { DOCKER_BUILDKIT: '1' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('DOCKER_BUILDKIT=1 asks for BuildKit, but this docker CLI cannot build with BuildKit without the buildx plugin');
    expect(awsCalls()).toEqual([]);
  }, 60_000);
});

describe('credentials during a build longer than they live', () => {
  it("GitHub: renewed once before the ECR call after the build (the extra tag's PutImage: a new OIDC token, one more STS call); delivered; no secret in the log", async () => {
    emulator.credentialLifetimeSeconds = 8;
    const repo = repoName('renew');
    const commit = sha();
    const job = new GitHubRunner({ PATH: shim.buildkit.path, ...oidcJobEnv(emulator), GITHUB_SHA: commit });
    const step = await job.main({
      repository: repo,
      'role-to-assume': ROLE,
      context: context([sh(`/bin/busybox sleep 10; echo ${randomBytes(4).toString('hex')} > /slow`)]),
      cache: 'false',
      // The only ECR call after the build: everything else ran alongside it.
      tags: 'latest',
    });
    images.push(`${emulator.registryFrontHost}/${repo}:${commit}`);
    expect(step.code).toBe(0);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(step.outputs.digest);
    expect(emulator.calls.filter((c) => c.operation === 'AssumeRoleWithWebIdentity').map((c) => c.status)).toEqual([200, 200]);
    expect(emulator.calls.filter((c) => c.operation === 'GetIdToken')).toHaveLength(2);
    // Every ECR call succeeded, those after the renewal signed with the second credentials.
    const ecr = emulator.calls.filter((c) => c.service === 'ecr');
    expect(ecr.filter((c) => /Expired/.test(c.errorCode ?? ''))).toEqual([]);
    const second = emulator.issued.credentials.at(-1)!.accessKeyId;
    expect([ecr.at(-1)!.operation, ecr.at(-1)!.accessKeyId]).toEqual(['PutImage', second]);
    expect(step.stdout).toContain('Renewing the credentials of');
    const unmasked = step.everything
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const c of emulator.issued.credentials) for (const s of [c.secretAccessKey, c.sessionToken]) expect(unmasked).not.toContain(s);
    for (const t of emulator.issued.tokens) expect(unmasked).not.toContain(t);
  }, 120_000);

  it("ambient session credentials that expire during the build: the ECR call after it (the extra tag's PutImage) fails saying they expired", async () => {
    emulator.credentialLifetimeSeconds = 5;
    const token = emulator.issueToken({ sub: SUB, aud: 'sts.amazonaws.com' });
    const assumed = await runCommand(
      'aws',
      [
        '--endpoint-url',
        emulator.url,
        '--region',
        emulator.region,
        'sts',
        'assume-role-with-web-identity',
        '--role-arn',
        ROLE,
        '--role-session-name',
        'ambient',
        '--web-identity-token',
        token,
        '--output',
        'json',
      ],
      { env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true' } },
    );
    expect(assumed.code).toBe(0);
    const c = JSON.parse(assumed.stdout).Credentials;
    const r = await cli(
      'buildkit',
      [
        '--repository',
        repoName('expired'),
        '--context',
        context([sh(`/bin/busybox sleep 7; echo ${randomBytes(4).toString('hex')} > /x`)]),
        '--commit-sha',
        sha(),
        '--cache',
        'false',
        '--tags',
        'latest',
      ],
      { AWS_ACCESS_KEY_ID: c.AccessKeyId, AWS_SECRET_ACCESS_KEY: c.SecretAccessKey, AWS_SESSION_TOKEN: c.SessionToken },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ECR PutImage failed: the AWS credentials have expired \(ExpiredTokenException: /);
    expect(r.stderr).not.toContain(c.SecretAccessKey);
  }, 120_000);
});
