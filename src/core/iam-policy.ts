/**
 * `ecr-deliver iam-policy`: the IAM documents a user pastes into AWS to let one CI deliver to one
 * repository. The permissions policy names only the ECR actions the chosen delivery options make
 * the tool (and docker) use, scoped to the repository ARN; the trust policy pins `aud` and `sub`
 * of the CI's OIDC token. Pure: no AWS call, nothing read but the arguments (and AWS_REGION).
 */
import { parseArgs } from 'node:util';
import { partition, resolveRegion } from './context';
import { InputError } from './errors';
import { parseOption } from './options/parse';
import { boolean, check, matches, oneOf, type Rule } from './options/parsers';
import { rules } from './options/rules';
import type { EncryptionType } from './options/table';

export type Provider = 'github' | 'circleci' | 'none';

export interface IamPolicyRequest {
  repository: string;
  region: string;
  /** Account of the role (and of the OIDC provider). */
  accountId: string;
  /** Account that owns the registry, when it is not the role's (cross-account push). */
  registryId?: string;
  provider: Provider;
  audience?: string;
  /** GitHub: `owner/name`, or the immutable form `owner@ID/name@ID`. */
  repo?: string;
  branch?: string;
  /** A git tag (pattern) allowed to deliver: release workflows run on tag pushes. */
  tag?: string;
  environment?: string;
  /** Runs on `pull_request` events, whose `sub` names neither branch nor environment. */
  pullRequest?: boolean;
  /** CircleCI organization and project ids (UUIDs); project `*` = every project of the org. */
  orgId?: string;
  projectId?: string;
  createRepository: boolean;
  lifecyclePolicy: boolean;
  repositoryPolicy: boolean;
  cache: boolean;
  push: boolean;
  encryptionType: EncryptionType;
  kmsKey?: string;
  /** The run reads the scan of the pushed image, and may start one. */
  scanWait?: boolean;
  scanStart?: boolean;
  // Registries beyond the target.
  /** Base-image registries: account ids, each with its region when it is not `region`. */
  pullRegistries?: { id: string; region?: string }[];
  /** Repository name patterns pulled from in those registries (default: every repository, `*`). */
  pullRepositories?: string[];
  /** Pull-through cache prefixes of the target registry the build pulls from. */
  pullThrough?: string[];
  registryType?: 'private' | 'public';
  /** GitHub Enterprise Server's issuer (`HOST/_services/token`); default GitHub.com's. */
  githubIssuer?: string;
  /** CircleCI: the git ref the role is pinned to (its V2 token's `sub` carries it). */
  vcsRef?: string;
}

type Statement = Record<string, unknown>;
export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: Statement[];
}

/** What `docker push` asks of ECR (blob existence check, chunked upload, manifest put). */
export const PUSH_ACTIONS = ['ecr:BatchCheckLayerAvailability', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:PutImage'];
/** What a registry pull asks of ECR (the layer cache's source): manifests and layer downloads. */
export const PULL_ACTIONS = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'];

/**
 * The repository-scoped ECR actions a delivery with these options performs. Mirrors
 * deliver.ts/registry.ts: with `push: false` the tool only looks the repository and the SHA tag up;
 * otherwise it may create the repository, apply the policy files, push, and copy tags by PutImage.
 */
export function repositoryActions(
  r: Pick<IamPolicyRequest, 'createRepository' | 'lifecyclePolicy' | 'repositoryPolicy' | 'cache' | 'push' | 'scanWait' | 'scanStart'>,
): string[] {
  const actions = new Set(['ecr:DescribeRepositories', 'ecr:BatchGetImage']);
  const add = (list: string[]) => {
    for (const a of list) actions.add(a);
  };
  if (r.push) {
    add(PUSH_ACTIONS);
    if (r.createRepository) actions.add('ecr:CreateRepository');
    if (r.lifecyclePolicy) actions.add('ecr:PutLifecyclePolicy');
    if (r.repositoryPolicy) actions.add('ecr:SetRepositoryPolicy');
  }
  // The layer cache: the latest image is found with DescribeImages and read by the
  // builder (or pulled); it is written inside the delivered image, so no extra push.
  if (r.cache) add(['ecr:DescribeImages', ...PULL_ACTIONS]);
  if (r.scanWait) actions.add('ecr:DescribeImageScanFindings');
  if (r.scanWait && r.scanStart) actions.add('ecr:StartImageScan');
  return [...actions].sort();
}

export function repositoryArn(r: Pick<IamPolicyRequest, 'region' | 'accountId' | 'registryId' | 'repository'>): string {
  return `arn:${partition(r.region)}:ecr:${r.region}:${r.registryId ?? r.accountId}:repository/${r.repository}`;
}

export function permissionsPolicy(r: IamPolicyRequest): PolicyDocument {
  if (r.registryType === 'public') return publicPermissionsPolicy(r);
  const statements: Statement[] = [
    // GetAuthorizationToken is not resource-scoped: AWS only accepts `*` for it.
    { Sid: 'EcrLogin', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
    { Sid: 'EcrDeliver', Effect: 'Allow', Action: repositoryActions(r), Resource: repositoryArn(r) },
  ];
  if (r.push && r.createRepository && r.encryptionType === 'KMS') {
    // Creating a KMS-encrypted repository makes ECR describe the key and create grants on it as the caller.
    const key =
      r.kmsKey && /^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(r.kmsKey)
        ? r.kmsKey
        : `arn:${partition(r.region)}:kms:${r.region}:${r.registryId ?? r.accountId}:key/*`;
    // Only through ECR in this region, and (for CreateGrant, the one action the key applies to) only
    // grants for an AWS resource: the role cannot use the key for anything else.
    const viaEcr = { 'kms:ViaService': `ecr.${r.region}.amazonaws.com${partition(r.region) === 'aws-cn' ? '.cn' : ''}` };
    statements.push(
      {
        Sid: 'KmsGrantForNewRepository',
        Effect: 'Allow',
        Action: 'kms:CreateGrant',
        Resource: key,
        Condition: { StringEquals: viaEcr, Bool: { 'kms:GrantIsForAWSResource': 'true' } },
      },
      { Sid: 'KmsForNewRepository', Effect: 'Allow', Action: ['kms:DescribeKey', 'kms:RetireGrant'], Resource: key, Condition: { StringEquals: viaEcr } },
    );
  }
  statements.push(...pullStatements(r));
  return { Version: '2012-10-17', Statement: statements };
}

/** Pull from the base-image registries, and the pull-through cache's first-pull actions. */
function pullStatements(r: IamPolicyRequest): Statement[] {
  const statements: Statement[] = [];
  const patterns = r.pullRepositories?.length ? r.pullRepositories : ['*'];
  const pulls = (r.pullRegistries ?? []).flatMap((g) =>
    patterns.map((pattern) => `arn:${partition(g.region ?? r.region)}:ecr:${g.region ?? r.region}:${g.id}:repository/${pattern}`),
  );
  if (pulls.length)
    statements.push({ Sid: 'EcrPullBaseImages', Effect: 'Allow', Action: PULL_ACTIONS.slice().sort(), Resource: pulls.length === 1 ? pulls[0] : pulls });
  const caches = (r.pullThrough ?? []).map((prefix) => `arn:${partition(r.region)}:ecr:${r.region}:${r.registryId ?? r.accountId}:repository/${prefix}/*`);
  if (caches.length) {
    // ECR creates the cache repository on the first pull, as the caller, and imports the image.
    statements.push({
      Sid: 'EcrPullThroughCache',
      Effect: 'Allow',
      Action: [...PULL_THROUGH_ACTIONS, ...PULL_ACTIONS].sort(),
      Resource: caches.length === 1 ? caches[0] : caches,
    });
  }
  return statements;
}

/** What the role may do beyond the policy's own words, said next to it (stderr of `iam-policy`). */
export function policyNotes(r: IamPolicyRequest): string[] {
  if (!r.pullRegistries?.length || r.pullRepositories?.length) return [];
  return [
    `--pull-repositories not given: the role may pull every repository of ${r.pullRegistries.map((g) => g.id).join(', ')}; pass name patterns to narrow it`,
  ];
}

/** What ECR asks for on the first pull through a pull-through cache rule. */
export const PULL_THROUGH_ACTIONS = ['ecr:BatchImportUpstreamImage', 'ecr:CreateRepository'];

/** ECR Public's login: its token needs an STS bearer token too (AWS documents both as required). */
export const PUBLIC_LOGIN_ACTIONS = ['ecr-public:GetAuthorizationToken', 'sts:GetServiceBearerToken'];
/** What `docker push` asks of ECR Public. */
export const PUBLIC_PUSH_ACTIONS = [
  'ecr-public:BatchCheckLayerAvailability',
  'ecr-public:InitiateLayerUpload',
  'ecr-public:UploadLayerPart',
  'ecr-public:CompleteLayerUpload',
  'ecr-public:PutImage',
];

/**
 * ECR Public: repositories are global (`arn:aws:ecr-public::ACCOUNT:repository/NAME`);
 * pulls need no permission. Mirrors public-registry.ts: tags are read with DescribeImageTags, the
 * registry is described only when no repository named its host (push: false on a missing one).
 */
function publicPermissionsPolicy(r: IamPolicyRequest): PolicyDocument {
  const login = r.push ? PUBLIC_LOGIN_ACTIONS : [...PUBLIC_LOGIN_ACTIONS, 'ecr-public:DescribeRegistries'];
  const actions = new Set(['ecr-public:DescribeRepositories', 'ecr-public:DescribeImageTags']);
  if (r.push) {
    for (const a of PUBLIC_PUSH_ACTIONS) actions.add(a);
    if (r.createRepository) actions.add('ecr-public:CreateRepository');
    if (r.repositoryPolicy) actions.add('ecr-public:SetRepositoryPolicy');
  }
  const name = r.repository.replace(/^public\.ecr\.aws\/[^/]+\//, '');
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'EcrPublicLogin', Effect: 'Allow', Action: login, Resource: '*' },
      {
        Sid: 'EcrPublicDeliver',
        Effect: 'Allow',
        Action: [...actions].sort(),
        Resource: `arn:aws:ecr-public::${r.registryId ?? r.accountId}:repository/${name}`,
      },
      ...pullStatements(r),
    ],
  };
}

export const GITHUB_ISSUER = 'token.actions.githubusercontent.com';
export const CIRCLECI_ISSUER = 'oidc.circleci.com/org';

export function githubSubject(r: Pick<IamPolicyRequest, 'repo' | 'branch' | 'tag' | 'environment' | 'pullRequest'>): string {
  const ref = r.pullRequest
    ? 'pull_request'
    : r.environment !== undefined
      ? `environment:${r.environment}`
      : r.tag !== undefined
        ? `ref:refs/tags/${r.tag}`
        : `ref:refs/heads/${r.branch ?? 'main'}`;
  return `repo:${r.repo}:${ref}`;
}

export function trustPolicy(r: IamPolicyRequest): PolicyDocument | undefined {
  const p = partition(r.region);
  let issuer: string;
  let aud: string;
  let sub: string;
  if (r.provider === 'github') {
    issuer = r.githubIssuer ?? GITHUB_ISSUER;
    aud = r.audience ?? 'sts.amazonaws.com';
    sub = githubSubject(r);
  } else if (r.provider === 'circleci') {
    issuer = `${CIRCLECI_ISSUER}/${r.orgId}`;
    aud = r.audience ?? r.orgId!;
    // A V2 token's sub goes on with the VCS origin and ref, which a --vcs-ref pin matches.
    sub = `org/${r.orgId}/project/${r.projectId}/user/*${r.vcsRef ? `/vcs-origin/*/vcs-ref/${r.vcsRef}` : ''}`;
  } else {
    return undefined;
  }
  const wildcard = /[*?]/.test(sub);
  const condition: Record<string, Record<string, string>> = { StringEquals: { [`${issuer}:aud`]: aud } };
  if (wildcard) condition.StringLike = { [`${issuer}:sub`]: sub };
  else condition.StringEquals[`${issuer}:sub`] = sub;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:${p}:iam::${r.accountId}:oidc-provider/${issuer}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition,
      },
    ],
  };
}

export function iamPolicies(r: IamPolicyRequest): { permissionsPolicy: PolicyDocument; trustPolicy?: PolicyDocument } {
  const trust = trustPolicy(r);
  return trust ? { permissionsPolicy: permissionsPolicy(r), trustPolicy: trust } : { permissionsPolicy: permissionsPolicy(r) };
}

// ---------------------------------------------------------------------------------------- flags

export interface FlagSpec {
  name: string;
  value: string;
  description: string;
}

export const IAM_POLICY_FLAGS: readonly FlagSpec[] = [
  { name: 'repository', value: 'NAME', description: 'ECR repository the role delivers to (required).' },
  { name: 'account-id', value: 'ID', description: 'AWS account id (12 digits) of the role and its OIDC provider (required).' },
  { name: 'aws-region', value: 'REGION', description: 'Region of the registry (default: AWS_REGION, then AWS_DEFAULT_REGION).' },
  { name: 'registry-id', value: 'ID', description: 'Account that owns the registry, for cross-account pushes (default: account-id).' },
  {
    name: 'provider',
    value: 'github|circleci|none',
    description: 'Whose OIDC tokens the role trusts (default: github with --repo, circleci with --org-id). `none` prints the permissions policy only.',
  },
  { name: 'audience', value: 'AUD', description: 'Pinned `aud` (default: sts.amazonaws.com on GitHub, the org id on CircleCI).' },
  { name: 'repo', value: 'OWNER/REPO', description: 'GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carries ids.' },
  { name: 'branch', value: 'BRANCH', description: 'GitHub branch allowed to deliver (default: main; `*` patterns allowed).' },
  {
    name: 'tag',
    value: 'TAG',
    description: 'GitHub tag allowed to deliver, for release workflows on tag pushes (`v*` patterns allowed; instead of --branch).',
  },
  { name: 'environment', value: 'NAME', description: 'GitHub environment allowed to deliver, for jobs that use `environment:` (instead of --branch).' },
  {
    name: 'pull-request',
    value: 'true|false',
    description: 'Trust runs on `pull_request` events of the repository instead of a branch (pair it with --push false).',
  },
  { name: 'org-id', value: 'UUID', description: 'CircleCI organization id (Organization Settings > Overview).' },
  {
    name: 'project-id',
    value: 'UUID',
    description: 'CircleCI project id allowed to deliver (required with --org-id: without it every project of the org, with any context, could deliver).',
  },
  {
    name: 'vcs-ref',
    value: 'REF',
    description: 'CircleCI: pin the git ref too, e.g. refs/heads/main (matched in the sub of CIRCLE_OIDC_TOKEN_V2, which the orb uses; `*` patterns allowed).',
  },
  {
    name: 'github-issuer',
    value: 'HOST',
    description: "GitHub Enterprise Server's OIDC issuer, HOST/_services/token (default: token.actions.githubusercontent.com).",
  },
  {
    name: 'pull-registries',
    value: 'IDS',
    description: 'Base-image registries the build pulls from: account ids or ID@REGION, comma-separated (as given to the delivery).',
  },
  {
    name: 'pull-repositories',
    value: 'PATTERNS',
    description: 'Repositories of those registries the build pulls, name patterns, comma-separated (default: every repository, `*`).',
  },
  {
    name: 'pull-through',
    value: 'PREFIXES',
    description:
      'Pull-through cache prefixes of the target registry the build pulls from (adds ecr:BatchImportUpstreamImage and ecr:CreateRepository on PREFIX/*).',
  },
  {
    name: 'registry-type',
    value: 'private|public',
    description: 'public: the ECR Public actions instead (default: private, or public for a public.ecr.aws/ repository).',
  },
  { name: 'create-repository', value: 'true|false', description: 'The delivery may create the repository (default: true).' },
  { name: 'lifecycle-policy', value: 'FILE|true', description: 'The delivery applies a lifecycle policy (default: false).' },
  { name: 'repository-policy', value: 'FILE|true', description: 'The delivery applies a repository policy (default: false).' },
  { name: 'cache', value: 'true|false', description: 'The delivery uses the layer cache (default: true).' },
  { name: 'push', value: 'true|false', description: 'The delivery pushes; false = build-only runs that just look up the repository (default: true).' },
  { name: 'encryption-type', value: 'AES256|KMS', description: 'Encryption of a created repository; KMS adds the KMS grants ECR needs (default: AES256).' },
  { name: 'kms-key', value: 'ARN', description: 'KMS key ARN of a created repository (default: any key of the account).' },
  { name: 'scan-wait', value: 'true|false', description: 'The delivery waits for the image scan (default: false).' },
  { name: 'scan-start', value: 'true|false', description: 'With --scan-wait: the delivery may start a scan (default: false).' },
  { name: 'only', value: 'permissions|trust', description: 'Print just that one policy document, ready for `aws iam … file://`.' },
];

const GITHUB_OWNER = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})';
const GITHUB_NAME = '[A-Za-z0-9._-]{1,100}';
const GITHUB_REPO_RE = new RegExp(`^${GITHUB_OWNER}/${GITHUB_NAME}$`);
const GITHUB_REPO_IDS_RE = new RegExp(`^${GITHUB_OWNER}@\\d{1,20}/${GITHUB_NAME}@\\d{1,20}$`);
const BRANCH_RE = /^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/;
const ENVIRONMENT_RE = /^[^\x00-\x1f\x7f:]{1,255}$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Stricter than the delivery's kms-key (which also takes ids and aliases): the grant's Resource needs an ARN.
const KMS_ARN_RE = /^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/;

const PROVIDERS = oneOf('github', 'circleci', 'none');
const ONLY = oneOf('permissions', 'trust');

/** `--lifecycle-policy FILE` (as given to the delivery) or `true`/`false`. */
function used(option: string, v: string | undefined): boolean {
  if (v === undefined || v.trim() === '') return false;
  if (/^(false|0)$/i.test(v)) return false;
  if (/[\x00-\x1f\x7f]/.test(v)) throw new InputError(option, v, 'contains control characters');
  return true;
}

export function parseIamPolicyArgs(args: string[], env: NodeJS.ProcessEnv = process.env): { request: IamPolicyRequest; only?: 'permissions' | 'trust' } {
  const { values, positionals } = parseArgs({
    args,
    options: Object.fromEntries(IAM_POLICY_FLAGS.map((f) => [f.name, { type: 'string' as const }])),
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length)
    throw new InputError('iam-policy', positionals[0], 'is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)');
  const v = (name: string): string | undefined => {
    const value = (values as Record<string, string | undefined>)[name]?.trim();
    return value === '' ? undefined : value;
  };
  const need = (name: string, rule: string): string => {
    const value = v(name);
    if (value === undefined) throw new InputError(name, '', `is required: ${rule}`);
    return value;
  };
  const match = (name: string, rule: Rule): string | undefined => {
    const value = v(name);
    if (value !== undefined) check(name, value, rule(value));
    return value;
  };

  const repository = need('repository', 'the ECR repository the role delivers to');
  check('repository', repository, rules.repository(repository));
  const region = resolveRegion(v('aws-region'), env);
  const accountId = need('account-id', 'the 12-digit AWS account id of the role');
  check('account-id', accountId, rules.account(accountId));
  const registryId = parseOption('registry-id', v('registry-id'));

  const githubFlags = ['repo', 'branch', 'tag', 'environment', 'pull-request', 'github-issuer'].filter((f) => v(f) !== undefined);
  const circleFlags = ['org-id', 'project-id', 'vcs-ref'].filter((f) => v(f) !== undefined);
  const given = v('provider');
  const provider: Provider | undefined =
    given !== undefined ? PROVIDERS.parse(given, 'provider') : githubFlags.length ? 'github' : circleFlags.length ? 'circleci' : undefined;
  if (!provider) throw new InputError('provider', '', 'is required: github (with --repo), circleci (with --org-id), or none');
  const foreign = provider === 'github' ? circleFlags : provider === 'circleci' ? githubFlags : [...githubFlags, ...circleFlags];
  if (foreign.length) throw new InputError(foreign[0], v(foreign[0])!, `does not apply to --provider ${provider}`);

  // No default audience here: GitHub's and CircleCI's differ (trustPolicy picks one).
  const audience = match('audience', rules.audience);
  // The delivery options keep the delivery's defaults and rules, so the policy fits the delivery.
  const request: IamPolicyRequest = {
    repository,
    region,
    accountId,
    registryId,
    provider,
    audience,
    createRepository: parseOption('create-repository', v('create-repository'))!,
    lifecyclePolicy: used('lifecycle-policy', v('lifecycle-policy')),
    repositoryPolicy: used('repository-policy', v('repository-policy')),
    cache: parseOption('cache', v('cache'))!,
    push: parseOption('push', v('push'))!,
    encryptionType: parseOption('encryption-type', v('encryption-type'))!,
    scanWait: parseOption('scan-wait', v('scan-wait'))!,
    scanStart: parseOption('scan-start', v('scan-start'))!,
  };
  request.kmsKey = match('kms-key', matches(KMS_ARN_RE, 'is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1:123456789012:key/…`'));
  if (request.kmsKey && request.encryptionType !== 'KMS') throw new InputError('kms-key', request.kmsKey, 'needs --encryption-type KMS');

  if (provider === 'github') {
    const repo = need('repo', 'the GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)');
    if (!GITHUB_REPO_RE.test(repo) && !GITHUB_REPO_IDS_RE.test(repo)) {
      throw new InputError('repo', repo, 'is not a GitHub repository like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids');
    }
    request.repo = repo;
    request.environment = match('environment', matches(ENVIRONMENT_RE, 'is not a GitHub environment name (1–255 characters, no `:`)'));
    const branch = v('branch')?.replace(/^refs\/heads\//, '');
    if (branch !== undefined && request.environment !== undefined) {
      throw new InputError('branch', branch, 'cannot be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject');
    }
    if (branch !== undefined && !BRANCH_RE.test(branch)) throw new InputError('branch', branch, 'is not a git branch name');
    const pullRequest = v('pull-request');
    request.pullRequest = pullRequest !== undefined && boolean.parse(pullRequest, 'pull-request');
    if (request.pullRequest && (branch !== undefined || request.environment !== undefined)) {
      throw new InputError(
        'pull-request',
        v('pull-request')!,
        "cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`",
      );
    }
    const tag = v('tag')?.replace(/^refs\/tags\//, '');
    if (tag !== undefined && (branch !== undefined || request.environment !== undefined || request.pullRequest)) {
      throw new InputError(
        'tag',
        tag,
        "cannot be combined with --branch, --environment or --pull-request: a tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/tags/TAG`",
      );
    }
    if (tag !== undefined && !BRANCH_RE.test(tag)) throw new InputError('tag', tag, 'is not a git tag name');
    request.tag = tag;
    if (request.environment === undefined && !request.pullRequest && tag === undefined) request.branch = branch ?? 'main';
  } else if (provider === 'circleci') {
    const orgId = need('org-id', 'the CircleCI organization id (a UUID, Organization Settings > Overview)');
    if (!UUID_RE.test(orgId)) throw new InputError('org-id', orgId, 'is not a CircleCI organization id (a lowercase UUID)');
    request.orgId = orgId;
    const projectId = need('project-id', 'the CircleCI project id (a UUID, Project Settings > Overview): without it every project of the org could deliver');
    if (!UUID_RE.test(projectId)) throw new InputError('project-id', projectId, 'is not a CircleCI project id (a lowercase UUID)');
    request.projectId = projectId;
    request.vcsRef = match('vcs-ref', matches(/^[A-Za-z0-9._/+@*#-]{1,255}$/, 'is not a git ref like `refs/heads/main`'));
  }
  Object.assign(request, registryFlags(v));
  if (repository.startsWith('public.ecr.aws/')) request.registryType = 'public';
  if (provider === 'github' && v('github-issuer') !== undefined) {
    request.githubIssuer = match(
      'github-issuer',
      matches(/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i, 'is not an OIDC issuer like `ghe.example.com/_services/token`'),
    )!
      .replace(/^https:\/\//, '')
      .replace(/\/+$/, '');
  }

  const onlyGiven = v('only');
  const only = onlyGiven === undefined ? undefined : ONLY.parse(onlyGiven, 'only');
  if (only === 'trust' && provider === 'none') throw new InputError('only', onlyGiven!, 'needs a --provider: `none` has no trust policy');
  return { request, only };
}

/** The flags for registries beyond the target: base-image registries, pull-through prefixes, ECR Public. */
function registryFlags(v: (name: string) => string | undefined): Partial<IamPolicyRequest> {
  const list = (name: string) =>
    (v(name) ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const pullRegistries = list('pull-registries').map((entry) => {
    const m = /^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/.exec(entry);
    if (!m) throw new InputError('pull-registries', entry, 'is not an ECR registry id (12 digits) or `ID@REGION`');
    return { id: m[1], region: m[2] };
  });
  const pullRepositories = list('pull-repositories');
  for (const p of pullRepositories) {
    if (!/^[a-z0-9*][a-z0-9._/*-]{0,255}$/.test(p))
      throw new InputError('pull-repositories', p, 'is not a repository name pattern (lowercase name, `*` wildcards)');
  }
  if (pullRepositories.length && !pullRegistries.length) throw new InputError('pull-repositories', v('pull-repositories')!, 'needs --pull-registries');
  const pullThrough = list('pull-through');
  for (const p of pullThrough) {
    if (p.length < 2 || p.length > 30 || rules.repository(p))
      throw new InputError('pull-through', p, "is not a pull-through cache prefix (2–30 characters, ECR's repository naming rule)");
  }
  const type = v('registry-type')?.toLowerCase();
  if (type !== undefined && type !== 'private' && type !== 'public') throw new InputError('registry-type', type, 'is not one of private, public');
  return { pullRegistries, pullRepositories, pullThrough, registryType: type as 'private' | 'public' | undefined };
}

/** The JSON `ecr-deliver iam-policy` prints. */
export function renderIamPolicy(request: IamPolicyRequest, only?: 'permissions' | 'trust'): string {
  const docs = iamPolicies(request);
  const out = only === 'permissions' ? docs.permissionsPolicy : only === 'trust' ? docs.trustPolicy : docs;
  return `${JSON.stringify(out, null, 2)}\n`;
}
