/**
 * The permissions policy: only the ECR actions the chosen delivery options make the tool (and
 * docker) use, scoped to the repository ARN; `ecr:GetAuthorizationToken` on `*`, as AWS requires.
 */
import { partition } from '../context';
import type { IamPolicyRequest, PolicyDocument, Statement } from './request';

export const PUSH_ACTIONS = ['ecr:BatchCheckLayerAvailability', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:PutImage'];
/** What a registry pull asks of ECR (the layer cache's source): manifests and layer downloads. */
export const PULL_ACTIONS = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'];

/** What `mode: merge` calls (multi-arch/merge.ts): the repository and the parts read, their configs by download URL, the index put. */
export const MERGE_ACTIONS = ['ecr:BatchGetImage', 'ecr:DescribeRepositories', 'ecr:GetDownloadUrlForLayer', 'ecr:PutImage'];

/**
 * The repository-scoped ECR actions a delivery with these options performs. Mirrors
 * plan.ts and registry/ecr.ts: with `push: false` the tool only looks the repository and the SHA tag up;
 * otherwise it may create the repository, apply the policy files, push, and copy tags by PutImage.
 */
export function repositoryActions(
  r: Pick<IamPolicyRequest, 'mode' | 'createRepository' | 'lifecyclePolicy' | 'repositoryPolicy' | 'cache' | 'push' | 'scanWait' | 'scanStart'>,
): string[] {
  const merge = r.mode === 'merge';
  const actions = new Set(merge ? MERGE_ACTIONS : ['ecr:DescribeRepositories', 'ecr:BatchGetImage']);
  const add = (list: string[]) => {
    for (const a of list) actions.add(a);
  };
  if (r.push && !merge) {
    add(PUSH_ACTIONS);
    if (r.createRepository) actions.add('ecr:CreateRepository');
    if (r.lifecyclePolicy) actions.add('ecr:PutLifecyclePolicy');
    if (r.repositoryPolicy) actions.add('ecr:SetRepositoryPolicy');
  }
  // The layer cache: the latest image is found with DescribeImages and read by the
  // builder (or pulled); it is written inside the delivered image, so no extra push.
  if (r.cache && !merge) add(['ecr:DescribeImages', ...PULL_ACTIONS]);
  if (r.scanWait) actions.add('ecr:DescribeImageScanFindings');
  if (r.scanWait && r.scanStart) actions.add('ecr:StartImageScan');
  return [...actions].sort();
}

export function repositoryArn(r: Pick<IamPolicyRequest, 'region' | 'accountId' | 'registryId' | 'repository'>): string {
  return `arn:${partition(r.region)}:ecr:${r.region}:${r.registryId ?? r.accountId}:repository/${r.repository}`;
}

export function permissionsPolicy(r: IamPolicyRequest): PolicyDocument {
  if (r.registryType === 'public') return publicPermissionsPolicy(r);
  // A merge logs nothing in, creates nothing and pulls no base image.
  if (r.mode === 'merge')
    return { Version: '2012-10-17', Statement: [{ Sid: 'EcrMerge', Effect: 'Allow', Action: repositoryActions(r), Resource: repositoryArn(r) }] };
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
 * pulls need no permission. Mirrors registry/ecr-public.ts: tags are read with DescribeImageTags, the
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
