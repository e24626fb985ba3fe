/**
 * `ecr-deliver iam-policy`: the documents parse, pin what they must, and the permissions name
 * exactly the ECR actions the code performs. "What the code performs" is derived two ways, so the
 * test fails when a call is added without the policy: statically, from every `new XxxCommand(` in
 * the sources that use the ECR client plus the registry protocol docker speaks; and dynamically, by
 * delivering with the built CLI against the emulator and mapping every ECR API call and registry
 * request it saw to its IAM action.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/core/errors';
import { parseIamPolicyArgs, renderIamPolicy } from '../../src/core/iam-policy/command';
import { permissionsPolicy } from '../../src/core/iam-policy/permissions';
import type { IamPolicyRequest, PolicyDocument } from '../../src/core/iam-policy/request';
import { trustPolicy } from '../../src/core/iam-policy/trust';
import type { AwsEmulator } from '../fixtures/emulator';
import { BUNDLE, NODE24, runProcess } from '../fixtures/github-runner';
import { TestStack } from '../fixtures/stack';
import { addRoleFromTrustPolicy } from '../fixtures/trust-policy';

const BASE = ['--repository', 'team/api', '--account-id', '012345678901', '--aws-region', 'eu-west-1'];
const GITHUB = [...BASE, '--repo', 'octo-org/octo-repo'];
const ORG = '6f2c1a0e-1111-4222-8333-444455556666';
const PROJECT = '0b8c7d6e-aaaa-4bbb-8ccc-ddddeeeeffff';

const request = (...args: string[]): IamPolicyRequest => parseIamPolicyArgs(args, {}).request;
/** Every action the permissions policy allows, over all its statements. */
const allowed = (doc: PolicyDocument): string[] => [...new Set(doc.Statement.flatMap((s) => [s.Action].flat() as string[]))].sort();
const ecrAllowed = (doc: PolicyDocument) => allowed(doc).filter((a) => a.startsWith('ecr:'));
const inputError = (args: string[]): InputError => {
  try {
    parseIamPolicyArgs(args, {});
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error(`no InputError for ${args.join(' ')}`);
};

// What docker asks of a registry, in IAM terms (AWS documents the registry API ↔ IAM mapping).
const DOCKER_PUSH = ['ecr:BatchCheckLayerAvailability', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:PutImage'];
const DOCKER_PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'];

/** The ECR API operations the sources call: `new [this.sdk.]XxxCommand(` in every file that uses the ECR client. */
function ecrOperationsInCode(): string[] {
  const ops = new Set<string>();
  for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join('src', file), 'utf8');
    if (!text.includes("'@aws-sdk/client-ecr'")) continue;
    for (const m of text.matchAll(/new (?:this\.sdk\.)?(\w+)Command\(/g)) ops.add(`ecr:${m[1]}`);
  }
  return [...ops].sort();
}

/** The registry API request → the IAM action ECR checks for it. */
function registryAction(method: string, path: string): string | undefined {
  const m = /^\/v2\/.+?\/(manifests|blobs\/uploads|blobs|tags\/list)(?:\/|$)/.exec(path);
  switch (m?.[1]) {
    case 'manifests':
      return method === 'PUT' ? 'ecr:PutImage' : 'ecr:BatchGetImage';
    case 'blobs/uploads':
      return method === 'POST' ? 'ecr:InitiateLayerUpload' : method === 'PUT' ? 'ecr:CompleteLayerUpload' : 'ecr:UploadLayerPart';
    case 'blobs':
      return method === 'HEAD' ? 'ecr:BatchCheckLayerAvailability' : 'ecr:GetDownloadUrlForLayer';
    case 'tags/list':
      return 'ecr:ListImages';
    default:
      return undefined;
  }
}

describe('iam-policy: permissions', () => {
  it('allows exactly the ECR operations the code calls plus the registry actions docker needs, with every option on', () => {
    const docker = readFileSync('src/core/docker.ts', 'utf8');
    expect(docker).toContain("['push', ref]"); // docker push → the upload actions
    expect(docker).toContain("'--cache-from'"); // the layer cache: the builder reads (or docker pulls) the previous image
    const called = [...new Set([...ecrOperationsInCode(), ...DOCKER_PUSH, ...DOCKER_PULL])].sort();
    expect(ecrOperationsInCode()).toEqual(expect.arrayContaining(['ecr:GetAuthorizationToken', 'ecr:CreateRepository', 'ecr:PutImage']));

    const everything = permissionsPolicy(
      request(
        ...GITHUB,
        '--create-repository',
        'true',
        '--lifecycle-policy',
        'true',
        '--repository-policy',
        'true',
        '--cache',
        'true',
        '--scan-wait',
        'true',
        '--scan-start',
        'true',
      ),
    );
    expect(ecrAllowed(everything)).toEqual(called);
  });

  it('scopes everything to the repository ARN except GetAuthorizationToken, which AWS only grants on *', () => {
    const doc = permissionsPolicy(request(...GITHUB));
    expect(doc.Version).toBe('2012-10-17');
    expect(doc.Statement).toEqual([
      { Sid: 'EcrLogin', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
      expect.objectContaining({ Effect: 'Allow', Resource: 'arn:aws:ecr:eu-west-1:012345678901:repository/team/api' }),
    ]);
    expect(ecrAllowed(doc)).toEqual([
      'ecr:BatchCheckLayerAvailability',
      'ecr:BatchGetImage',
      'ecr:CompleteLayerUpload',
      'ecr:CreateRepository',
      'ecr:DescribeImages',
      'ecr:DescribeRepositories',
      'ecr:GetAuthorizationToken',
      'ecr:GetDownloadUrlForLayer',
      'ecr:InitiateLayerUpload',
      'ecr:PutImage',
      'ecr:UploadLayerPart',
    ]);
    expect(JSON.stringify(doc)).not.toMatch(/"ecr:\*"|"Resource":"\*".*"Resource":"\*"/);
  });

  it('adds an action only with the option that makes the code call it', () => {
    const base = ecrAllowed(permissionsPolicy(request(...GITHUB)));
    const diff = (...flags: string[]) => {
      const set = ecrAllowed(permissionsPolicy(request(...GITHUB, ...flags)));
      return { added: set.filter((a) => !base.includes(a)), removed: base.filter((a) => !set.includes(a)) };
    };
    expect(diff('--create-repository', 'false')).toEqual({ added: [], removed: ['ecr:CreateRepository'] });
    expect(diff('--lifecycle-policy', 'lifecycle.json')).toEqual({ added: ['ecr:PutLifecyclePolicy'], removed: [] });
    expect(diff('--repository-policy', 'true')).toEqual({ added: ['ecr:SetRepositoryPolicy'], removed: [] });
    expect(diff('--lifecycle-policy', 'false')).toEqual({ added: [], removed: [] });
    // The layer cache (on by default) finds the previous image and reads it.
    expect(diff('--cache', 'false')).toEqual({ added: [], removed: ['ecr:DescribeImages', 'ecr:GetDownloadUrlForLayer'] });
    expect(diff('--cache', 'true')).toEqual({ added: [], removed: [] });
    expect(diff('--scan-wait', 'true')).toEqual({ added: ['ecr:DescribeImageScanFindings'], removed: [] });
    expect(diff('--scan-wait', 'true', '--scan-start', 'true')).toEqual({ added: ['ecr:DescribeImageScanFindings', 'ecr:StartImageScan'], removed: [] });
    // A build-only run still reads the cache; it never writes anything.
    expect(diff('--push', 'false')).toEqual({
      added: [],
      removed: ['ecr:CompleteLayerUpload', 'ecr:CreateRepository', 'ecr:InitiateLayerUpload', 'ecr:PutImage', 'ecr:UploadLayerPart'],
    });
    // push: false without the cache only looks the repository and the SHA tag up (and logs in for the registry host).
    expect(diff('--push', 'false', '--cache', 'false')).toEqual({
      added: [],
      removed: [
        'ecr:BatchCheckLayerAvailability',
        'ecr:CompleteLayerUpload',
        'ecr:CreateRepository',
        'ecr:DescribeImages',
        'ecr:GetDownloadUrlForLayer',
        'ecr:InitiateLayerUpload',
        'ecr:PutImage',
        'ecr:UploadLayerPart',
      ],
    });
    expect(
      ecrAllowed(permissionsPolicy(request(...GITHUB, '--push', 'false', '--cache', 'false', '--lifecycle-policy', 'x.json', '--repository-policy', 'y.json'))),
    ).toEqual(['ecr:BatchGetImage', 'ecr:DescribeRepositories', 'ecr:GetAuthorizationToken']);
  });

  it('--mode merge: the reads of the parts and their configs and PutImage, no login, no upload, whatever the build flags; --mode part: as a delivery', () => {
    const merge = permissionsPolicy(request(...GITHUB, '--mode', 'merge'));
    expect(merge.Statement).toEqual([
      {
        Sid: 'EcrMerge',
        Effect: 'Allow',
        Action: ['ecr:BatchGetImage', 'ecr:DescribeRepositories', 'ecr:GetDownloadUrlForLayer', 'ecr:PutImage'],
        Resource: 'arn:aws:ecr:eu-west-1:012345678901:repository/team/api',
      },
    ]);
    expect(permissionsPolicy(request(...GITHUB, '--mode', 'merge', '--cache', 'true', '--push', 'true', '--pull-registries', '111122223333'))).toEqual(merge);
    expect(ecrAllowed(permissionsPolicy(request(...GITHUB, '--mode', 'merge', '--scan-wait', 'true', '--scan-start', 'true')))).toEqual([
      'ecr:BatchGetImage',
      'ecr:DescribeImageScanFindings',
      'ecr:DescribeRepositories',
      'ecr:GetDownloadUrlForLayer',
      'ecr:PutImage',
      'ecr:StartImageScan',
    ]);
    expect(permissionsPolicy(request(...GITHUB, '--mode', 'part'))).toEqual(permissionsPolicy(request(...GITHUB)));
    expect(inputError([...GITHUB, '--mode', 'login']).message).toBe('mode: "login" is not one of deliver, part, merge');
    expect(inputError([...GITHUB, '--mode', 'merge', '--registry-type', 'public']).message).toBe(
      'mode: "merge" works with private ECR only: ECR Public\'s API cannot read a part\'s config',
    );
  });

  it('uses the registry account for cross-account pushes, the partition of the region, and KMS grants only for KMS repositories', () => {
    const cross = permissionsPolicy(request(...GITHUB, '--registry-id', '000011112222'));
    expect(cross.Statement[1].Resource).toBe('arn:aws:ecr:eu-west-1:000011112222:repository/team/api');
    const china = request('--repository', 'api', '--account-id', '012345678901', '--aws-region', 'cn-north-1', '--repo', 'o/r');
    expect(permissionsPolicy(china).Statement[1].Resource).toBe('arn:aws-cn:ecr:cn-north-1:012345678901:repository/api');
    expect(trustPolicy(china)!.Statement[0].Principal).toEqual({ Federated: 'arn:aws-cn:iam::012345678901:oidc-provider/token.actions.githubusercontent.com' });

    expect(allowed(permissionsPolicy(request(...GITHUB))).some((a) => a.startsWith('kms:'))).toBe(false);
    const key = 'arn:aws:kms:eu-west-1:012345678901:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const kms = permissionsPolicy(request(...GITHUB, '--encryption-type', 'KMS', '--kms-key', key));
    expect(kms.Statement.slice(2).map((s) => [s.Action, s.Resource])).toEqual([
      ['kms:CreateGrant', key],
      [['kms:DescribeKey', 'kms:RetireGrant'], key],
    ]);
    expect(permissionsPolicy(request(...GITHUB, '--encryption-type', 'kms')).Statement[2].Resource).toBe('arn:aws:kms:eu-west-1:012345678901:key/*');
    expect(permissionsPolicy(request(...GITHUB, '--encryption-type', 'KMS', '--create-repository', 'false')).Statement).toHaveLength(2);
  });
});

describe('iam-policy: trust', () => {
  const github = (...flags: string[]) => trustPolicy(request(...GITHUB, ...flags))!.Statement[0];

  it('GitHub: the GitHub OIDC provider, aud and sub pinned with StringEquals', () => {
    expect(github()).toEqual({
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::012345678901:oidc-provider/token.actions.githubusercontent.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:ref:refs/heads/main',
        },
      },
    });
  });

  it('GitHub: branch, environment, immutable ids, custom audience, branch patterns', () => {
    const cond = (...flags: string[]) => github(...flags).Condition as Record<string, Record<string, string>>;
    expect(cond('--branch', 'release').StringEquals['token.actions.githubusercontent.com:sub']).toBe('repo:octo-org/octo-repo:ref:refs/heads/release');
    expect(cond('--branch', 'refs/heads/dev').StringEquals['token.actions.githubusercontent.com:sub']).toBe('repo:octo-org/octo-repo:ref:refs/heads/dev');
    expect(cond('--environment', 'production').StringEquals['token.actions.githubusercontent.com:sub']).toBe('repo:octo-org/octo-repo:environment:production');
    expect(cond('--pull-request', 'true').StringEquals['token.actions.githubusercontent.com:sub']).toBe('repo:octo-org/octo-repo:pull_request');
    expect(cond('--tag', 'refs/tags/v1.0.0').StringEquals['token.actions.githubusercontent.com:sub']).toBe('repo:octo-org/octo-repo:ref:refs/tags/v1.0.0');
    expect(cond('--tag', 'v*').StringLike['token.actions.githubusercontent.com:sub']).toBe('repo:octo-org/octo-repo:ref:refs/tags/v*');
    expect(cond('--audience', 'my-aud').StringEquals['token.actions.githubusercontent.com:aud']).toBe('my-aud');
    const ids = trustPolicy(request(...BASE, '--repo', 'octo-org@123456/octo-repo@456789'))!.Statement[0].Condition as Record<string, Record<string, string>>;
    expect(ids.StringEquals['token.actions.githubusercontent.com:sub']).toBe('repo:octo-org@123456/octo-repo@456789:ref:refs/heads/main');
    expect(cond('--branch', 'release/*')).toEqual({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:ref:refs/heads/release/*' },
    });
  });

  it('CircleCI: the org provider, aud = org id, sub = org/ORG/project/PROJECT/user/* (StringLike)', () => {
    const statement = (...flags: string[]) => trustPolicy(request(...BASE, '--org-id', ORG, ...flags))!.Statement[0];
    const issuer = `oidc.circleci.com/org/${ORG}`;
    expect(statement('--project-id', PROJECT)).toEqual({
      Effect: 'Allow',
      Principal: { Federated: `arn:aws:iam::012345678901:oidc-provider/${issuer}` },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { [`${issuer}:aud`]: ORG },
        StringLike: { [`${issuer}:sub`]: `org/${ORG}/project/${PROJECT}/user/*` },
      },
    });
    expect(request(...BASE, '--provider', 'circleci', '--org-id', ORG, '--project-id', PROJECT).provider).toBe('circleci');
  });

  it('provider none prints the permissions policy only', () => {
    const out = JSON.parse(renderIamPolicy(request(...BASE, '--provider', 'none')));
    expect(Object.keys(out)).toEqual(['permissionsPolicy']);
  });

  it('prints JSON that parses: both documents, or one with --only', () => {
    const both = JSON.parse(renderIamPolicy(request(...GITHUB)));
    expect(Object.keys(both)).toEqual(['permissionsPolicy', 'trustPolicy']);
    const { request: r, only } = parseIamPolicyArgs([...GITHUB, '--only', 'trust'], {});
    expect(JSON.parse(renderIamPolicy(r, only))).toEqual(both.trustPolicy);
    expect(JSON.parse(renderIamPolicy(r, 'permissions'))).toEqual(both.permissionsPolicy);
  });

  it('takes the region from AWS_REGION when --aws-region is absent', () => {
    const r = parseIamPolicyArgs(['--repository', 'api', '--account-id', '012345678901', '--repo', 'o/r'], { AWS_REGION: 'ap-south-1' }).request;
    expect(r.region).toBe('ap-south-1');
  });
});

describe('iam-policy: bad input names the flag, the value and the rule', () => {
  const cases: [string[], string, RegExp][] = [
    [['--account-id', '012345678901', '--aws-region', 'eu-west-1', '--repo', 'o/r'], 'repository', /is required/],
    [
      ['--repository', 'Team/API', '--account-id', '012345678901', '--aws-region', 'eu-west-1', '--repo', 'o/r'],
      'repository',
      /not a valid ECR repository name/,
    ],
    [['--repository', 'api', '--account-id', '12345', '--aws-region', 'eu-west-1', '--repo', 'o/r'], 'account-id', /12 digits/],
    [['--repository', 'api', '--account-id', '012345678901', '--repo', 'o/r'], 'aws-region', /is required/],
    [['--repository', 'api', '--account-id', '012345678901', '--aws-region', 'Europe', '--repo', 'o/r'], 'aws-region', /region/],
    [[...BASE], 'provider', /is required/],
    [[...BASE, '--provider', 'gitlab'], 'provider', /github, circleci, none/],
    [[...BASE, '--repo', 'not a repo'], 'repo', /GitHub repository/],
    [[...BASE, '--repo', 'octo@1/repo'], 'repo', /immutable ids/],
    [[...BASE, '--repo', 'o/r', '--branch', 'a..b'], 'branch', /branch name/],
    [[...BASE, '--repo', 'o/r', '--branch', 'dev', '--environment', 'prod'], 'branch', /cannot be combined with --environment/],
    [[...BASE, '--repo', 'o/r', '--tag', 'v1', '--branch', 'main'], 'tag', /cannot be combined with --branch/],
    [[...BASE, '--repo', 'o/r', '--pull-request', 'true', '--branch', 'main'], 'pull-request', /cannot be combined/],
    [[...BASE, '--repo', 'o/r', '--org-id', ORG], 'org-id', /does not apply to --provider github/],
    [[...BASE, '--org-id', 'acme'], 'org-id', /UUID/],
    [[...BASE, '--org-id', ORG, '--project-id', 'web'], 'project-id', /UUID/],
    [[...BASE, '--provider', 'circleci'], 'org-id', /is required/],
    [[...BASE, '--org-id', ORG], 'project-id', /is required/],
    [[...GITHUB, '--push', 'maybe'], 'push', /boolean/],
    [[...GITHUB, '--registry-id', '42'], 'registry-id', /12 digits/],
    [[...GITHUB, '--kms-key', 'alias/x'], 'kms-key', /KMS key/],
    [[...GITHUB, '--only', 'both'], 'only', /permissions, trust/],
  ];
  it.each(cases.map(([args, option, rule]) => [option, rule, args] as const))('%s %s (case %#)', (option, rule, args) => {
    const err = inputError([...args]);
    expect(err.option).toBe(option);
    expect(err.message).toMatch(rule);
    expect(err.message).not.toContain('\n');
  });
});

describe('iam-policy: the actions a real delivery performs (built CLI, emulator, docker)', () => {
  let emulator: AwsEmulator;
  let dir: string;
  const stack = new TestStack();
  const KEY = 'AKIAIAMPOLICYTEST001';
  const SECRET = 'iam-policy-test-secret';

  beforeAll(async () => {
    ({ emulator } = await stack.start());
    emulator.addStaticKey(KEY, SECRET);
    dir = stack.tempDir('iam-policy-test-');
    writeFileSync(
      join(dir, 'lifecycle.json'),
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
    writeFileSync(
      join(dir, 'policy.json'),
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'pull', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: ['ecr:BatchGetImage'] }],
      }),
    );
  });
  afterAll(() => stack.stop());

  const env = () => ({
    PATH: process.env.PATH,
    HOME: dir,
    DOCKER_CONFIG: join(dir, 'docker'),
    ...emulator.clientEnv(),
    AWS_ACCESS_KEY_ID: KEY,
    AWS_SECRET_ACCESS_KEY: SECRET,
  });

  const LAYER_READS = ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer'];

  /** Delivers with `flags`, then asks `iam-policy` with the same flags; returns what was used and what is allowed. */
  async function deliverAndCompare(flags: string[], sha = randomBytes(20).toString('hex'), buildContext = () => stack.freshContext()) {
    emulator.reset();
    // A new image each time, so docker really uploads; a merge builds nothing.
    const context = flags.includes('merge') ? [] : ['--context', buildContext()];
    const result = await runProcess(NODE24, [BUNDLE, ...context, '--commit-sha', sha, ...flags], env());
    expect({ code: result.code, stderr: result.code ? result.stderr : '' }).toEqual({ code: 0, stderr: '' });
    // IAM authorises a call before ECR answers it, so a RepositoryNotFound answer still needed the action.
    const used = new Set<string>(emulator.calls.filter((c) => c.service === 'ecr').map((c) => `ecr:${c.operation}`));
    for (const r of emulator.registryRequests) {
      const action = registryAction(r.method, r.path);
      if (action && r.status !== 401) used.add(action); // 401: docker's anonymous probe before it sends credentials
    }
    // Delivery flags that change no permission, so iam-policy has no such flag.
    const noPolicy = ['--tags', '--skip-existing', '--scan-on-push', '--platform'];
    const policyFlags = flags.filter((f, i) => !noPolicy.includes(f) && !noPolicy.includes(flags[i - 1]));
    const printed = await runProcess(NODE24, [BUNDLE, 'iam-policy', '--account-id', emulator.accountId, '--provider', 'none', ...policyFlags], env());
    expect(printed.code).toBe(0);
    const policy = JSON.parse(printed.stdout).permissionsPolicy as PolicyDocument;
    const granted = ecrAllowed(policy);
    return { used: [...used].sort(), granted, unused: granted.filter((a) => !used.has(a)), missing: [...used].filter((a) => !granted.includes(a)) };
  }

  it('default options on a new repository: every action used is granted, nothing granted goes unused but the layer check', async () => {
    const r = await deliverAndCompare(['--repository', 'iam/app', '--tags', 'latest']);
    expect(r.missing).toEqual([]);
    expect(r.used).toEqual(expect.arrayContaining(['ecr:CreateRepository', 'ecr:GetAuthorizationToken', 'ecr:InitiateLayerUpload', 'ecr:PutImage']));
    // Docker only HEADs a blob it may already have pushed somewhere; a fresh push can skip the check.
    // The layer cache downloads layers only when the repository has an image this runner lacks.
    expect(r.used).toContain('ecr:DescribeImages');
    expect(r.unused.filter((a) => !LAYER_READS.includes(a))).toEqual([]);
  });

  it('push: false, cache: false on a missing repository: exactly the look-ups', async () => {
    const r = await deliverAndCompare(['--repository', 'iam/pr-build', '--push', 'false', '--cache', 'false']);
    expect(r.used).toEqual(['ecr:BatchGetImage', 'ecr:DescribeRepositories', 'ecr:GetAuthorizationToken']);
    expect(r.granted).toEqual(r.used);
  });

  it('existing repository, create-repository false, lifecycle and repository policy files', async () => {
    const r = await deliverAndCompare([
      '--repository',
      'iam/app',
      '--create-repository',
      'false',
      '--lifecycle-policy',
      join(dir, 'lifecycle.json'),
      '--repository-policy',
      join(dir, 'policy.json'),
    ]);
    expect(r.missing).toEqual([]);
    expect(r.used).toEqual(expect.arrayContaining(['ecr:PutLifecyclePolicy', 'ecr:SetRepositoryPolicy']));
    expect(r.granted).not.toContain('ecr:CreateRepository');
    expect(r.unused.filter((a) => !LAYER_READS.includes(a))).toEqual([]);
  });

  it('scan-wait with scan-start on a repository that does not scan on push: DescribeImageScanFindings and StartImageScan, both granted', async () => {
    const r = await deliverAndCompare(['--repository', 'iam/scanned', '--scan-on-push', 'false', '--scan-wait', 'true', '--scan-start', 'true']);
    expect(r.missing).toEqual([]);
    expect(r.used).toEqual(expect.arrayContaining(['ecr:DescribeImageScanFindings', 'ecr:StartImageScan']));
    expect(r.unused.filter((a) => !LAYER_READS.includes(a))).toEqual([]);
  });

  it("multi-arch: each part as a delivery (the first on the daemon's own platform, the second named); the merge of them uses exactly what `--mode merge` grants", async () => {
    const sha = randomBytes(20).toString('hex');
    const own = (await runProcess('docker', ['version', '--format', '{{.Server.Os}}/{{.Server.Arch}}'], env())).stdout.trim();
    const other = own === 'linux/arm64' ? 'linux/amd64' : 'linux/arm64';
    // Nothing in common between the two parts: this daemon's classic builder would take a cached
    // step of the other platform's build, and with it that platform (the merge refuses such a part).
    const ownContext = () => {
      const dir = stack.tempDir('part-');
      writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY marker /marker\n');
      writeFileSync(join(dir, 'marker'), randomBytes(16).toString('hex'));
      return dir;
    };
    for (const platform of [[], ['--platform', other]]) {
      const part = await deliverAndCompare(['--repository', 'iam/multi', '--mode', 'part', ...platform], sha, ownContext);
      expect(part.missing).toEqual([]);
      expect(part.unused.filter((a) => !LAYER_READS.includes(a) && a !== 'ecr:DescribeImages' && a !== 'ecr:CreateRepository')).toEqual([]);
    }
    const merge = await deliverAndCompare(['--repository', 'iam/multi', '--mode', 'merge', '--platform', `${own},${other}`, '--tags', 'latest'], sha);
    expect(merge.used).toEqual(['ecr:BatchGetImage', 'ecr:DescribeRepositories', 'ecr:GetDownloadUrlForLayer', 'ecr:PutImage']);
    expect(merge.granted).toEqual(merge.used);
    expect(emulator.registryRequests).toEqual([]);
  });

  /** Assume `roleArn` with a token carrying `claims`, through the CLI's token-file path; returns the exit code. */
  async function assumeWith(roleArn: string, claims: Record<string, unknown>, issuer: string): Promise<number> {
    const tokenFile = join(dir, `token-${randomBytes(4).toString('hex')}`);
    writeFileSync(tokenFile, emulator.issueToken(claims, { issuer }));
    const { AWS_ACCESS_KEY_ID: _k, AWS_SECRET_ACCESS_KEY: _s, ...noKeys } = env();
    const r = await runProcess(NODE24, [BUNDLE, 'login', '--role-to-assume', roleArn, '--web-identity-token-file', tokenFile], noKeys);
    return r.code;
  }

  it('the GitHub trust policy admits the token of the pinned repository and branch, and no other', async () => {
    const role = 'arn:aws:iam::123456789012:role/from-iam-policy-github';
    await addRoleFromTrustPolicy(emulator, role, ['--repo', 'octo-org/octo-repo', '--branch', 'main'], env());
    const claims = (sub: string, aud = 'sts.amazonaws.com') => ({ sub, aud, repository: 'octo-org/octo-repo' });
    expect(await assumeWith(role, claims('repo:octo-org/octo-repo:ref:refs/heads/main'), emulator.githubIssuer)).toBe(0);
    expect(await assumeWith(role, claims('repo:octo-org/octo-repo:ref:refs/heads/feature'), emulator.githubIssuer)).toBe(1);
    expect(await assumeWith(role, claims('repo:octo-org/octo-repo:pull_request'), emulator.githubIssuer)).toBe(1);
    expect(await assumeWith(role, claims('repo:octo-org/octo-repo:ref:refs/heads/main', 'other'), emulator.githubIssuer)).toBe(1);
    const prRole = `${role}-pr`;
    await addRoleFromTrustPolicy(emulator, prRole, ['--repo', 'octo-org/octo-repo', '--pull-request', 'true', '--push', 'false'], env());
    expect(await assumeWith(prRole, claims('repo:octo-org/octo-repo:pull_request'), emulator.githubIssuer)).toBe(0);
    expect(await assumeWith(prRole, claims('repo:octo-org/octo-repo:ref:refs/heads/main'), emulator.githubIssuer)).toBe(1);
    const releaseRole = `${role}-release`;
    await addRoleFromTrustPolicy(emulator, releaseRole, ['--repo', 'octo-org/octo-repo', '--tag', 'v*'], env());
    expect(await assumeWith(releaseRole, claims('repo:octo-org/octo-repo:ref:refs/tags/v1.2.3'), emulator.githubIssuer)).toBe(0);
    expect(await assumeWith(releaseRole, claims('repo:octo-org/octo-repo:ref:refs/heads/main'), emulator.githubIssuer)).toBe(1);
  });

  it('the CircleCI trust policy admits the org (and project) it pins, for any user, and no other', async () => {
    const role = 'arn:aws:iam::123456789012:role/from-iam-policy-circleci';
    await addRoleFromTrustPolicy(emulator, role, ['--org-id', ORG, '--project-id', PROJECT], env());
    const sub = (org: string, project: string) => `org/${org}/project/${project}/user/9a8b7c6d-0000-4000-8000-000000000001`;
    expect(await assumeWith(role, { sub: sub(ORG, PROJECT), aud: ORG }, emulator.circleciIssuer)).toBe(0);
    expect(await assumeWith(role, { sub: sub(ORG, '11111111-2222-4333-8444-555555555555'), aud: ORG }, emulator.circleciIssuer)).toBe(1);
    expect(await assumeWith(role, { sub: sub(ORG, PROJECT), aud: 'sts.amazonaws.com' }, emulator.circleciIssuer)).toBe(1);
  });
});
