/**
 * The one option table. action.yml, the orb's parameters, the CLI flags and the README tables are
 * all generated from or checked against it (test/option-table.test.ts).
 *
 * Each option has one kebab-case name: input `role-to-assume`, orb parameter `role_to_assume`,
 * env `ECR_DELIVER_ROLE_TO_ASSUME`, flag `--role-to-assume`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { InputError } from './errors';
import { parseGitRef, type GitRef } from './release-tags';

export type Mutability = 'MUTABLE' | 'IMMUTABLE' | 'IMMUTABLE_WITH_EXCLUSION';
export type EncryptionType = 'AES256' | 'KMS';

export type OptionType = 'string' | 'boolean' | 'integer' | 'enum' | 'list' | 'path';

export interface OptionSpec {
  readonly name: string;
  readonly description: string;
  readonly type: OptionType;
  /** The literal default every front end declares (action.yml `default:`, orb `default:`). */
  readonly default?: string;
  /** How a derived default reads in docs, when there is no literal one. */
  readonly defaultText?: string;
  readonly required?: boolean;
  readonly values?: readonly string[];
}

/** The audience STS expects by default; also the signal that a user did not ask for another one. */
export const DEFAULT_AUDIENCE = 'sts.amazonaws.com';

export const OPTIONS: readonly OptionSpec[] = [
  { name: 'repository', type: 'string', required: true, description: 'ECR repository name, e.g. `team/api`. Validated against ECR\'s naming rule before any AWS call.' },
  { name: 'aws-region', type: 'string', defaultText: '`AWS_REGION`, then `AWS_DEFAULT_REGION`', description: 'Region of the registry.' },
  { name: 'role-to-assume', type: 'string', defaultText: 'none: the ambient AWS credential chain', description: 'IAM role ARN, assumed with `AssumeRoleWithWebIdentity` using the CI\'s OIDC token.' },
  { name: 'audience', type: 'string', default: DEFAULT_AUDIENCE, description: 'Audience asked for the GitHub OIDC token (CircleCI tokens are used as issued).' },
  { name: 'web-identity-token-file', type: 'path', defaultText: '`AWS_WEB_IDENTITY_TOKEN_FILE`', description: 'OIDC token file, for CIs other than GitHub and CircleCI.' },
  { name: 'role-session-name', type: 'string', defaultText: 'derived from the CI run, e.g. `ecr-deliver-<run id>`', description: 'STS session name (STS\'s charset `[\\w+=,.@-]`, 2–64 characters).' },
  { name: 'role-duration-seconds', type: 'integer', default: '3600', description: 'Lifetime of the assumed role\'s credentials, 900–43200.' },
  { name: 'registry-id', type: 'string', defaultText: 'the caller\'s account', description: 'Account id (12 digits) that owns the registry, for cross-account pushes.' },
  { name: 'create-repository', type: 'boolean', default: 'true', description: 'Create the repository when it is missing.' },
  { name: 'image-tag-mutability', type: 'enum', default: 'MUTABLE', values: ['MUTABLE', 'IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION'], description: 'Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable).' },
  { name: 'scan-on-push', type: 'boolean', default: 'true', description: 'Scan on push, for a created repository.' },
  { name: 'encryption-type', type: 'enum', default: 'AES256', values: ['AES256', 'KMS'], description: 'Encryption of a created repository: AES256 or KMS (`kms-key` with KMS).' },
  { name: 'kms-key', type: 'string', description: 'KMS key ARN, id or alias, with `encryption-type: KMS`.' },
  { name: 'lifecycle-policy', type: 'path', description: 'Path to a lifecycle policy JSON file, applied to the repository.' },
  { name: 'repository-policy', type: 'path', description: 'Path to a repository policy JSON file, applied to the repository.' },
  { name: 'context', type: 'path', default: '.', description: 'Build context directory.' },
  { name: 'dockerfile', type: 'path', defaultText: '`Dockerfile` in the context', description: 'Dockerfile path.' },
  { name: 'build-args', type: 'list', description: 'Build arguments, newline-separated `KEY=VALUE`.' },
  { name: 'target', type: 'string', description: 'Build stage to build.' },
  { name: 'platform', type: 'string', description: 'Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx).' },
  { name: 'cache', type: 'boolean', default: 'false', description: 'BuildKit registry cache kept in the same ECR repository (needs buildx).' },
  { name: 'provenance', type: 'boolean', default: 'false', description: 'BuildKit provenance/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys.' },
  { name: 'image', type: 'string', description: 'Push this existing local image instead of building.' },
  { name: 'commit-sha', type: 'string', defaultText: '`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`', description: 'Commit SHA the image is tagged with (40 hex characters).' },
  { name: 'tags', type: 'list', description: 'Extra tags, newline- or comma-separated; the commit SHA tag is always applied.' },
  { name: 'skip-existing', type: 'boolean', default: 'false', description: 'When the SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy.' },
  { name: 'push', type: 'boolean', default: 'true', description: 'Push to ECR; `false` builds and tags only (pull-request builds).' },
  { name: 'timeout-seconds', type: 'integer', default: '3600', description: 'Upper bound on the whole run (AWS calls, build, push), 1–86400; a hung endpoint fails the step instead of the CI job\'s own timeout. Each AWS call also gives up after 5 attempts of at most 30 s.' },
  // Issue 14: tags from git, labels, the vulnerability gate.
  { name: 'semver-tags', type: 'boolean', default: 'false', description: 'On a semantic-version git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `0`). `latest` only when listed in `tags`.' },
  { name: 'branch-tag', type: 'boolean', default: 'false', description: 'Also tag the branch name made a valid tag (`feature/Login` → `feature-login`, cut to 128 characters with a hash suffix), and `pr-<number>` on pull requests.' },
  { name: 'git-ref', type: 'string', defaultText: '`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch', description: 'The git ref `semver-tags` and `branch-tag` read: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`.' },
  { name: 'labels', type: 'list', description: 'Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, created; version from a semver tag); a key given here wins.' },
  { name: 'scan-wait', type: 'boolean', default: 'false', description: 'After the push, wait for ECR\'s scan of the pushed digest (basic or enhanced scanning) and report the findings (`scan-findings`, the summary).' },
  { name: 'scan-start', type: 'boolean', default: 'false', description: 'With `scan-wait`: start a basic scan (`StartImageScan`) when the repository did not scan the image on push.' },
  { name: 'scan-timeout-seconds', type: 'integer', default: '600', description: 'How long `scan-wait` waits for the scan, 1–86400 (also bounded by `timeout-seconds`).' },
  { name: 'fail-on-severity', type: 'enum', default: 'none', values: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'none'], description: 'With `scan-wait`: exit 1 when findings at or above CRITICAL, HIGH, MEDIUM or LOW exist, or when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports.' },
];

/** The options `login` reads (CLI subcommand, orb command): credentials and the registry, nothing about the image. */
export const LOGIN_OPTIONS: readonly string[] = ['aws-region', 'role-to-assume', 'audience', 'web-identity-token-file', 'role-session-name', 'role-duration-seconds', 'registry-id'];

export const OUTPUTS: readonly { name: string; description: string }[] = [
  { name: 'registry', description: 'Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`.' },
  { name: 'repository-uri', description: 'Repository URI, `<registry>/<repository>`.' },
  { name: 'image', description: 'Image reference with the commit SHA tag, `<repository-uri>:<sha>`.' },
  { name: 'digest', description: 'Digest (`sha256:…`) of the pushed manifest.' },
  { name: 'image-ref', description: 'Image reference pinned by digest, `<repository-uri>@<digest>`.' },
  { name: 'tags', description: 'Tags applied, comma-separated, the SHA first.' },
  { name: 'pushed', description: '`true`, or `false` when nothing was uploaded (skip-existing hit, immutable SHA already there, or push: false).' },
  { name: 'scan-findings', description: 'With `scan-wait`: counts by severity as JSON, e.g. `{"CRITICAL":0,"HIGH":2}`; empty without a scan.' },
];

export type OutputName = 'registry' | 'repository-uri' | 'image' | 'digest' | 'image-ref' | 'tags' | 'pushed' | 'scan-findings';
export type Outputs = Record<OutputName, string>;

export const envName = (option: string): string => `ECR_DELIVER_${option.toUpperCase().replace(/-/g, '_')}`;
export const orbName = (option: string): string => option.replace(/-/g, '_');

/** Parsed, validated options. Derived defaults (region, SHA, session name) are filled by context.ts. */
export interface Options {
  repository: string;
  awsRegion?: string;
  roleToAssume?: string;
  audience: string;
  webIdentityTokenFile?: string;
  roleSessionName?: string;
  roleDurationSeconds: number;
  registryId?: string;
  createRepository: boolean;
  imageTagMutability: Mutability;
  scanOnPush: boolean;
  encryptionType: EncryptionType;
  kmsKey?: string;
  lifecyclePolicy?: string;
  repositoryPolicy?: string;
  context: string;
  dockerfile?: string;
  buildArgs: string[];
  target?: string;
  platform?: string;
  cache: boolean;
  provenance: boolean;
  image?: string;
  commitSha?: string;
  tags: string[];
  skipExisting: boolean;
  push: boolean;
  timeoutSeconds: number;
  // Issue 14
  semverTags: boolean;
  branchTag: boolean;
  gitRef?: GitRef;
  labels: Record<string, string>;
  scanWait: boolean;
  scanStart: boolean;
  scanTimeoutSeconds: number;
  failOnSeverity: Severity | 'none';
}

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Where a front end reads raw values from: a missing or empty value means "not given". */
export type RawOptions = (name: string) => string | undefined;

// ECR's repository naming rule, as documented for CreateRepository.
const REPOSITORY_RE = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REGION_RE = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;
const ROLE_ARN_RE = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const SESSION_NAME_RE = /^[\w+=,.@-]{2,64}$/;
const KMS_KEY_RE = /^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const PLATFORM_RE = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const BUILD_ARG_RE = /^[A-Za-z_][A-Za-z0-9_]*=/;
const STAGE_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
// A local image reference: name[:tag][@digest], docker's charset, no spaces or option-like leading dash.
const IMAGE_RE = /^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/;
const SHA_RE = /^[0-9a-f]{40}$/;
const AUDIENCE_RE = /^[\x21-\x7e]{1,256}$/;
const MAX_VALUE = 4096;
const MAX_LIST_VALUE = 65536;

/** Rules a value must meet; used by parseOptions and by context.ts for derived values. */
export const rules = {
  repository: (v: string) => (v.length >= 2 && v.length <= 256 && REPOSITORY_RE.test(v)) ? undefined
    : 'is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2–256 characters',
  region: (v: string) => REGION_RE.test(v) ? undefined : 'is not an AWS region name like `eu-west-1`',
  tag: (v: string) => TAG_RE.test(v) ? undefined : 'is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`',
  commitSha: (v: string) => SHA_RE.test(v) ? undefined : 'is not a full commit SHA (40 hex characters)',
  sessionName: (v: string) => SESSION_NAME_RE.test(v) ? undefined : 'is not a valid STS session name: `[\\w+=,.@-]`, 2–64 characters',
};

function check(option: string, value: string, problem: string | undefined): void {
  if (problem) throw new InputError(option, value, problem);
}

function parseBoolean(option: string, v: string): boolean {
  if (/^(true|1)$/i.test(v)) return true;
  if (/^(false|0)$/i.test(v)) return false;
  throw new InputError(option, v, 'is not a boolean: use true or false');
}

function parseInteger(option: string, v: string, min: number, max: number): number {
  const n = /^\d{1,6}$/.test(v) ? Number(v) : NaN;
  if (!(n >= min && n <= max)) throw new InputError(option, v, `is not a whole number from ${min} to ${max}`);
  return n;
}

function parseEnum<T extends string>(option: string, v: string, values: readonly string[]): T {
  const upper = v.toUpperCase();
  if (!values.includes(upper)) throw new InputError(option, v, `is not one of ${values.join(', ')}`);
  return upper as T;
}

/** Newline- (and for tags comma-) separated lists; blank entries are ignored. */
function splitList(v: string, commas: boolean): string[] {
  return v.split(commas ? /[\n,]/ : /\n/).map((s) => s.replace(/\r$/, '').trim()).filter((s) => s !== '');
}

function parseTags(v: string): string[] {
  const tags = splitList(v, true);
  for (const tag of tags) check('tags', tag, rules.tag(tag));
  if (tags.length > 100) throw new InputError('tags', v, 'lists more than 100 tags');
  return [...new Set(tags)];
}

function parseBuildArgs(v: string): string[] {
  const args = splitList(v, false);
  for (const arg of args) {
    if (!BUILD_ARG_RE.test(arg)) throw new InputError('build-args', arg, 'is not `KEY=VALUE` with KEY made of letters, digits and `_`');
  }
  return args;
}

function existingFile(option: string, path: string): string {
  if (!existsSync(path) || !statSync(path).isFile()) throw new InputError(option, path, 'is not a readable file');
  return path;
}

function jsonFile(option: string, path: string): string {
  existingFile(option, path);
  try {
    JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new InputError(option, path, 'does not contain valid JSON');
  }
  return path;
}

/**
 * Read every option through `raw`, validate all of it, and return typed options. No I/O but file
 * checks. `login` mode (credentials + docker login only) needs no repository and builds nothing.
 */
export function parseOptions(raw: RawOptions, mode: 'deliver' | 'login' = 'deliver'): Options {
  const get = (name: string): string | undefined => {
    const spec = OPTIONS.find((o) => o.name === name);
    if (!spec) throw new Error(`unknown option ${name}`);
    const value = raw(name);
    const given = value === undefined || value.trim() === '' ? undefined : spec.type === 'list' ? value : value.trim();
    if (given !== undefined) {
      const limit = spec.type === 'list' ? MAX_LIST_VALUE : MAX_VALUE;
      if (given.length > limit) throw new InputError(name, given, `is longer than ${limit} characters`);
      // Only list options may span lines; no option may carry other control characters.
      const controls = spec.type === 'list' ? /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/ : /[\x00-\x1f\x7f]/;
      if (controls.test(given)) throw new InputError(name, given, 'contains control characters');
    }
    return given ?? spec.default;
  };
  const str = (name: string, re: RegExp, rule: string): string | undefined => {
    const v = get(name);
    if (v !== undefined && !re.test(v)) throw new InputError(name, v, rule);
    return v;
  };
  const bool = (name: string) => parseBoolean(name, get(name)!);

  const repository = get('repository') ?? (mode === 'login' ? '' : undefined);
  if (repository === undefined) throw new InputError('repository', '', 'is required: the ECR repository to deliver to');
  if (repository !== '') check('repository', repository, rules.repository(repository));

  const awsRegion = get('aws-region');
  if (awsRegion !== undefined) check('aws-region', awsRegion, rules.region(awsRegion));
  const roleToAssume = str('role-to-assume', ROLE_ARN_RE, 'is not an IAM role ARN like `arn:aws:iam::123456789012:role/name`');
  const audience = str('audience', AUDIENCE_RE, 'is not a valid audience: 1–256 printable characters, no spaces')!;
  const tokenFile = get('web-identity-token-file');
  const roleSessionName = get('role-session-name');
  if (roleSessionName !== undefined) check('role-session-name', roleSessionName, rules.sessionName(roleSessionName));
  const roleDurationSeconds = parseInteger('role-duration-seconds', get('role-duration-seconds')!, 900, 43200);
  const registryId = str('registry-id', /^\d{12}$/, 'is not an AWS account id (12 digits)');
  const encryptionType = parseEnum<EncryptionType>('encryption-type', get('encryption-type')!, ['AES256', 'KMS']);
  const kmsKey = str('kms-key', KMS_KEY_RE, 'is not a KMS key ARN, key id or `alias/…`');
  if (kmsKey !== undefined && encryptionType !== 'KMS') throw new InputError('kms-key', kmsKey, 'needs `encryption-type: KMS`');
  const lifecyclePolicy = get('lifecycle-policy');
  const repositoryPolicy = get('repository-policy');
  const image = str('image', IMAGE_RE, 'is not a local image reference like `name:tag` or an image id');
  const context = get('context')!;
  const dockerfile = get('dockerfile');
  const skipExisting = bool('skip-existing');
  const platform = get('platform');
  if (platform !== undefined) {
    for (const p of platform.split(',').map((s) => s.trim())) {
      if (!PLATFORM_RE.test(p)) throw new InputError('platform', platform, 'is not a comma-separated list of `os/arch[/variant]`');
    }
  }
  const commitSha = get('commit-sha')?.toLowerCase();
  if (commitSha !== undefined) check('commit-sha', commitSha, rules.commitSha(commitSha));
  const buildArgsRaw = get('build-args');
  const tagsRaw = get('tags');

  const options: Options = {
    repository,
    awsRegion,
    roleToAssume,
    audience,
    webIdentityTokenFile: tokenFile === undefined ? undefined : existingFile('web-identity-token-file', tokenFile),
    roleSessionName,
    roleDurationSeconds,
    registryId,
    createRepository: bool('create-repository'),
    imageTagMutability: parseEnum<Mutability>('image-tag-mutability', get('image-tag-mutability')!, ['MUTABLE', 'IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION']),
    scanOnPush: bool('scan-on-push'),
    encryptionType,
    kmsKey,
    lifecyclePolicy: lifecyclePolicy === undefined ? undefined : jsonFile('lifecycle-policy', lifecyclePolicy),
    repositoryPolicy: repositoryPolicy === undefined ? undefined : jsonFile('repository-policy', repositoryPolicy),
    context,
    dockerfile,
    buildArgs: buildArgsRaw === undefined ? [] : parseBuildArgs(buildArgsRaw),
    target: str('target', STAGE_RE, 'is not a build stage name'),
    platform,
    cache: bool('cache'),
    provenance: bool('provenance'),
    image,
    commitSha,
    tags: tagsRaw === undefined ? [] : parseTags(tagsRaw),
    skipExisting,
    push: bool('push'),
    timeoutSeconds: parseInteger('timeout-seconds', get('timeout-seconds')!, 1, 86400),
    ...parseReleaseAndScan(get),
  };
  if (mode === 'deliver') checkBuildInputs(options);
  return options;
}

const LABEL_KEY_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}$/;

/** Issue 14's options: tags from git, labels, the scan gate. */
function parseReleaseAndScan(get: (name: string) => string | undefined) {
  const bool = (name: string) => parseBoolean(name, get(name)!);
  const gitRefRaw = get('git-ref');
  const gitRef = gitRefRaw === undefined ? undefined : parseGitRef(gitRefRaw);
  if (gitRefRaw !== undefined && !gitRef) throw new InputError('git-ref', gitRefRaw, 'is not a git ref: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`');
  const labels: Record<string, string> = {};
  for (const line of splitList(get('labels') ?? '', false)) {
    const at = line.indexOf('=');
    const key = at < 0 ? line : line.slice(0, at);
    if (at < 0 || !LABEL_KEY_RE.test(key)) throw new InputError('labels', line, 'is not `key=value` with a key of letters, digits, `.`, `_`, `-` and `/`');
    labels[key] = line.slice(at + 1);
  }
  const severity = get('fail-on-severity')!;
  const failOnSeverity: Severity | 'none' | undefined = severity.toLowerCase() === 'none' ? 'none' : SEVERITIES.find((s) => s === severity.toUpperCase());
  if (!failOnSeverity) throw new InputError('fail-on-severity', severity, `is not one of ${SEVERITIES.join(', ')}, none`);
  const scanWait = bool('scan-wait');
  const scanStart = bool('scan-start');
  if (!scanWait && scanStart) throw new InputError('scan-start', get('scan-start')!, 'needs `scan-wait: true` (a started scan is only useful when the run waits for it)');
  if (!scanWait && failOnSeverity !== 'none') throw new InputError('fail-on-severity', severity, 'needs `scan-wait: true`: the gate reads the scan the run waits for');
  return {
    semverTags: bool('semver-tags'),
    branchTag: bool('branch-tag'),
    gitRef,
    labels,
    scanWait,
    scanStart,
    scanTimeoutSeconds: parseInteger('scan-timeout-seconds', get('scan-timeout-seconds')!, 1, 86400),
    failOnSeverity,
  };
}

/**
 * The build inputs must exist unless nothing will be built: with `image` nothing is, and with
 * skip-existing the Dockerfile may legitimately be gone (checked again if a build turns out needed).
 */
function checkBuildInputs(o: Options): void {
  if (o.image !== undefined) {
    for (const name of ['dockerfile', 'target', 'platform', 'build-args'] as const) {
      const given = name === 'build-args' ? o.buildArgs.length > 0 : o[name] !== undefined;
      if (given) throw new InputError(name, String(name === 'build-args' ? o.buildArgs.join('\n') : o[name]), 'cannot be combined with `image` (nothing is built)');
    }
    const labels = Object.entries(o.labels).map(([k, v]) => `${k}=${v}`).join('\n');
    if (labels) throw new InputError('labels', labels, 'cannot be combined with `image` (nothing is built, so nothing can be labelled)');
    return;
  }
  if (o.skipExisting) return;
  requireBuildFiles(o);
}

export function requireBuildFiles(o: Options): void {
  if (!existsSync(o.context) || !statSync(o.context).isDirectory()) throw new InputError('context', o.context, 'is not a directory');
  existingFile('dockerfile', dockerfilePath(o));
}

export function dockerfilePath(o: Options): string {
  return o.dockerfile ?? `${o.context.replace(/\/+$/, '')}/Dockerfile`;
}
