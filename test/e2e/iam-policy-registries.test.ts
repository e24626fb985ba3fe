/**
 * Least privilege, end to end: for each new option, deliver with the built CLI against
 * the emulator (several registry ids, a pull-through cache rule, ECR Public), record every API call
 * and registry request as an (IAM action, resource ARN) pair, and check that the policy
 * `iam-policy` prints for the same options allows exactly those: nothing used is denied, nothing
 * granted goes unused (docker's optional layer-existence HEAD aside). Trust-policy points are
 * checked by assuming a role built from the printed trust policy.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreatePullThroughCacheRuleCommand, CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { InputError } from '../../src/core/errors';
import { parseIamPolicyArgs } from '../../src/core/iam-policy/command';
import { permissionsPolicy } from '../../src/core/iam-policy/permissions';
import type { PolicyDocument } from '../../src/core/iam-policy/request';
import { trustPolicy } from '../../src/core/iam-policy/trust';
import { AwsEmulator } from '../fixtures/emulator';
import { BUNDLE, NODE24, runProcess } from '../fixtures/github-runner';
import { type Registry, runCommand, startRegistry } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';
import { addRoleFromTrustPolicy, iamGlob } from '../fixtures/trust-policy';

const KEY = 'AKIAIAMREGISTRIES001';
const SECRET = 'iam-registries-secret';
const PEER_ID = '210987654321';
const ORG = '6f2c1a0e-1111-4222-8333-444455556666';
const PROJECT = '0b8c7d6e-aaaa-4bbb-8ccc-ddddeeeeffff';
const stack = new TestStack();
let emulator: AwsEmulator;
let peer: AwsEmulator;
let publicStore: AwsEmulator;
let upstream: Registry;
const extra: Registry[] = [];
let dir: string;

type Pair = { action: string; resource: string };

const env = (more: NodeJS.ProcessEnv = {}) => ({
  PATH: process.env.PATH,
  HOME: dir,
  DOCKER_CONFIG: join(dir, `docker-${randomBytes(3).toString('hex')}`),
  ...emulator.clientEnv(),
  AWS_ENDPOINT_URL_ECR_PUBLIC: emulator.url,
  AWS_ACCESS_KEY_ID: KEY,
  AWS_SECRET_ACCESS_KEY: SECRET,
  ...more,
});
const testDocker = (args: string[], input?: string) =>
  runCommand('docker', args, { env: { ...process.env, DOCKER_CONFIG: join(dir, 'test-docker') }, input, timeoutMs: 180_000 });
const ecrClient = () => new ECRClient({ region: emulator.region, endpoint: emulator.url, credentials: { accessKeyId: KEY, secretAccessKey: SECRET } });

async function publish(ref: string, reg: Registry, host: string): Promise<void> {
  expect((await testDocker(['login', '-u', reg.user, '--password-stdin', host], reg.password)).code).toBe(0);
  expect((await testDocker(['build', '-q', '-t', ref, stack.freshContext()])).code).toBe(0);
  expect((await testDocker(['push', ref])).code).toBe(0);
  await testDocker(['rmi', ref]);
}

function contextFrom(base: string): string {
  const ctx = stack.tempDir('ctx-from-');
  copyFileSync('/bin/busybox', join(ctx, 'busybox'));
  writeFileSync(join(ctx, 'Dockerfile'), `FROM ${base}\nRUN ["/bin/busybox", "sh", "-c", "echo ${randomUUID()} > /app"]\n`);
  return ctx;
}

/** The registry API request → the IAM action it needs (private ECR; ECR Public pulls need none). */
function registryAction(method: string, path: string, service: 'ecr' | 'ecr-public'): { action: string; repository: string } | undefined {
  const m = /^\/v2\/(.+?)\/(manifests|blobs\/uploads|blobs|tags\/list)(?:\/|$)/.exec(path);
  if (!m) return undefined;
  let action: string | undefined;
  switch (m[2]) {
    case 'manifests':
      action = method === 'PUT' ? 'PutImage' : service === 'ecr' ? 'BatchGetImage' : undefined;
      break;
    case 'blobs/uploads':
      action = method === 'POST' ? 'InitiateLayerUpload' : method === 'PUT' ? 'CompleteLayerUpload' : 'UploadLayerPart';
      break;
    case 'blobs':
      action = method === 'HEAD' ? 'BatchCheckLayerAvailability' : service === 'ecr' ? 'GetDownloadUrlForLayer' : undefined;
      break;
    default:
      action = 'ListImages';
  }
  return action ? { action: `${service}:${action}`, repository: m[1] } : undefined;
}

/** Everything the delivery asked of AWS, as IAM (action, resource) pairs. */
function usedPairs(): Pair[] {
  const pairs: Pair[] = [];
  const arn = (registryId: string, name: string) => `arn:aws:ecr:${emulator.region}:${registryId}:repository/${name}`;
  for (const c of emulator.calls) {
    const name = c.params?.repositoryName ?? c.params?.repositoryNames?.[0];
    if (c.service === 'ecr') {
      pairs.push({
        action: `ecr:${c.operation}`,
        resource: c.operation === 'GetAuthorizationToken' ? '*' : arn(c.params.registryId ?? emulator.accountId, name),
      });
    } else if (c.service === 'ecr-public') {
      const global = ['GetAuthorizationToken', 'DescribeRegistries'].includes(c.operation);
      pairs.push({ action: `ecr-public:${c.operation}`, resource: global ? '*' : `arn:aws:ecr-public::${emulator.accountId}:repository/${name}` });
      // AWS documents that ECR Public's token also needs an STS bearer token, asked for by the service.
      if (c.operation === 'GetAuthorizationToken') pairs.push({ action: 'sts:GetServiceBearerToken', resource: '*' });
    }
  }
  const fronts: Array<[AwsEmulator, string, 'ecr' | 'ecr-public']> = [
    [emulator, emulator.accountId, 'ecr'],
    [peer, PEER_ID, 'ecr'],
    [publicStore, emulator.accountId, 'ecr-public'],
  ];
  for (const [front, registryId, service] of fronts) {
    for (const r of front.registryRequests) {
      const a = r.status !== 401 ? registryAction(r.method, r.path, service) : undefined; // 401: docker's anonymous probe
      if (!a) continue;
      const resource =
        service === 'ecr' ? arn(registryId, a.repository) : `arn:aws:ecr-public::${registryId}:repository/${a.repository.split('/').slice(1).join('/')}`;
      pairs.push({ action: a.action, resource });
    }
  }
  const seen = new Set<string>();
  return pairs.filter((p) => !seen.has(`${p.action} ${p.resource}`) && seen.add(`${p.action} ${p.resource}`));
}

const statementsOf = (doc: PolicyDocument) =>
  doc.Statement.map((s) => ({ actions: [s.Action].flat() as string[], resources: [s.Resource].flat() as string[] }));
const allows = (doc: PolicyDocument, p: Pair) =>
  statementsOf(doc).some((s) => s.actions.includes(p.action) && s.resources.some((r) => iamGlob(r).test(p.resource)));

/** Delivers with `flags`, prints the policy for `policyFlags`; returns the used pairs denied and the granted (action, resource) grants never used. */
async function deliverAndCompare(flags: string[], policyFlags: string[]) {
  emulator.reset();
  peer.reset();
  publicStore.reset();
  const r = await runProcess(NODE24, [BUNDLE, '--commit-sha', randomBytes(20).toString('hex'), ...flags], env());
  expect({ code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ code: 0, stderr: '' });
  const used = usedPairs();
  const printed = await runProcess(NODE24, [BUNDLE, 'iam-policy', '--account-id', emulator.accountId, '--provider', 'none', ...policyFlags], env());
  expect(printed.code).toBe(0);
  const policy = JSON.parse(printed.stdout).permissionsPolicy as PolicyDocument;
  const denied = used.filter((p) => !allows(policy, p));
  const unused = statementsOf(policy).flatMap((s) =>
    s.actions.flatMap((action) =>
      s.resources.filter((resource) => !used.some((p) => p.action === action && iamGlob(resource).test(p.resource))).map((resource) => `${action} ${resource}`),
    ),
  );
  return { used, denied, unused, policy, notes: printed.stderr };
}

/** Docker only HEADs a blob it may already have pushed somewhere: a fresh push can skip it. */
const optionalHeads = (unused: string[]) => unused.filter((u) => !/:BatchCheckLayerAvailability /.test(u));
/** The layer cache downloads from the target repository only when it holds an image to reuse. */
const withoutCacheReads = (unused: string[], repo: string) =>
  unused.filter((u) => u !== `ecr:GetDownloadUrlForLayer arn:aws:ecr:${emulator.region}:${emulator.accountId}:repository/${repo}`);

beforeAll(async () => {
  ({ emulator } = await stack.start());
  dir = stack.tempDir('iam-registries-');
  emulator.addStaticKey(KEY, SECRET);
  const [peerRegistry, up, pub] = await Promise.all([startRegistry(), startRegistry(), startRegistry()]);
  extra.push(peerRegistry, up, pub);
  upstream = up;
  peer = new AwsEmulator({ registry: peerRegistry, accountId: PEER_ID });
  publicStore = new AwsEmulator({ registry: pub });
  await Promise.all([peer.start(), publicStore.start()]);
  emulator.addRegistryId(peer);
  emulator.addUpstreamRegistry(upstream);
  emulator.enablePublic(publicStore, 'e2e-alias');
  const ecr = ecrClient();
  await ecr.send(new CreateRepositoryCommand({ registryId: PEER_ID, repositoryName: 'base/os' }));
  await ecr.send(new CreatePullThroughCacheRuleCommand({ ecrRepositoryPrefix: 'hub', upstreamRegistryUrl: upstream.host }));
  ecr.destroy();
  await publish(`${peer.registryFrontHost}/base/os:1`, peerRegistry, peer.registryFrontHost);
});

afterAll(async () => {
  await Promise.all([peer?.stop(), publicStore?.stop()]);
  await Promise.all(extra.map((r) => r.stop()));
  await stack.stop();
});

describe('iam-policy: the printed policy allows exactly what a delivery with the same options did', () => {
  it('--pull-registries with --pull-repositories: pull on exactly those repositories of the pull registry', async () => {
    const base = `${peer.registryFrontHost}/base/os:1`;
    const r = await deliverAndCompare(
      ['--repository', 'iam/from-peer', '--context', contextFrom(base), '--pull-registries', PEER_ID],
      ['--repository', 'iam/from-peer', '--pull-registries', PEER_ID, '--pull-repositories', 'base/os'],
    );
    expect(r.denied).toEqual([]);
    expect(withoutCacheReads(optionalHeads(r.unused), 'iam/from-peer')).toEqual([]);
    expect(r.used).toEqual(
      expect.arrayContaining([
        { action: 'ecr:BatchGetImage', resource: `arn:aws:ecr:${emulator.region}:${PEER_ID}:repository/base/os` },
        { action: 'ecr:GetDownloadUrlForLayer', resource: `arn:aws:ecr:${emulator.region}:${PEER_ID}:repository/base/os` },
      ]),
    );
    expect(r.notes).toBe('');
  });

  it('--pull-registries alone: every repository of that account, and the output says so', async () => {
    const printed = await runProcess(
      NODE24,
      [
        BUNDLE,
        'iam-policy',
        '--account-id',
        emulator.accountId,
        '--provider',
        'none',
        '--repository',
        'a/b',
        '--aws-region',
        'eu-west-1',
        '--pull-registries',
        `${PEER_ID},${PEER_ID}@us-west-2`,
      ],
      env(),
    );
    expect(printed.stderr).toBe(
      `note: --pull-repositories not given: the role may pull every repository of ${PEER_ID}, ${PEER_ID}; pass name patterns to narrow it\n`,
    );
    const pull = (JSON.parse(printed.stdout).permissionsPolicy as PolicyDocument).Statement.find((s) => s.Sid === 'EcrPullBaseImages');
    expect(pull).toEqual({
      Sid: 'EcrPullBaseImages',
      Effect: 'Allow',
      Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
      Resource: [`arn:aws:ecr:eu-west-1:${PEER_ID}:repository/*`, `arn:aws:ecr:us-west-2:${PEER_ID}:repository/*`],
    });
  });

  it("--pull-through: the first pull's CreateRepository and BatchImportUpstreamImage, and the pull, on PREFIX/* only", async () => {
    const name = `library/tool-${randomBytes(3).toString('hex')}`;
    await publish(`${upstream.host}/${name}:1`, upstream, upstream.host);
    const r = await deliverAndCompare(
      ['--repository', 'iam/from-cache', '--context', contextFrom(`${emulator.registryFrontHost}/hub/${name}:1`)],
      ['--repository', 'iam/from-cache', '--pull-through', 'hub'],
    );
    expect(r.denied).toEqual([]);
    expect(withoutCacheReads(optionalHeads(r.unused), 'iam/from-cache')).toEqual([]);
    const cache = `arn:aws:ecr:${emulator.region}:${emulator.accountId}:repository/hub/${name}`;
    expect(r.used).toEqual(
      expect.arrayContaining([
        { action: 'ecr:CreateRepository', resource: cache },
        { action: 'ecr:BatchImportUpstreamImage', resource: cache },
      ]),
    );
  });

  it('--registry-type public: the ECR Public actions (and sts:GetServiceBearerToken), on the public repository', async () => {
    const r = await deliverAndCompare(
      ['--registry-type', 'public', '--repository', 'iam-tool', '--context', stack.freshContext(), '--tags', 'latest'],
      ['--registry-type', 'public', '--repository', 'iam-tool'],
    );
    expect(r.denied).toEqual([]);
    expect(optionalHeads(r.unused)).toEqual([]);
    expect(
      r.policy.Statement.flatMap((s) => [s.Action].flat() as string[]).every((a) => a.startsWith('ecr-public:') || a === 'sts:GetServiceBearerToken'),
    ).toBe(true);
    expect(r.used.map((p) => p.action)).toEqual(
      expect.arrayContaining(['ecr-public:CreateRepository', 'ecr-public:PutImage', 'ecr-public:InitiateLayerUpload']),
    );
  });

  it('--registry-type public, push: false on a missing repository: the look-ups and DescribeRegistries only', async () => {
    const r = await deliverAndCompare(
      ['--registry-type', 'public', '--repository', 'iam-pr', '--context', stack.freshContext(), '--push', 'false'],
      ['--registry-type', 'public', '--repository', 'iam-pr', '--push', 'false'],
    );
    expect(r.denied).toEqual([]);
    expect(r.unused).toEqual([]);
  });
});

describe('iam-policy: trust', () => {
  /** `login` with the token in an environment variable (web-identity-token-env): no file at all. */
  async function assumeWith(roleArn: string, claims: Record<string, unknown>, issuer: string): Promise<number> {
    const token = emulator.issueToken(claims, { issuer });
    const { AWS_ACCESS_KEY_ID: _k, AWS_SECRET_ACCESS_KEY: _s, ...noKeys } = env({ CI_JOB_OIDC: token });
    const r = await runProcess(NODE24, [BUNDLE, 'login', '--role-to-assume', roleArn, '--web-identity-token-env', 'CI_JOB_OIDC'], noKeys);
    return r.code;
  }

  it("CircleCI: --project-id is required; --vcs-ref pins the ref of the V2 token's sub", async () => {
    let err: unknown;
    try {
      parseIamPolicyArgs(['--repository', 'a/b', '--account-id', '012345678901', '--aws-region', 'eu-west-1', '--org-id', ORG], {});
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/^project-id: "" is required: .*every project of the org could deliver/);

    const role = 'arn:aws:iam::123456789012:role/circleci-main-only';
    await addRoleFromTrustPolicy(emulator, role, ['--org-id', ORG, '--project-id', PROJECT, '--vcs-ref', 'refs/heads/main'], env());
    const sub = (project: string, ref: string) =>
      `org/${ORG}/project/${project}/user/9a8b7c6d-0000-4000-8000-000000000001/vcs-origin/github.com/octo-org/octo-repo/vcs-ref/${ref}`;
    expect(await assumeWith(role, { sub: sub(PROJECT, 'refs/heads/main'), aud: ORG }, emulator.circleciIssuer)).toBe(0);
    expect(await assumeWith(role, { sub: sub(PROJECT, 'refs/heads/feature'), aud: ORG }, emulator.circleciIssuer)).toBe(1);
    expect(await assumeWith(role, { sub: sub('11111111-2222-4333-8444-555555555555', 'refs/heads/main'), aud: ORG }, emulator.circleciIssuer)).toBe(1);
    // STS saw the token from the environment variable: the call went out, once per attempt above.
    expect(emulator.calls.filter((c) => c.operation === 'AssumeRoleWithWebIdentity').length).toBeGreaterThanOrEqual(3);
  });

  it('--github-issuer: the GitHub Enterprise Server provider and condition keys', () => {
    const { request } = parseIamPolicyArgs(
      [
        '--repository',
        'a/b',
        '--account-id',
        '012345678901',
        '--aws-region',
        'eu-west-1',
        '--repo',
        'o/r',
        '--github-issuer',
        'https://ghe.example.com/_services/token',
      ],
      {},
    );
    expect(trustPolicy(request)!.Statement[0]).toEqual({
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::012345678901:oidc-provider/ghe.example.com/_services/token' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'ghe.example.com/_services/token:aud': 'sts.amazonaws.com', 'ghe.example.com/_services/token:sub': 'repo:o/r:ref:refs/heads/main' },
      },
    });
  });

  it('KMS: the grants only through ECR in the region, CreateGrant only for an AWS resource', () => {
    const key = 'arn:aws:kms:eu-west-1:012345678901:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const { request } = parseIamPolicyArgs(
      ['--repository', 'a/b', '--account-id', '012345678901', '--aws-region', 'eu-west-1', '--provider', 'none', '--encryption-type', 'KMS', '--kms-key', key],
      {},
    );
    expect(permissionsPolicy(request).Statement.filter((s) => String(s.Sid).startsWith('Kms'))).toEqual([
      {
        Sid: 'KmsGrantForNewRepository',
        Effect: 'Allow',
        Action: 'kms:CreateGrant',
        Resource: key,
        Condition: { StringEquals: { 'kms:ViaService': 'ecr.eu-west-1.amazonaws.com' }, Bool: { 'kms:GrantIsForAWSResource': 'true' } },
      },
      {
        Sid: 'KmsForNewRepository',
        Effect: 'Allow',
        Action: ['kms:DescribeKey', 'kms:RetireGrant'],
        Resource: key,
        Condition: { StringEquals: { 'kms:ViaService': 'ecr.eu-west-1.amazonaws.com' } },
      },
    ]);
  });
});
