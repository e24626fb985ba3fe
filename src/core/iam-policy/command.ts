/**
 * `ecr-deliver iam-policy`: the IAM documents a user pastes into AWS to let one CI deliver to one
 * repository. Its flags are rows of the one option table (IAM_POLICY_FLAGS): each value is read
 * and refused like every option's; the rules between flags are here. Pure: no AWS call, nothing
 * read but the arguments (and AWS_REGION).
 */
import { parseArgs } from 'node:util';
import { resolveRegion } from '../context';
import { InputError } from '../errors';
import { registryType } from '../options/checks';
import { givenValue } from '../options/parse';
import { IAM_POLICY_FLAGS, type IamPolicyValues } from '../options/table';
import { permissionsPolicy } from './permissions';
import type { IamPolicyRequest, PolicyDocument, Provider } from './request';
import { trustPolicy } from './trust';

type Only = 'permissions' | 'trust';
const GITHUB_FLAGS = ['repo', 'branch', 'tag', 'environment', 'pull-request', 'github-issuer'];
const CIRCLECI_FLAGS = ['org-id', 'project-id', 'vcs-ref'];

export function parseIamPolicyArgs(args: string[], env: NodeJS.ProcessEnv = process.env): { request: IamPolicyRequest; only?: Only } {
  const given = givenFlags(args);
  const v = parsedFlags(given);
  const provider = providerOf(v.provider, given);
  if (v.kmsKey !== undefined && v.encryptionType !== 'KMS') throw new InputError('kms-key', v.kmsKey, 'needs --encryption-type KMS');
  if (v.pullRepositories?.length && !v.pullRegistries?.length)
    throw new InputError('pull-repositories', given.get('pull-repositories')!, 'needs --pull-registries');
  if (v.mode === 'merge' && registryType({ repository: v.repository!, registryType: v.registryType! }) === 'public')
    throw new InputError('mode', 'merge', "works with private ECR only: ECR Public's API cannot read a part's config");
  if (v.only === 'trust' && provider === 'none') throw new InputError('only', v.only, 'needs a --provider: `none` has no trust policy');
  // The delivery options keep the delivery's defaults and rules, so the policy fits the delivery.
  const request: IamPolicyRequest = {
    repository: v.repository!,
    region: resolveRegion(v.awsRegion, env),
    accountId: v.accountId!,
    registryId: v.registryId,
    provider,
    // No default audience here: GitHub's and CircleCI's differ (trustPolicy picks one).
    audience: v.audience,
    mode: v.mode,
    createRepository: v.createRepository!,
    lifecyclePolicy: v.lifecyclePolicy!,
    repositoryPolicy: v.repositoryPolicy!,
    cache: v.cache!,
    push: v.push!,
    encryptionType: v.encryptionType!,
    kmsKey: v.kmsKey,
    scanWait: v.scanWait!,
    scanStart: v.scanStart!,
    pullRegistries: v.pullRegistries,
    pullRepositories: v.pullRepositories,
    pullThrough: v.pullThrough,
    registryType: registryType({ repository: v.repository!, registryType: v.registryType! }),
    ...(provider === 'github' ? githubSubject(v) : provider === 'circleci' ? circleciSubject(v) : {}),
  };
  return { request, only: v.only };
}

/** The flags given: argv through node's parseArgs, each value through the checks every option shares. */
function givenFlags(args: string[]): Map<string, string> {
  const { values, positionals } = parseArgs({
    args,
    options: Object.fromEntries(IAM_POLICY_FLAGS.map((f) => [f.name, { type: 'string' as const }])),
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length)
    throw new InputError('iam-policy', positionals[0], 'is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)');
  const given = new Map<string, string>();
  for (const flag of IAM_POLICY_FLAGS) {
    const value = givenValue(flag, (values as Record<string, string | undefined>)[flag.name]);
    if (value !== undefined) given.set(flag.name, value);
  }
  return given;
}

/** Every flag through its row's parser: as given, else its default; a required one must be given. */
function parsedFlags(given: Map<string, string>): IamPolicyValues {
  const values: Record<string, unknown> = {};
  for (const flag of IAM_POLICY_FLAGS) {
    const value = given.get(flag.name) ?? flag.default;
    if (value !== undefined) values[flag.field] = flag.parse(value, flag.name);
    else if (flag.required) throw new InputError(flag.name, '', 'is required');
  }
  return values as IamPolicyValues;
}

/** The provider asked for, else the one whose flags are given; the other provider's flags are refused. */
function providerOf(asked: Provider | undefined, given: Map<string, string>): Provider {
  const github = GITHUB_FLAGS.filter((f) => given.has(f));
  const circleci = CIRCLECI_FLAGS.filter((f) => given.has(f));
  const provider = asked ?? (github.length ? 'github' : circleci.length ? 'circleci' : undefined);
  if (!provider) throw new InputError('provider', '', 'is required: github (with --repo), circleci (with --org-id), or none');
  const foreign = provider === 'github' ? circleci : provider === 'circleci' ? github : [...github, ...circleci];
  if (foreign.length) throw new InputError(foreign[0], given.get(foreign[0])!, `does not apply to --provider ${provider}`);
  return provider;
}

/** GitHub: the repository, and one of branch (default `main`), tag, environment or pull requests. */
function githubSubject(v: IamPolicyValues): Partial<IamPolicyRequest> {
  if (v.repo === undefined) throw new InputError('repo', '', 'is required: the GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)');
  const { branch, tag, environment, pullRequest } = v;
  if (branch !== undefined && environment !== undefined)
    throw new InputError('branch', branch, 'cannot be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject');
  if (pullRequest && (branch !== undefined || environment !== undefined)) {
    throw new InputError(
      'pull-request',
      'true',
      "cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`",
    );
  }
  if (tag !== undefined && (branch !== undefined || environment !== undefined || pullRequest)) {
    throw new InputError(
      'tag',
      tag,
      "cannot be combined with --branch, --environment or --pull-request: a tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/tags/TAG`",
    );
  }
  const onBranch = environment === undefined && !pullRequest && tag === undefined;
  return { repo: v.repo, environment, pullRequest, tag, branch: onBranch ? (branch ?? 'main') : undefined, githubIssuer: v.githubIssuer };
}

/** CircleCI: the organization and project (both required: without the project every project of the org could deliver), and a ref pin. */
function circleciSubject(v: IamPolicyValues): Partial<IamPolicyRequest> {
  if (v.orgId === undefined) throw new InputError('org-id', '', 'is required: the CircleCI organization id (a UUID, Organization Settings > Overview)');
  if (v.projectId === undefined)
    throw new InputError(
      'project-id',
      '',
      'is required: the CircleCI project id (a UUID, Project Settings > Overview): without it every project of the org could deliver',
    );
  return { orgId: v.orgId, projectId: v.projectId, vcsRef: v.vcsRef };
}

export function iamPolicies(r: IamPolicyRequest): { permissionsPolicy: PolicyDocument; trustPolicy?: PolicyDocument } {
  const trust = trustPolicy(r);
  return trust ? { permissionsPolicy: permissionsPolicy(r), trustPolicy: trust } : { permissionsPolicy: permissionsPolicy(r) };
}

/** The JSON `ecr-deliver iam-policy` prints. */
export function renderIamPolicy(request: IamPolicyRequest, only?: 'permissions' | 'trust'): string {
  const docs = iamPolicies(request);
  const out = only === 'permissions' ? docs.permissionsPolicy : only === 'trust' ? docs.trustPolicy : docs;
  return `${JSON.stringify(out, null, 2)}\n`;
}
