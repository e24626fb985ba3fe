/**
 * The GitHub Action end to end: the built bundle under Node 24, run as the Actions runner runs it,
 * against a real dockerd, a real registry and the STS + ECR emulator (reached only through the
 * SDK's AWS_ENDPOINT_URL_* variables).
 */
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AwsEmulator } from '../fixtures/emulator';
import { GitHubRunner, oidcJobEnv, runProcess } from '../fixtures/github-runner';
import { type Registry, registryManifestDigest } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const ROLE = 'arn:aws:iam::123456789012:role/deliver';
const sha = () => randomBytes(20).toString('hex');
const uniqueRepo = (name: string) => `e2e/${name}-${randomBytes(3).toString('hex')}`;

let registry: Registry;
let emulator: AwsEmulator;
const stack = new TestStack();
const freshContext = (): string => stack.freshContext();

beforeAll(async () => {
  ({ registry, emulator } = await stack.start());
  emulator.addRole(ROLE, { aud: 'sts.amazonaws.com', sub: 'repo:octo-org/octo-repo:ref:refs/heads/main' });
  emulator.addStaticKey('AKIAAMBIENTEXAMPLE01', 'ambient-secret-key-example');
});

afterAll(() => stack.stop());

beforeEach(() => emulator.reset());

/** A job with OIDC: the runner gives the step the token request URL and bearer. */
function oidcJob(commitSha: string, extra: NodeJS.ProcessEnv = {}): GitHubRunner {
  return new GitHubRunner({
    ...oidcJobEnv(emulator),
    GITHUB_SHA: commitSha,
    ...extra,
  });
}

const digestOf = (repo: string, tag: string) => registryManifestDigest(registry, repo, tag);
const ops = (service: string) => emulator.calls.filter((c) => c.service === service).map((c) => c.operation);

describe('GitHub Action, end to end', () => {
  it("delivers with OIDC: creates the repository, pushes the SHA and latest at the output digest; the job's docker config never holds the login", async () => {
    const repo = uniqueRepo('oidc');
    const commit = sha();
    const job = oidcJob(commit);
    const inputs = { repository: repo, 'role-to-assume': ROLE, tags: 'latest', context: freshContext() };
    const main = await job.main(inputs);
    expect(main.code).toBe(0);

    const uri = `${emulator.registryFrontHost}/${repo}`;
    const digest = main.outputs.digest;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(main.outputs).toEqual({
      registry: emulator.registryFrontHost,
      'repository-uri': uri,
      image: `${uri}:${commit}`,
      digest,
      'image-ref': `${uri}@${digest}`,
      tags: `${commit},latest`,
      pushed: 'true',
      'scan-findings': '',
    });
    // What the registry holds, asked directly, not through the product.
    expect(await digestOf(repo, commit)).toBe(digest);
    expect(await digestOf(repo, 'latest')).toBe(digest);

    // What AWS saw: the role assumed with the run's session name, the repository created as asked.
    const assume = emulator.calls.find((c) => c.operation === 'AssumeRoleWithWebIdentity');
    expect(assume).toMatchObject({ status: 200, params: { RoleArn: ROLE, RoleSessionName: 'ecr-deliver-4242-1', DurationSeconds: '3600' } });
    expect(ops('ecr')).toEqual(expect.arrayContaining(['CreateRepository', 'GetAuthorizationToken', 'PutImage']));
    expect(emulator.calls.filter((c) => c.service === 'ecr').every((c) => c.accessKeyId?.startsWith('ASIA'))).toBe(true);
    expect(emulator.repositories.get(repo)).toMatchObject({
      imageTagMutability: 'MUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
    });
    // latest came by manifest copy: one manifest PUT through docker, one by PutImage.
    expect(emulator.calls.filter((c) => c.operation === 'PutImage').map((c) => c.params.imageTag)).toEqual(['latest']);

    expect(main.summary).toContain(digest);
    // OCI labels on the image that was built and pushed.
    const inspect = await runProcess('docker', ['image', 'inspect', '--format', '{{json .Config.Labels}}', `${uri}:${commit}`], process.env);
    expect(JSON.parse(inspect.stdout)).toMatchObject({
      'org.opencontainers.image.revision': commit,
      'org.opencontainers.image.source': 'https://github.com/octo-org/octo-repo',
      'org.opencontainers.image.created': expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(main.stdout).toContain('::group::Build');
    // The login went to the run's private docker config: nothing for the post step to undo.
    expect(job.dockerAuths()).not.toHaveProperty([emulator.registryFrontHost]);
    expect(main.state.registries).toBeUndefined();

    const post = await job.post(inputs, main.state);
    expect(post.code).toBe(0);
    expect(post.stdout).not.toContain('docker logout');
  });

  it('delivers with ambient credentials and no STS call', async () => {
    const repo = uniqueRepo('ambient');
    const commit = sha();
    const job = new GitHubRunner({
      ...emulator.clientEnv(),
      GITHUB_SHA: commit,
      AWS_ACCESS_KEY_ID: 'AKIAAMBIENTEXAMPLE01',
      AWS_SECRET_ACCESS_KEY: 'ambient-secret-key-example',
    });
    const main = await job.main({ repository: repo, context: freshContext() });
    expect(main.code).toBe(0);
    expect(ops('sts')).toEqual([]);
    expect(emulator.calls.filter((c) => c.service === 'ecr').every((c) => c.accessKeyId === 'AKIAAMBIENTEXAMPLE01')).toBe(true);
    expect(await digestOf(repo, commit)).toBe(main.outputs.digest);
    expect(main.outputs.tags).toBe(commit);
  });

  it('skip-existing re-run: no build (Dockerfile gone), no layer upload, new tag by manifest copy', async () => {
    const repo = uniqueRepo('skip');
    const commit = sha();
    const context = freshContext();
    const first = await oidcJob(commit).main({ repository: repo, 'role-to-assume': ROLE, context });
    expect(first.code).toBe(0);

    rmSync(join(context, 'Dockerfile'));
    emulator.reset();
    const uploadedBefore = emulator.uploadedBytes(repo);
    const again = await oidcJob(commit).main({ repository: repo, 'role-to-assume': ROLE, context, 'skip-existing': 'true', tags: 'v2' });
    expect(again.code).toBe(0);
    expect(again.outputs.pushed).toBe('false');
    expect(again.outputs.digest).toBe(first.outputs.digest);
    expect(again.outputs.tags).toBe(`${commit},v2`);
    expect(await digestOf(repo, 'v2')).toBe(first.outputs.digest);
    expect(emulator.uploadedBytes(repo)).toBe(uploadedBefore);
    expect(emulator.registryRequests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
    expect(again.stdout).not.toContain('::group::Build');
  });

  it('immutable repository: the same SHA is delivered without a push; a tag at another digest fails and changes nothing', async () => {
    const repo = uniqueRepo('immutable');
    const first = sha();
    const context = freshContext();
    const one = await oidcJob(first).main({ repository: repo, 'role-to-assume': ROLE, context, 'image-tag-mutability': 'IMMUTABLE', tags: 'stable' });
    expect(one.code).toBe(0);
    expect(emulator.repositories.get(repo)?.imageTagMutability).toBe('IMMUTABLE');

    // Same SHA again, no skip-existing: ECR would refuse the push, so the existing image is the delivery.
    const same = await oidcJob(first).main({ repository: repo, 'role-to-assume': ROLE, context, tags: 'stable' });
    expect(same.code).toBe(0);
    expect(same.outputs).toMatchObject({ pushed: 'false', digest: one.outputs.digest });

    // A new SHA that wants `stable`, which already points elsewhere: refused before anything changes.
    emulator.reset();
    const second = sha();
    const clash = await oidcJob(second).main({ repository: repo, 'role-to-assume': ROLE, context: freshContext(), tags: 'stable' });
    expect(clash.code).toBe(1);
    expect(clash.stdout).toMatch(/::error::tag stable already exists in the immutable repository .* at sha256:/);
    expect(await digestOf(repo, second)).toBeUndefined();
    expect(await digestOf(repo, 'stable')).toBe(one.outputs.digest);
    expect(emulator.registryRequests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
    expect(ops('ecr')).not.toContain('PutImage');
  });

  it.each([
    [{ repository: 'Team/API' }, 'repository: "Team/API" is not a valid ECR repository name'],
    [{ tags: 'ok,no spaces' }, 'tags: "no spaces" is not a valid image tag'],
    [{ 'role-to-assume': 'arn:aws:iam::123:role/x' }, 'role-to-assume: "arn:aws:iam::123:role/x" is not an IAM role ARN'],
    [{ 'role-duration-seconds': '60' }, 'role-duration-seconds: "60" is not a whole number from 900 to 43200'],
    [{ 'image-tag-mutability': 'sometimes' }, 'image-tag-mutability: "sometimes" is not one of MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION'],
    [{ 'commit-sha': 'HEAD' }, 'commit-sha: "head" is not a full commit SHA'],
    [{ context: '/no/such/dir' }, 'context: "/no/such/dir" is not a directory'],
    [{ 'lifecycle-policy': '/no/such.json' }, 'lifecycle-policy: "/no/such.json" is not a readable file'],
  ])('bad input %j fails in one line before any AWS call', async (bad, message) => {
    const main = await oidcJob(sha()).main({ repository: uniqueRepo('bad'), 'role-to-assume': ROLE, context: freshContext(), ...bad });
    expect(main.code).not.toBe(0);
    const errors = main.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual([`::error::${message}${errors[0]?.slice(9 + message.length)}`]);
    expect(errors[0]).not.toContain('%0A');
    expect(emulator.calls).toEqual([]);
  });

  it('STS AccessDenied names the role, the token claims and the trust-policy fix, never the token', async () => {
    emulator.githubClaims = { ...emulator.githubClaims, sub: 'repo:octo-org/octo-repo:ref:refs/heads/feature' };
    try {
      const main = await oidcJob(sha()).main({ repository: uniqueRepo('denied'), 'role-to-assume': ROLE, context: freshContext() });
      expect(main.code).toBe(1);
      const error = main.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
      expect(error).toContain(ROLE);
      expect(error).toContain('AccessDenied');
      expect(error).toContain('sub=repo:octo-org/octo-repo:ref:refs/heads/feature');
      expect(error).toContain('aud=sts.amazonaws.com');
      expect(error).toContain(`iss=${emulator.githubIssuer}`);
      expect(error).toContain('trust policy');
      expect(ops('ecr')).toEqual([]);
      const token = emulator.calls.find((c) => c.operation === 'AssumeRoleWithWebIdentity')?.params.WebIdentityToken as string;
      expect(token.length).toBeGreaterThan(100);
      const masked = main.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      expect(masked + main.stderr + main.summary).not.toContain(token);
    } finally {
      emulator.githubClaims = { ...emulator.githubClaims, sub: 'repo:octo-org/octo-repo:ref:refs/heads/main' };
    }
  });

  it('a job without `permissions: id-token: write` is told to add it, with no AWS call', async () => {
    const job = oidcJob(sha(), { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined });
    const main = await job.main({ repository: uniqueRepo('noperm'), 'role-to-assume': ROLE, context: freshContext() });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain('permissions: id-token: write');
    expect(emulator.calls).toEqual([]);
  });

  it('applies lifecycle and repository policies from files, and honours a pull request build (push: false, cache: false: look-ups only)', async () => {
    const repo = uniqueRepo('policies');
    const dir = freshContext();
    const lifecycle = join(dir, 'lifecycle.json');
    const policy = join(dir, 'policy.json');
    writeFileSync(
      lifecycle,
      JSON.stringify({
        rules: [
          {
            rulePriority: 1,
            selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 },
            action: { type: 'expire' },
          },
        ],
      }),
    );
    writeFileSync(policy, JSON.stringify({ Version: '2012-10-17', Statement: [] }));
    const commit = sha();
    const main = await oidcJob(commit).main({
      repository: repo,
      'role-to-assume': ROLE,
      context: dir,
      'lifecycle-policy': lifecycle,
      'repository-policy': policy,
    });
    expect(main.code).toBe(0);
    const state = emulator.repositories.get(repo) as unknown as { lifecyclePolicyText?: string; policyText?: string };
    expect(JSON.parse(state.lifecyclePolicyText ?? '{}').rules[0].rulePriority).toBe(1);
    expect(JSON.parse(state.policyText ?? '{}').Version).toBe('2012-10-17');

    emulator.reset();
    const pr = sha();
    // Without the layer cache (which reads the previous image, so logs in) a build-only run only looks up.
    const build = await oidcJob(pr).main({ repository: repo, 'role-to-assume': ROLE, context: freshContext(), push: 'false', cache: 'false' });
    expect(build.code).toBe(0);
    expect(build.outputs).toMatchObject({ pushed: 'false', digest: '', image: `${emulator.registryFrontHost}/${repo}:${pr}` });
    expect(await digestOf(repo, pr)).toBeUndefined();
    expect(ops('ecr')).not.toContain('GetAuthorizationToken');
    expect(emulator.registryRequests).toEqual([]);
  });
});
