/**
 * What each option's value must be: the rules (`(value) => problem | undefined`) and the parsers of
 * values with a shape of their own. Used by the table, by context.ts for derived values, and by
 * the checks between options.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors';
import { type GitRef, parseGitRef } from '../release-tags';
import { check, existingFile, list, matches, type Rule } from './parsers';

// ECR's repository naming rule, as documented for CreateRepository.
const REPOSITORY_RE = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REGION_RE = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;
const SESSION_NAME_RE = /^[\w+=,.@-]{2,64}$/;
const PLATFORM_RE = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const SHA_RE = /^[0-9a-f]{40}$/;
const ACCOUNT_RE = /^\d{12}$/;
const AUDIENCE_RE = /^[\x21-\x7e]{1,256}$/;

/** Rules a value must meet, by what the value is. */
export const rules = {
  repository: (v: string) =>
    v.length >= 2 && v.length <= 256 && REPOSITORY_RE.test(v)
      ? undefined
      : 'is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2–256 characters',
  region: matches(REGION_RE, 'is not an AWS region name like `eu-west-1`'),
  tag: matches(TAG_RE, 'is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`'),
  commitSha: matches(SHA_RE, 'is not a full commit SHA (40 hex characters)'),
  sessionName: matches(SESSION_NAME_RE, 'is not a valid STS session name: `[\\w+=,.@-]`, 2–64 characters'),
  account: matches(ACCOUNT_RE, 'is not an AWS account id (12 digits)'),
  audience: matches(AUDIENCE_RE, 'is not a valid audience: 1–256 printable characters, no spaces'),
};

export const platforms: Rule = (v) =>
  v.split(',').every((p) => PLATFORM_RE.test(p.trim())) ? undefined : 'is not a comma-separated list of `os/arch[/variant]`';

/** A base-image registry: its account id, and its region when it is not the run's. */
export interface PullRegistry {
  id: string;
  region?: string;
}

const PULL_REGISTRY_RE = /^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/;
const PUBLIC_PREFIX = 'public.ecr.aws/';

/** `pull-registries`: `ID` or `ID@REGION` entries, comma- or newline-separated, each once. */
export const pullRegistries = {
  type: 'list' as const,
  parse: (v: string, option: string): PullRegistry[] =>
    list(matches(PULL_REGISTRY_RE, 'is not an ECR registry id (12 digits) or `ID@REGION`'), { commas: true })
      .parse(v, option)
      .map((entry) => {
        const [, id, region] = PULL_REGISTRY_RE.exec(entry)!;
        return region ? { id, region } : { id };
      }),
};

/** ECR Public catalog text: as given, or `file://PATH` read now (a missing file fails before any AWS call). */
export const catalogText = (limit: number) => ({
  type: 'string' as const,
  parse: (v: string, option: string): string => {
    const path = v.startsWith('file://') ? v.slice('file://'.length) : undefined;
    if (path !== undefined) existingFile(option, path);
    const value = path !== undefined ? readFileSync(path, 'utf8') : v;
    if (value.length > limit) throw new InputError(option, v, `is longer than ECR Public's limit of ${limit} characters`);
    return value;
  },
});

/** The git ref release tags are read from. */
export const gitRef = {
  type: 'string' as const,
  parse: (v: string, option: string): GitRef => {
    const ref = parseGitRef(v);
    if (!ref) throw new InputError(option, v, 'is not a git ref: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`');
    return ref;
  },
};

/** A repository given as public.ecr.aws/<alias>/<name> is one of ECR Public. */
export const isPublicRepository = (repository: string): boolean => repository.startsWith(PUBLIC_PREFIX);

/** The alias part of `public.ecr.aws/<alias>/<name>`: ECR Public's alias rule. */
export const publicAlias: Rule = (repository) =>
  /^[a-z0-9][a-z0-9-]{1,49}\//.test(repository.slice(PUBLIC_PREFIX.length)) ? undefined : 'is not `public.ecr.aws/<alias>/<name>`';

/**
 * The public.ecr.aws/<alias>/<name> form of `repository` names ECR Public's repository `<name>`;
 * the alias belongs to the registry, which ECR Public reports itself.
 */
export function publicRepositoryName(repository: string): string {
  return isPublicRepository(repository) ? repository.slice(PUBLIC_PREFIX.length).split('/').slice(1).join('/') : repository;
}

// ------------------------------------------------------------- the values only `iam-policy` takes

const GITHUB_OWNER = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})';
const GITHUB_NAME = '[A-Za-z0-9._-]{1,100}';
const GITHUB_REPO_RE = new RegExp(`^${GITHUB_OWNER}/${GITHUB_NAME}$`);
const GITHUB_REPO_IDS_RE = new RegExp(`^${GITHUB_OWNER}@\\d{1,20}/${GITHUB_NAME}@\\d{1,20}$`);
const GIT_NAME_RE = /^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/;
export const ENVIRONMENT_RE = /^[^\x00-\x1f\x7f:]{1,255}$/;
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const VCS_REF_RE = /^[A-Za-z0-9._/+@*#-]{1,255}$/;
// Stricter than the delivery's kms-key (which also takes ids and aliases): a policy's Resource needs an ARN.
export const KMS_ARN_RE = /^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/;
export const REPOSITORY_PATTERN_RE = /^[a-z0-9*][a-z0-9._/*-]{0,255}$/;
const ISSUER_RE = /^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i;

export const githubRepo: Rule = (v) =>
  GITHUB_REPO_RE.test(v) || GITHUB_REPO_IDS_RE.test(v)
    ? undefined
    : 'is not a GitHub repository like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids';
export const branchName = matches(GIT_NAME_RE, 'is not a git branch name');
export const tagName = matches(GIT_NAME_RE, 'is not a git tag name');
export const pullThroughPrefix: Rule = (v) =>
  v.length >= 2 && v.length <= 30 && !rules.repository(v) ? undefined : "is not a pull-through cache prefix (2–30 characters, ECR's repository naming rule)";

/** GitHub Enterprise Server's issuer, `HOST/_services/token`, without scheme or trailing slash. */
export const oidcIssuer = {
  type: 'string' as const,
  parse: (v: string, option: string): string => {
    check(option, v, ISSUER_RE.test(v) ? undefined : 'is not an OIDC issuer like `ghe.example.com/_services/token`');
    return v.replace(/^https:\/\//, '').replace(/\/+$/, '');
  },
};

/** Whether the delivery applies a policy file: its path (as given to the delivery), `true` or `false`. */
export const applied = {
  type: 'string' as const,
  parse: (v: string): boolean => !/^(false|0)$/i.test(v),
};
