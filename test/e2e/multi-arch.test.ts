/**
 * Multi-arch images from native runners, end to end: one `part` job per platform, then a `merge`
 * job on a runner with no docker at all, through the GitHub Action and the CircleCI orb as their
 * runners run them, against the STS + ECR emulator in front of a real registry. The amd64 part is
 * built on the system's dockerd (its own platform, `platform` unset), the arm64 part on another
 * daemon (dockerd 26 from build/engines, `platform: linux/arm64`): two runners. FROM scratch images
 * need no emulation to be tagged arm64. What the registry holds is checked directly and with
 * clients we did not write: buildx's `imagetools inspect`, a daemon with the containerd image store
 * pulling one platform, and `skopeo inspect --raw`.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { CircleJob, NODE24 } from '../fixtures/circleci-job';
import type { AwsEmulator, BasicFinding } from '../fixtures/emulator';
import { CONTAINERD, ENGINES_DIR, type Engine, startEngine } from '../fixtures/engines';
import { BUNDLE, GitHubRunner, oidcJobEnv, runProcess } from '../fixtures/github-runner';
import { OCI_MANIFEST, seedImage } from '../fixtures/seed-image';
import { type Registry, registryManifest, registryManifestDigest, registryTags, runCommand } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const GITHUB_ROLE = 'arn:aws:iam::123456789012:role/multi-arch-github';
const CIRCLE_ROLE = 'arn:aws:iam::123456789012:role/multi-arch-circleci';
const ORG = '0a1b2c3d-0000-4000-8000-0000000000a1';
const PROJECT = '0a1b2c3d-0000-4000-8000-0000000000a2';
const KEY = 'AKIAMULTIARCHE2E0001';
const SECRET = 'multi-arch-e2e-static-secret-key';
const BOTH = 'linux/amd64,linux/arm64';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_V2 = 'application/vnd.docker.distribution.manifest.v2+json';
const ENGINE_BIN = join(ENGINES_DIR, 'bin');

/** An image config's or index entry's platform fields. */
interface ConfigPlatform {
  os: string;
  architecture: string;
  variant?: string;
}

const stack = new TestStack();
let registry: Registry;
let emulator: AwsEmulator;
/** The arm64 runners: dockerd 26 with the classic image store, and with the containerd image store. */
let armClassic: Engine;
let armContainerd: Engine;

beforeAll(async () => {
  ({ registry, emulator } = await stack.start());
  emulator.addRole(GITHUB_ROLE, { aud: 'sts.amazonaws.com', sub: 'repo:octo-org/octo-repo:ref:refs/heads/main' });
  emulator.addRole(CIRCLE_ROLE, { aud: ORG, sub: new RegExp(`^org/${ORG}/project/${PROJECT}/user/[0-9a-f-]+$`) });
  emulator.addStaticKey(KEY, SECRET);
  [armClassic, armContainerd] = await Promise.all([startEngine('classic'), startEngine('containerd')]);
}, 180_000);

afterAll(async () => {
  await Promise.allSettled([armClassic, armContainerd].map((e) => e?.stop()));
  await stack.stop();
});

beforeEach(() => emulator.reset());

const sha = () => randomBytes(20).toString('hex');
const repoName = (name: string) => `multi/${name}-${randomBytes(3).toString('hex')}`;
const front = () => emulator.registryFrontHost;
const ecrOps = () => emulator.calls.filter((c) => c.service === 'ecr').map((c) => c.operation);
const awsCalls = () => emulator.calls.filter((c) => c.service === 'sts' || c.service === 'ecr');
/** Requests through the registry front that write (blob uploads, manifest PUTs). */
const registryWrites = () => emulator.registryRequests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
/** PutImage calls ECR accepted. */
const putImages = () => emulator.calls.filter((c) => c.operation === 'PutImage' && c.status === 200);
const failureLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('ecr-deliver: '));

/**
 * A build context as a commit has it: FROM scratch, a file unique to the commit, busybox. The unique
 * file comes first: dockerd 20.10's classic builder reuses a cached step of another platform and
 * then refuses it ("does not match the specified platform").
 */
function commitContext(): string {
  const dir = stack.tempDir('multi-arch-ctx-');
  copyFileSync('/bin/busybox', join(dir, 'busybox'));
  writeFileSync(join(dir, 'marker'), `${randomBytes(8).toString('hex')}\n`);
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY marker /marker\nCOPY busybox /bin/busybox\nCMD ["/bin/busybox", "cat", "/marker"]\n');
  return dir;
}

let noDocker: string | undefined;
/**
 * A PATH with every program of this machine's PATH but docker (and its plugins and daemons): a
 * runner without docker. Links, so nothing else is missing.
 */
function pathWithoutDocker(): string {
  if (noDocker) return noDocker;
  const dir = stack.tempDir('no-docker-bin-');
  for (const from of [dirname(NODE24), ...(process.env.PATH ?? '').split(delimiter)]) {
    if (!from || !existsSync(from)) continue;
    for (const name of readdirSync(from)) {
      if (/^docker|^dockerd|^containerd|^runc/.test(name) || existsSync(join(dir, name))) continue;
      symlinkSync(join(from, name), join(dir, name));
    }
  }
  noDocker = dir;
  return dir;
}

/** The manifest the registry serves for repo:ref (tag or digest), with its media type and digest. */
const manifest = (repo: string, ref: string) => registryManifest(registry, repo, ref);

/** `os/arch[/variant]`, without arm64's default variant v8 (as containerd matches platforms). */
const normalPlatform = (text: string): string => text.replace(/\/+$/, '').replace(/^([^/]+\/arm64)\/v8$/, '$1');

/** An index's entries as `os/arch[/variant] digest`, in the index's order. */
const entriesOf = (index: Record<string, any>): string[] =>
  (index.manifests as Array<{ digest: string; platform: ConfigPlatform }>).map(
    (m) => `${normalPlatform([m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/'))} ${m.digest}`,
  );

/** What a successful run printed, or its failure shown in the assertion. */
function ok(r: { code: number; stdout: string; stderr: string }): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
}

// ------------------------------------------------------------------ the front ends' jobs

function githubJob(commit: string, extra: NodeJS.ProcessEnv = {}): GitHubRunner {
  return new GitHubRunner({ ...oidcJobEnv(emulator), GITHUB_SHA: commit, ...extra });
}

const circleToken = () =>
  emulator.issueToken(
    { aud: ORG, sub: `org/${ORG}/project/${PROJECT}/user/0a1b2c3d-0000-4000-8000-0000000000a3`, 'oidc.circleci.com/project-id': PROJECT },
    { issuer: emulator.circleciIssuer },
  );

function circleJob(commit: string, extra: NodeJS.ProcessEnv = {}): CircleJob {
  const token = circleToken();
  return new CircleJob({
    AWS_ENDPOINT_URL_STS: emulator.url,
    AWS_ENDPOINT_URL_ECR: emulator.url,
    AWS_REGION: emulator.region,
    CIRCLE_SHA1: commit,
    CIRCLE_OIDC_TOKEN_V2: token,
    CIRCLE_OIDC_TOKEN: token,
    ...extra,
  });
}

/** The built CLI with static keys; `engine` puts that daemon's docker first (else the system's), `PATH` may be given. */
function cli(args: string[], opts: { engine?: Engine; env?: NodeJS.ProcessEnv } = {}) {
  const home = stack.tempDir('multi-arch-home-');
  return runProcess(NODE24, [BUNDLE, ...args], {
    PATH: process.env.PATH,
    HOME: home,
    DOCKER_CONFIG: join(home, 'docker'),
    ...(opts.engine?.env ?? {}),
    ...emulator.clientEnv(),
    AWS_ACCESS_KEY_ID: KEY,
    AWS_SECRET_ACCESS_KEY: SECRET,
    ...opts.env,
  });
}
const json = (r: { stdout: string }) => JSON.parse(r.stdout) as Record<string, string>;

/** A repository made with ECR's API, and parts uploaded straight to the registry (no build). */
async function repositoryWithParts(
  name: string,
  commit: string,
  parts: Record<string, string>,
  settings: { imageTagMutability?: 'MUTABLE' | 'IMMUTABLE' } = {},
): Promise<Record<string, string>> {
  const ecr = new ECRClient({ region: emulator.region, endpoint: emulator.url, credentials: { accessKeyId: KEY, secretAccessKey: SECRET } });
  try {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: name, imageScanningConfiguration: { scanOnPush: true }, ...settings }));
  } finally {
    ecr.destroy();
  }
  const digests: Record<string, string> = {};
  for (const [suffix, platform] of Object.entries(parts)) digests[suffix] = (await seedImage(registry, name, `${commit}-${suffix}`, { platform })).digest;
  return digests;
}
const AMD64 = 'linux/amd64';
const ARM64 = 'linux/arm64/v8';

// ------------------------------------------------------------------ GitHub Actions

describe('GitHub Actions: a part job per platform, then a merge job without docker', () => {
  let repo: string;
  let commit: string;
  let amd: Record<string, string>;
  let arm: Record<string, string>;
  let merged: Record<string, string>;

  beforeAll(async () => {
    repo = repoName('github');
    commit = sha();
    const context = commitContext();
    // The matrix: both part jobs at once, one on each runner.
    const [a, b] = await Promise.all([
      githubJob(commit).main({ repository: repo, 'role-to-assume': GITHUB_ROLE, mode: 'part', context }),
      githubJob(commit, armClassic.env).main({ repository: repo, 'role-to-assume': GITHUB_ROLE, mode: 'part', platform: 'linux/arm64', context }),
    ]);
    ok(a);
    ok(b);
    [amd, arm] = [a.outputs, b.outputs];
  }, 300_000);

  it('each part is tagged only <sha>-<os>-<arch>, its outputs name that tag and the digest the registry holds', async () => {
    const uri = `${front()}/${repo}`;
    for (const [out, suffix] of [
      [amd, 'linux-amd64'],
      [arm, 'linux-arm64'],
    ] as const) {
      expect(out).toMatchObject({ image: `${uri}:${commit}-${suffix}`, tags: `${commit}-${suffix}`, pushed: 'true', 'image-ref': `${uri}@${out.digest}` });
      expect(await registryManifestDigest(registry, repo, `${commit}-${suffix}`)).toBe(out.digest);
    }
    expect(await registryTags(registry, repo)).toEqual([`${commit}-linux-amd64`, `${commit}-linux-arm64`]);
    // Each part's config says the platform its tag names.
    for (const [ref, arch] of [
      [amd.digest, 'amd64'],
      [arm.digest, 'arm64'],
    ]) {
      const m = await manifest(repo, ref);
      expect([DOCKER_V2, OCI_MANIFEST]).toContain(m.mediaType);
      const config = await fetch(`${registry.url}/v2/${repo}/blobs/${m.body.config.digest}`, {
        headers: { authorization: `Basic ${Buffer.from(`${registry.user}:${registry.password}`).toString('base64')}` },
      });
      expect(((await config.json()) as ConfigPlatform).architecture).toBe(arch);
    }
  });

  it('the merge job, with no docker on PATH: one manifest list of exactly both parts under the SHA and the extra tags; no layer uploaded, no docker login', async () => {
    emulator.reset();
    const job = githubJob(commit, { PATH: pathWithoutDocker() });
    expect((await runCommand('bash', ['-c', 'command -v docker || echo none'], { env: { PATH: pathWithoutDocker() } })).stdout.trim()).toBe('none');
    const merge = await job.main({ repository: repo, 'role-to-assume': GITHUB_ROLE, mode: 'merge', platform: BOTH, tags: 'latest,v1' });
    ok(merge);
    merged = merge.outputs;
    const uri = `${front()}/${repo}`;
    const index = await manifest(repo, commit);
    expect(merged).toMatchObject({
      registry: front(),
      'repository-uri': uri,
      image: `${uri}:${commit}`,
      digest: index.digest,
      'image-ref': `${uri}@${index.digest}`,
      tags: `${commit},latest,v1`,
      pushed: 'true',
    });
    // Both parts are Docker v2 manifests (the classic builder, buildx on the classic store): a Docker manifest list.
    expect(index.mediaType).toBe(DOCKER_LIST);
    expect(index.body.mediaType).toBe(DOCKER_LIST);
    expect(entriesOf(index.body)).toEqual([`linux/amd64 ${amd.digest}`, `linux/arm64 ${arm.digest}`]);
    for (const tag of ['latest', 'v1']) expect(await registryManifestDigest(registry, repo, tag)).toBe(index.digest);
    expect(await registryTags(registry, repo)).toEqual([commit, `${commit}-linux-amd64`, `${commit}-linux-arm64`, 'latest', 'v1'].sort());

    // ECR's API only: the parts read, the index put under each tag; no upload through the registry, no docker login.
    expect(registryWrites()).toEqual([]);
    expect(ecrOps()).not.toContain('GetAuthorizationToken');
    expect(ecrOps()).toContain('BatchGetImage');
    expect(
      putImages()
        .map((c) => c.params.imageTag)
        .sort(),
    ).toEqual([commit, 'latest', 'v1'].sort());
    expect(merge.summary).toContain(index.digest);
  });

  it('buildx imagetools inspect (docker 26 CLI, buildx 0.13) lists both platforms with the parts’ digests', async () => {
    const listed = await imagetools(`${registry.host}/${repo}:${commit}`);
    expect(listed.digest).toBe(merged.digest);
    expect(listed.entries).toEqual([`linux/amd64 ${amd.digest}`, `linux/arm64 ${arm.digest}`]);
  });

  it('skopeo inspect --raw reads the index as the registry holds it', async () => {
    const raw = await skopeoRaw(`${registry.host}/${repo}:${commit}`);
    expect(raw.mediaType).toBe(DOCKER_LIST);
    expect(entriesOf(raw)).toEqual([`linux/amd64 ${amd.digest}`, `linux/arm64 ${arm.digest}`]);
  });

  it('a daemon with the containerd image store pulls --platform linux/arm64: an arm64 image, only the arm64 part and its config fetched', async () => {
    expect(await pullPlatform(repo, commit, 'linux/arm64')).toEqual({ platform: 'linux/arm64', fetched: [`${arm.digest} with its config`] });
  });

  it('re-running the merge of a delivered SHA (MUTABLE repository): the same index digest, pushed=false, nothing put', async () => {
    emulator.reset();
    const again = await githubJob(commit, { PATH: pathWithoutDocker() }).main({
      repository: repo,
      'role-to-assume': GITHUB_ROLE,
      mode: 'merge',
      platform: BOTH,
      tags: 'latest,v1',
    });
    ok(again);
    expect(again.outputs).toMatchObject({ digest: merged.digest, pushed: 'false' });
    expect(putImages()).toEqual([]);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(merged.digest);
  });

  it.each([
    [{ platform: '' }, 'platform', ''],
    [{ platform: 'linux/arm64' }, 'platform', 'linux/arm64'],
    [{ platform: BOTH, context: '/tmp' }, 'context', '/tmp'],
    [{ platform: BOTH, image: 'app:1' }, 'image', 'app:1'],
  ])('merge with %j: one ::error:: line naming %s and its value, before any AWS call', async (inputs, option, value) => {
    const r = await githubJob(sha(), { PATH: pathWithoutDocker() }).main({
      repository: repoName('bad'),
      'role-to-assume': GITHUB_ROLE,
      mode: 'merge',
      ...inputs,
    });
    expect(r.code).not.toBe(0);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual([expect.stringContaining(`::error::${option}: "${value}" `)]);
    expect(awsCalls()).toEqual([]);
  });
});

// ------------------------------------------------------------------ CircleCI

describe('CircleCI orb: ecr/deliver with mode part on each runner, then the ecr/merge job without docker', () => {
  it('a tag build: the index under the SHA and the semver tags, exported to later steps; read by buildx, skopeo and a containerd-store pull', async () => {
    const repo = repoName('orb');
    const commit = sha();
    const context = commitContext();
    const git = { CIRCLE_TAG: 'v2.3.4', CIRCLE_BRANCH: '' };
    // arm64 on buildx with the containerd image store.
    const amdJob = circleJob(commit, git);
    const armJob = circleJob(commit, { ...git, ...armContainerd.env, PATH: `${dirname(NODE24)}:${armContainerd.env.PATH}` });
    const [amdOk, armOk] = await Promise.all([
      amdJob.job('deliver', { repository: repo, role_to_assume: CIRCLE_ROLE, mode: 'part', build_context: context }),
      armJob.job('deliver', { repository: repo, role_to_assume: CIRCLE_ROLE, mode: 'part', platform: 'linux/arm64', build_context: context }),
    ]);
    expect({ amdOk, out: amdOk ? '' : amdJob.output }).toEqual({ amdOk: true, out: '' });
    expect({ armOk, out: armOk ? '' : armJob.output }).toEqual({ armOk: true, out: '' });
    const amdDigest = await amdJob.later('ECR_DELIVERED_DIGEST');
    const armDigest = await armJob.later('ECR_DELIVERED_DIGEST');
    expect(await amdJob.later('ECR_DELIVERED_TAGS')).toBe(`${commit}-linux-amd64`);
    expect(await armJob.later('ECR_DELIVERED_TAGS')).toBe(`${commit}-linux-arm64`);
    // The semver tags are the merge's: the parts leave only their own tags.
    expect(await registryTags(registry, repo)).toEqual([`${commit}-linux-amd64`, `${commit}-linux-arm64`]);

    emulator.reset();
    const mergeJob = circleJob(commit, { ...git, PATH: pathWithoutDocker() });
    const merged = await mergeJob.job('merge', { repository: repo, role_to_assume: CIRCLE_ROLE, platform: BOTH, semver_tags: true });
    expect({ merged, out: merged ? '' : mergeJob.output }).toEqual({ merged: true, out: '' });
    const index = await manifest(repo, commit);
    expect(await mergeJob.later('ECR_DELIVERED_DIGEST')).toBe(index.digest);
    expect(await mergeJob.later('ECR_DELIVERED_IMAGE_REF')).toBe(`${front()}/${repo}@${index.digest}`);
    expect(await mergeJob.later('ECR_DELIVERED_TAGS')).toBe(`${commit},2.3.4,2.3,2`);
    expect(await mergeJob.later('ECR_DELIVERED_PUSHED')).toBe('true');
    expect(index.mediaType).toBe(DOCKER_LIST);
    expect(entriesOf(index.body)).toEqual([`linux/amd64 ${amdDigest}`, `linux/arm64 ${armDigest}`]);
    for (const tag of ['2.3.4', '2.3', '2']) expect(await registryManifestDigest(registry, repo, tag)).toBe(index.digest);
    expect(registryWrites()).toEqual([]);
    expect(ecrOps()).not.toContain('GetAuthorizationToken');

    const ref = `${registry.host}/${repo}:2.3.4`;
    expect(await imagetools(ref)).toEqual({ digest: index.digest, entries: [`linux/amd64 ${amdDigest}`, `linux/arm64 ${armDigest}`] });
    const raw = await skopeoRaw(ref);
    expect([raw.mediaType, entriesOf(raw)]).toEqual([DOCKER_LIST, [`linux/amd64 ${amdDigest}`, `linux/arm64 ${armDigest}`]]);
    expect(await pullPlatform(repo, '2.3.4', 'linux/arm64')).toEqual({ platform: 'linux/arm64', fetched: [`${armDigest} with its config`] });
  }, 300_000);
});

// ------------------------------------------------------------------ the rules (CLI: `ecr-deliver merge`, `--mode part`)

describe('merge and part: the rules and failures', () => {
  it('a missing part: one line naming the platform, the tag looked for and the platforms found; nothing tagged', async () => {
    const repo = repoName('missing');
    const commit = sha();
    await repositoryWithParts(repo, commit, { 'linux-amd64': AMD64 });
    emulator.reset();
    const r = await cli(['merge', '--repository', repo, '--commit-sha', commit, '--platform', `${BOTH},linux/arm/v7`, '--tags', 'latest']);
    expect(r.code).toBe(1);
    const lines = failureLines(r.stderr);
    expect(lines).toHaveLength(1);
    for (const text of ['linux/arm64', `${commit}-linux-arm64`, 'linux/arm/v7', `${commit}-linux-arm-v7`, 'linux/amd64']) expect(lines[0]).toContain(text);
    expect(await registryTags(registry, repo)).toEqual([`${commit}-linux-amd64`]);
    expect(emulator.calls.filter((c) => c.operation === 'PutImage')).toEqual([]);
  });

  it('a part whose config says another platform than its tag: one line naming the tag, what it holds and what was expected; nothing tagged', async () => {
    const repo = repoName('wrong');
    const commit = sha();
    // A matrix mistake: the arm64 job built for amd64.
    await repositoryWithParts(repo, commit, { 'linux-amd64': AMD64, 'linux-arm64': AMD64 });
    emulator.reset();
    const r = await cli(['merge', '--repository', repo, '--commit-sha', commit, '--platform', BOTH]);
    expect(r.code).toBe(1);
    const lines = failureLines(r.stderr);
    expect(lines).toEqual([expect.stringContaining(`${commit}-linux-arm64`)]);
    expect(lines[0]).toMatch(/linux\/amd64.*linux\/arm64|linux\/arm64.*linux\/amd64/);
    expect(await registryTags(registry, repo)).toEqual([`${commit}-linux-amd64`, `${commit}-linux-arm64`]);
    expect(emulator.calls.filter((c) => c.operation === 'PutImage')).toEqual([]);
  });

  it('an arm variant: the part of linux/arm/v7 is looked for as <sha>-linux-arm-v7 and listed with its variant', async () => {
    const repo = repoName('variant');
    const commit = sha();
    const parts = await repositoryWithParts(repo, commit, { 'linux-amd64': AMD64, 'linux-arm-v7': 'linux/arm/v7' });
    const r = await cli(['merge', '--repository', repo, '--commit-sha', commit, '--platform', 'linux/amd64,linux/arm/v7', '--json']);
    ok(r);
    const index = await manifest(repo, commit);
    expect(json(r).digest).toBe(index.digest);
    expect(entriesOf(index.body)).toEqual([`linux/amd64 ${parts['linux-amd64']}`, `linux/arm/v7 ${parts['linux-arm-v7']}`]);
  });

  it('an OCI part and a part that is itself an index: an OCI image index of the amd64 part and the arm64 platform manifest, the attestation left out', async () => {
    const repo = repoName('oci');
    const commit = sha();
    const parts = await repositoryWithParts(repo, commit, { 'linux-amd64': AMD64 });
    // What buildx with provenance pushes for one platform: an index of the image and its attestation.
    const image = await seedImage(registry, repo, 'arm64-image', { platform: ARM64, mediaType: OCI_MANIFEST });
    const attestation = await seedImage(registry, repo, 'arm64-attestation', { platform: 'unknown/unknown', mediaType: OCI_MANIFEST });
    const partIndex = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        {
          mediaType: OCI_MANIFEST,
          digest: image.digest,
          size: Buffer.byteLength(image.manifest),
          platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
        },
        {
          mediaType: OCI_MANIFEST,
          digest: attestation.digest,
          size: Buffer.byteLength(attestation.manifest),
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': image.digest },
        },
      ],
    });
    const put = await fetch(`${registry.url}/v2/${repo}/manifests/${commit}-linux-arm64`, {
      method: 'PUT',
      headers: { authorization: `Basic ${Buffer.from(`${registry.user}:${registry.password}`).toString('base64')}`, 'content-type': OCI_INDEX },
      body: partIndex,
    });
    expect(put.status).toBe(201);
    const r = await cli(['merge', '--repository', repo, '--commit-sha', commit, '--platform', BOTH, '--json'], { env: { PATH: pathWithoutDocker() } });
    ok(r);
    const index = await manifest(repo, commit);
    expect(json(r).digest).toBe(index.digest);
    expect(index.mediaType).toBe(OCI_INDEX);
    expect(entriesOf(index.body)).toEqual([`linux/amd64 ${parts['linux-amd64']}`, `linux/arm64 ${image.digest}`]);
  });

  it('IMMUTABLE: re-running a part is pushed=false with its digest; re-running the merge too; no write either time', async () => {
    const repo = repoName('immutable');
    const commit = sha();
    const context = commitContext();
    const part = (engine?: Engine) =>
      cli(
        [
          '--mode',
          'part',
          '--repository',
          repo,
          '--commit-sha',
          commit,
          '--context',
          context,
          '--image-tag-mutability',
          'IMMUTABLE',
          '--json',
          ...(engine ? ['--platform', 'linux/arm64'] : []),
        ],
        { engine },
      );
    const amd = await part();
    ok(amd);
    const arm = await part(armClassic);
    ok(arm);
    expect(emulator.repositories.get(repo)?.imageTagMutability).toBe('IMMUTABLE');
    const merge = () =>
      cli(['merge', '--repository', repo, '--commit-sha', commit, '--platform', BOTH, '--tags', 'stable', '--json'], { env: { PATH: pathWithoutDocker() } });
    const first = await merge();
    ok(first);
    expect(json(first).pushed).toBe('true');

    emulator.reset();
    const amdAgain = await part();
    ok(amdAgain);
    expect(json(amdAgain)).toMatchObject({ pushed: 'false', digest: json(amd).digest, tags: `${commit}-linux-amd64` });
    const again = await merge();
    ok(again);
    expect(json(again)).toMatchObject({ pushed: 'false', digest: json(first).digest, tags: `${commit},stable` });
    expect(registryWrites()).toEqual([]);
    expect(putImages()).toEqual([]);
    for (const tag of [commit, 'stable']) expect(await registryManifestDigest(registry, repo, tag)).toBe(json(first).digest);
  }, 300_000);

  it('IMMUTABLE: a SHA tag that already points at another image is a clear error that changes nothing', async () => {
    const repo = repoName('clash');
    const commit = sha();
    await repositoryWithParts(repo, commit, { 'linux-amd64': AMD64, 'linux-arm64': ARM64 }, { imageTagMutability: 'IMMUTABLE' });
    // The SHA was delivered before as a single-platform image.
    const single = await seedImage(registry, repo, commit);
    emulator.reset();
    const r = await cli(['merge', '--repository', repo, '--commit-sha', commit, '--platform', BOTH, '--tags', 'latest']);
    expect(r.code).toBe(1);
    const lines = failureLines(r.stderr);
    expect(lines).toEqual([expect.stringContaining(commit)]);
    expect(lines[0]).toContain(single.digest);
    expect(lines[0]).toMatch(/immutable/i);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(single.digest);
    expect(await registryManifestDigest(registry, repo, 'latest')).toBeUndefined();
    expect(emulator.calls.filter((c) => c.operation === 'PutImage')).toEqual([]);
  });

  it.each([
    [['merge'], 'platform', ''],
    [['merge', '--platform', 'linux/arm64'], 'platform', 'linux/arm64'],
    [['--mode', 'part', '--platform', BOTH], 'platform', BOTH],
    [['merge', '--platform', BOTH, '--context', '/tmp'], 'context', '/tmp'],
    [['merge', '--platform', BOTH, '--image', 'app:1'], 'image', 'app:1'],
    [['merge', '--platform', BOTH, '--cache', 'false'], 'cache', 'false'],
    [['merge', '--platform', BOTH, '--target', 'build'], 'target', 'build'],
  ])('bad input %j: exit 2, one line naming %s and its value, before any AWS call', async (args, option, value) => {
    const r = await cli([...args, '--repository', repoName('bad'), '--commit-sha', sha()], { env: { PATH: pathWithoutDocker() } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^ecr-deliver: ${option}: "${value.replace(/\//g, '\\/')}" \\S`))]);
    expect(awsCalls()).toEqual([]);
  });

  it('bad input: merge with secrets names the option, never the secret value, before any AWS call', async () => {
    const secret = `s3cr3t-${randomBytes(6).toString('hex')}`;
    const r = await cli(['merge', '--repository', repoName('bad'), '--commit-sha', sha(), '--platform', BOTH, '--secrets', `npm=${secret}`]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^ecr-deliver: secrets: /)]);
    expect(r.stderr + r.stdout).not.toContain(secret);
    expect(awsCalls()).toEqual([]);
  });

  it("scan-wait on a merge waits for each part's scan and reports the sum of their findings", async () => {
    const repo = repoName('scan');
    const commit = sha();
    const parts = await repositoryWithParts(repo, commit, { 'linux-amd64': AMD64, 'linux-arm64': ARM64 });
    const finding = (n: number, severity: BasicFinding['severity']): BasicFinding => ({
      name: `CVE-2026-${n}`,
      severity,
      uri: `https://example.com/CVE-2026-${n}`,
      attributes: [],
    });
    emulator.scans.set(parts['linux-amd64'], { inProgressPolls: 1, findings: [finding(1, 'HIGH'), finding(2, 'LOW')] });
    emulator.scans.set(parts['linux-arm64'], {
      inProgressPolls: 2,
      findings: [finding(3, 'CRITICAL'), finding(4, 'LOW'), finding(5, 'LOW'), finding(6, 'MEDIUM')],
    });
    emulator.reset();
    const r = await cli(['merge', '--repository', repo, '--commit-sha', commit, '--platform', BOTH, '--scan-wait', 'true', '--json']);
    ok(r);
    expect(JSON.parse(json(r)['scan-findings'])).toEqual({ CRITICAL: 1, HIGH: 1, MEDIUM: 1, LOW: 3, INFORMATIONAL: 0, UNDEFINED: 0 });
    // Each part's scan was polled until it completed; the index itself is never asked about (ECR scans images, not indexes).
    const asked = emulator.calls.filter((c) => c.operation === 'DescribeImageScanFindings').map((c) => c.params.imageId.imageDigest);
    expect(asked.filter((d) => d === parts['linux-amd64']).length).toBeGreaterThanOrEqual(2);
    expect(asked.filter((d) => d === parts['linux-arm64']).length).toBeGreaterThanOrEqual(3);
    expect(asked).not.toContain(json(r).digest);
  });

  it('iam-policy --mode merge allows exactly the ECR calls a merge makes, and no upload; --mode part allows the uploads', async () => {
    const repo = repoName('policy');
    const commit = sha();
    await repositoryWithParts(repo, commit, { 'linux-amd64': AMD64, 'linux-arm64': ARM64 });
    emulator.reset();
    ok(await cli(['merge', '--repository', repo, '--commit-sha', commit, '--platform', BOTH, '--tags', 'latest']));
    const made = [...new Set(ecrOps().map((op) => `ecr:${op}`))].sort();
    const policy = async (mode: string) => {
      const r = await cli([
        'iam-policy',
        '--repository',
        repo,
        '--account-id',
        emulator.accountId,
        '--aws-region',
        emulator.region,
        '--repo',
        'octo-org/octo-repo',
        '--mode',
        mode,
      ]);
      ok(r);
      const doc = JSON.parse(r.stdout).permissionsPolicy as { Statement: Array<{ Action: string | string[] }> };
      return [...new Set(doc.Statement.flatMap((s) => [s.Action].flat()))].filter((a) => a.startsWith('ecr:')).sort();
    };
    const merge = await policy('merge');
    expect(merge).toEqual(made);
    const uploads = ['ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload'];
    for (const a of uploads) expect(merge).not.toContain(a);
    expect(await policy('part')).toEqual(expect.arrayContaining([...uploads, 'ecr:PutImage', 'ecr:GetAuthorizationToken']));
  });
});

// ------------------------------------------------------------------ third-party clients

/** A docker config dir that logs in to the real registry, with buildx as a CLI plugin. */
function clientConfig(): string {
  const dir = stack.tempDir('multi-arch-client-');
  mkdirSync(join(dir, 'cli-plugins'));
  symlinkSync(join(ENGINES_DIR, 'root/usr/libexec/docker/cli-plugins/docker-buildx'), join(dir, 'cli-plugins', 'docker-buildx'));
  const auth = Buffer.from(`${registry.user}:${registry.password}`).toString('base64');
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [registry.host]: { auth } } }), { mode: 0o600 });
  return dir;
}

/** `docker buildx imagetools inspect`: the index digest and its entries as `os/arch digest`. */
async function imagetools(ref: string): Promise<{ digest: string; entries: string[] }> {
  const config = clientConfig();
  const env = { PATH: `${ENGINE_BIN}:${process.env.PATH}`, DOCKER_CONFIG: config, HOME: config };
  const r = await runCommand(join(ENGINE_BIN, 'docker'), ['buildx', 'imagetools', 'inspect', ref, '--format', '{{json .Manifest}}'], {
    env,
    timeoutMs: 60_000,
  });
  ok(r);
  const m = JSON.parse(r.stdout) as { digest: string; manifests: Array<{ digest: string; platform: ConfigPlatform }> };
  return { digest: m.digest, entries: entriesOf(m) };
}

/** `skopeo inspect --raw` over plain http with the registry's credentials from an auth file. */
async function skopeoRaw(ref: string): Promise<Record<string, any>> {
  const config = clientConfig();
  const r = await runCommand(
    join(ENGINE_BIN, 'skopeo'),
    ['inspect', '--raw', '--tls-verify=false', '--authfile', join(config, 'config.json'), `docker://${ref}`],
    {
      timeoutMs: 60_000,
    },
  );
  ok(r);
  return JSON.parse(r.stdout);
}

/**
 * The containerd-store daemon pulls one platform of `ref`: the platform its image then says, and
 * which of the index's manifests (and their configs) containerd fetched into the daemon's content store.
 */
async function pullPlatform(repo: string, tag: string, platform: string): Promise<{ platform: string; fetched: string[] }> {
  const ref = `${registry.host}/${repo}:${tag}`;
  const config = clientConfig();
  const docker = (args: string[]) =>
    runCommand(join(ENGINE_BIN, 'docker'), ['--config', config, ...args], {
      env: { PATH: process.env.PATH, DOCKER_HOST: `unix://${armContainerd.socket}` },
      timeoutMs: 120_000,
    });
  try {
    ok(await docker(['pull', '--platform', platform, ref]));
    const inspect = await docker(['image', 'inspect', '--format', '{{.Os}}/{{.Architecture}}/{{.Variant}}', ref]);
    ok(inspect);
    const address = CONTAINERD.find((s) => existsSync(s))!;
    const content = await runCommand('ctr', ['--address', address, '--namespace', armContainerd.namespaces[0], 'content', 'ls', '--quiet']);
    ok(content);
    const held = new Set(content.stdout.split('\n').filter(Boolean));
    const index = await manifest(repo, tag);
    const fetched: string[] = [];
    for (const m of index.body.manifests as Array<{ digest: string }>) {
      if (!held.has(m.digest)) continue;
      const image = await manifest(repo, m.digest);
      fetched.push(`${m.digest}${held.has(image.body.config.digest) ? ' with its config' : ' without its config'}`);
    }
    return { platform: normalPlatform(inspect.stdout.trim()), fetched };
  } finally {
    await docker(['image', 'rm', '--force', ref]);
  }
}
