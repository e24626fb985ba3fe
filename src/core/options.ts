/**
 * The one option table. action.yml, the orb's parameters, the CLI flags and the README tables are
 * generated from it; `Options` (the parsed, typed options) is derived from it; parseOptions reads
 * every option through it. Nothing about an option is written anywhere else.
 *
 * Each option has one kebab-case name: input `role-to-assume`, orb parameter `role_to_assume`,
 * env `ECR_DELIVER_ROLE_TO_ASSUME`, flag `--role-to-assume`.
 *
 * Adding an option is one entry in OPTIONS:
 *
 *   { name: 'scan-timeout-seconds', field: 'scanTimeoutSeconds', ...integer(1, 3600), default: '600',
 *     description: 'How long `scan-wait` waits.' },
 *
 * - `name`: the kebab-case name; `field`: its key in `Options`.
 * - a parser, spread in: `text(rule)`, `boolean`, `integer(min, max)`, `oneOf('A', 'B')`,
 *   `list(entryRule)`, `path()` or `path(check)`, or a `{ type, parse }` of your own. `type` says how
 *   the front ends declare it (the orb: boolean → boolean parameter, enum → enum, else string) and
 *   whether it may span lines (list); `parse(value, name)` turns the trimmed text into the field's
 *   value or throws an InputError, and its return type is the field's type (`oneOf`: the union of
 *   its values). `rule`s are `(value) => problem | undefined`, see `rules` and `matches`. Errors
 *   quote the value: a parser for secret values must word its errors without them.
 * - `default`: the literal default every front end declares, parsed like a given value;
 *   `defaultText`: how a derived default reads in docs (the value is filled in by context.ts).
 * - `required: true`: the run refuses to start without it.
 * The field is optional in `Options` unless the option has a `default`, is `required`, or is a list
 * (a list not given is empty). Rules between options live in crossChecks().
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { buildArgsOption, buildSecretsOf, hasBuildSecrets, secretFilesOption, secretsOption, sshOption } from './build-secrets';
import { InputError } from './errors';
import { type GitRef, parseGitRef } from './release-tags';

export type OptionType = 'string' | 'boolean' | 'integer' | 'enum' | 'list' | 'path';

/** `undefined` when the value is fine, else the rule it breaks, worded to follow the quoted value. */
export type Rule = (value: string) => string | undefined;
type Parse<T> = (value: string, option: string) => T;

export interface OptionSpec {
  readonly name: string;
  readonly field: string;
  readonly description: string;
  readonly type: OptionType;
  readonly parse: Parse<unknown>;
  readonly default?: string;
  readonly defaultText?: string;
  readonly required?: boolean;
  /** `oneOf` options: the accepted values (the orb declares them as its enum). */
  readonly values?: readonly string[];
  /** Declared by the GitHub Action only (action.yml); the orb and the CLI have no such parameter or flag. */
  readonly githubOnly?: boolean;
}

// ---------------------------------------------------------------------------------------- rules

// ECR's repository naming rule, as documented for CreateRepository.
const REPOSITORY_RE = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REGION_RE = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;
const ROLE_ARN_RE = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const SESSION_NAME_RE = /^[\w+=,.@-]{2,64}$/;
const KMS_KEY_RE =
  /^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const PLATFORM_RE = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const STAGE_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
// A local image reference: name[:tag][@digest], docker's charset, no spaces or option-like leading dash.
const IMAGE_RE = /^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/;
const SHA_RE = /^[0-9a-f]{40}$/;
const ACCOUNT_RE = /^\d{12}$/;
const AUDIENCE_RE = /^[\x21-\x7e]{1,256}$/;
const MAX_VALUE = 4096;
const MAX_LIST_VALUE = 65536;
const MAX_TAGS = 100;

/** A rule that is one regular expression. */
export const matches =
  (re: RegExp, problem: string): Rule =>
  (v) =>
    re.test(v) ? undefined : problem;

/** Rules a value must meet; used by the table, by context.ts for derived values, and by iam-policy. */
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

export function check(option: string, value: string, problem: string | undefined): void {
  if (problem) throw new InputError(option, value, problem);
}

// -------------------------------------------------------------------------------------- parsers

/** Free text that must meet `rule`; `normalise` runs first (e.g. lowercase). */
export const text = (rule?: Rule, normalise: (v: string) => string = (v) => v) => ({
  type: 'string' as const,
  parse: (value: string, option: string): string => {
    const v = normalise(value);
    if (rule) check(option, v, rule(v));
    return v;
  },
});

/** `true`/`false`, also `1`/`0`, any case. */
export const boolean = {
  type: 'boolean' as const,
  parse: (v: string, option: string): boolean => {
    if (/^(true|1)$/i.test(v)) return true;
    if (/^(false|0)$/i.test(v)) return false;
    throw new InputError(option, v, 'is not a boolean: use true or false');
  },
};

export const integer = (min: number, max: number) => ({
  type: 'integer' as const,
  parse: (v: string, option: string): number => {
    const n = /^\d{1,6}$/.test(v) ? Number(v) : NaN;
    if (!(n >= min && n <= max)) throw new InputError(option, v, `is not a whole number from ${min} to ${max}`);
    return n;
  },
});

/** One of `values`, matched case-insensitively, returned as written here (upper case). */
export const oneOf = <const V extends readonly string[]>(...values: V) => ({
  type: 'enum' as const,
  values,
  parse: (v: string, option: string): V[number] => {
    const found = values.find((value) => value.toUpperCase() === v.toUpperCase());
    if (found === undefined) throw new InputError(option, v, `is not one of ${values.join(', ')}`);
    return found;
  },
});

/** Newline- (and with `commas`, comma-) separated entries, blank ones ignored, each checked by `entry`. */
export const list = (entry: Rule, { commas = false, max = Infinity } = {}) => ({
  type: 'list' as const,
  parse: (v: string, option: string): string[] => {
    const entries = v
      .split(commas ? /[\n,]/ : /\n/)
      .map((s) => s.replace(/\r$/, '').trim())
      .filter((s) => s !== '');
    for (const e of entries) check(option, e, entry(e));
    if (entries.length > max) throw new InputError(option, v, `lists more than ${max} entries`);
    return [...new Set(entries)];
  },
});

/** A path; `mustBe` checks the file it names (existence, contents). */
export const path = (mustBe?: (option: string, path: string) => void) => ({
  type: 'path' as const,
  parse: (v: string, option: string): string => {
    mustBe?.(option, v);
    return v;
  },
});

function existingFile(option: string, file: string): void {
  if (!existsSync(file) || !statSync(file).isFile()) throw new InputError(option, file, 'is not a readable file');
}

function jsonFile(option: string, file: string): void {
  existingFile(option, file);
  try {
    JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new InputError(option, file, 'does not contain valid JSON');
  }
}

const platforms: Rule = (v) => (v.split(',').every((p) => PLATFORM_RE.test(p.trim())) ? undefined : 'is not a comma-separated list of `os/arch[/variant]`');

/** The audience STS expects by default; also the signal that a user did not ask for another one. */
export const DEFAULT_AUDIENCE = 'sts.amazonaws.com';

// ------------------------------------------------------- registries beyond the target

/** A base-image registry: its account id, and its region when it is not the run's. */
export interface PullRegistry {
  id: string;
  region?: string;
}

const PULL_REGISTRY_RE = /^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/;
const ENV_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,255}$/;
const PUBLIC_PREFIX = 'public.ecr.aws/';

/** `pull-registries`: `ID` or `ID@REGION` entries, comma- or newline-separated, each once. */
const pullRegistries = {
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
const catalogText = (limit: number) => ({
  type: 'string' as const,
  parse: (v: string, option: string): string => {
    const path = v.startsWith('file://') ? v.slice('file://'.length) : undefined;
    if (path !== undefined) existingFile(option, path);
    const value = path !== undefined ? readFileSync(path, 'utf8') : v;
    if (value.length > limit) throw new InputError(option, v, `is longer than ECR Public's limit of ${limit} characters`);
    return value;
  },
});

/**
 * The public.ecr.aws/<alias>/<name> form of `repository` names ECR Public's repository `<name>`;
 * the alias belongs to the registry, which ECR Public reports itself.
 */
export function publicRepositoryName(repository: string): string {
  return repository.startsWith(PUBLIC_PREFIX) ? repository.slice(PUBLIC_PREFIX.length).split('/').slice(1).join('/') : repository;
}

/** Registry rules between options; a public.ecr.aws/ repository makes the run an ECR Public one. */
function registryChecks(o: Options): void {
  if (o.repository.startsWith(PUBLIC_PREFIX)) {
    check(
      'repository',
      o.repository,
      /^[a-z0-9][a-z0-9-]{1,49}\//.test(o.repository.slice(PUBLIC_PREFIX.length))
        ? rules.repository(publicRepositoryName(o.repository))
        : 'is not `public.ecr.aws/<alias>/<name>`',
    );
    o.registryType = 'public';
  }
  if (o.registryType === 'public' && o.lifecyclePolicy !== undefined)
    throw new InputError('lifecycle-policy', o.lifecyclePolicy, 'does not apply to ECR Public, which has no lifecycle policies');
  if (o.registryType === 'private') {
    for (const [name, value] of [
      ['catalog-description', o.catalogDescription],
      ['catalog-about', o.catalogAbout],
      ['catalog-usage', o.catalogUsage],
    ] as const) {
      if (value !== undefined) throw new InputError(name, value, 'applies to ECR Public only: set `registry-type: public`');
    }
  }
  if (o.mode === 'deliver' && o.dockerCredentialsOutput) throw new InputError('docker-credentials-output', 'true', 'applies to `mode: login` only');
}

/** The GitHub Action's own inputs: `mode`, and what `login` mode does after the job. */
export function parseActionMode(raw: RawOptions): { mode: 'deliver' | 'login'; skipLogout: boolean; dockerCredentialsOutput: boolean } {
  const mode = parseOption('mode', raw('mode'))!;
  const dockerCredentialsOutput = parseOption('docker-credentials-output', raw('docker-credentials-output'))!;
  if (mode === 'deliver' && dockerCredentialsOutput) throw new InputError('docker-credentials-output', 'true', 'applies to `mode: login` only');
  return { mode, skipLogout: parseOption('skip-logout', raw('skip-logout'))!, dockerCredentialsOutput };
}

// The git ref release tags are read from, labels, the scan gate's severities.
const gitRef = {
  type: 'string' as const,
  parse: (v: string, option: string): GitRef => {
    const ref = parseGitRef(v);
    if (!ref) throw new InputError(option, v, 'is not a git ref: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`');
    return ref;
  },
};
const LABEL_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/;
/** The severities `fail-on-severity` can stop on, most severe first. */
export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];

// ---------------------------------------------------------------------------------------- table
const TABLE = [
  {
    name: 'repository',
    field: 'repository',
    ...text(rules.repository),
    required: true,
    description: "ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AWS call.",
  },
  {
    name: 'aws-region',
    field: 'awsRegion',
    ...text(rules.region),
    defaultText: '`AWS_REGION`, then `AWS_DEFAULT_REGION`',
    description: 'Region of the registry.',
  },
  {
    name: 'role-to-assume',
    field: 'roleToAssume',
    ...text(matches(ROLE_ARN_RE, 'is not an IAM role ARN like `arn:aws:iam::123456789012:role/name`')),
    defaultText: 'none: the ambient AWS credential chain',
    description: "IAM role ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token.",
  },
  {
    name: 'audience',
    field: 'audience',
    ...text(rules.audience),
    default: DEFAULT_AUDIENCE,
    description: 'Audience asked for the GitHub OIDC token (CircleCI tokens are used as issued).',
  },
  {
    name: 'web-identity-token-file',
    field: 'webIdentityTokenFile',
    ...path(existingFile),
    defaultText: '`AWS_WEB_IDENTITY_TOKEN_FILE`',
    description: 'OIDC token file, for CIs other than GitHub and CircleCI.',
  },
  {
    name: 'role-session-name',
    field: 'roleSessionName',
    ...text(rules.sessionName),
    defaultText: 'derived from the CI run, e.g. `ecr-deliver-<run id>`',
    description: "STS session name (STS's charset `[\\w+=,.@-]`, 2–64 characters).",
  },
  {
    name: 'role-duration-seconds',
    field: 'roleDurationSeconds',
    ...integer(900, 43200),
    default: '3600',
    description: "Lifetime of the assumed role's credentials, 900–43200.",
  },
  {
    name: 'registry-id',
    field: 'registryId',
    ...text(rules.account),
    defaultText: "the caller's account",
    description: 'Account id (12 digits) that owns the registry, for cross-account pushes.',
  },
  { name: 'create-repository', field: 'createRepository', ...boolean, default: 'true', description: 'Create the repository when it is missing.' },
  {
    name: 'image-tag-mutability',
    field: 'imageTagMutability',
    ...oneOf('MUTABLE', 'IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION'),
    default: 'MUTABLE',
    description: 'Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable).',
  },
  { name: 'scan-on-push', field: 'scanOnPush', ...boolean, default: 'true', description: 'Scan on push, for a created repository.' },
  {
    name: 'encryption-type',
    field: 'encryptionType',
    ...oneOf('AES256', 'KMS'),
    default: 'AES256',
    description: 'Encryption of a created repository: AES256 or KMS (`kms-key` with KMS).',
  },
  {
    name: 'kms-key',
    field: 'kmsKey',
    ...text(matches(KMS_KEY_RE, 'is not a KMS key ARN, key id or `alias/…`')),
    description: 'KMS key ARN, id or alias, with `encryption-type: KMS`.',
  },
  { name: 'lifecycle-policy', field: 'lifecyclePolicy', ...path(jsonFile), description: 'Path to a lifecycle policy JSON file, applied to the repository.' },
  { name: 'repository-policy', field: 'repositoryPolicy', ...path(jsonFile), description: 'Path to a repository policy JSON file, applied to the repository.' },
  { name: 'context', field: 'context', ...path(), default: '.', description: 'Build context directory.' },
  { name: 'dockerfile', field: 'dockerfile', ...path(), defaultText: '`Dockerfile` in the context', description: 'Dockerfile path.' },
  {
    name: 'build-args',
    field: 'buildArgs',
    ...buildArgsOption,
    description: 'Build arguments, newline-separated `KEY=VALUE`; values are never printed (names only) and reach docker through its environment, not argv.',
  },
  { name: 'target', field: 'target', ...text(matches(STAGE_RE, 'is not a build stage name')), description: 'Build stage to build.' },
  { name: 'platform', field: 'platform', ...text(platforms), description: 'Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx).' },
  {
    name: 'cache',
    field: 'cache',
    ...boolean,
    default: 'true',
    description:
      'Reuse the layers of the latest image in the repository on a fresh runner (inline cache on BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery.',
  },
  {
    name: 'provenance',
    field: 'provenance',
    ...boolean,
    default: 'false',
    description:
      'BuildKit provenance/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys.',
  },
  {
    name: 'image',
    field: 'image',
    ...text(matches(IMAGE_RE, 'is not a local image reference like `name:tag` or an image id')),
    description: 'Push this existing local image instead of building.',
  },
  {
    name: 'commit-sha',
    field: 'commitSha',
    ...text(rules.commitSha, (v) => v.toLowerCase()),
    defaultText: '`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`',
    description: 'Commit SHA the image is tagged with (40 hex characters).',
  },
  {
    name: 'tags',
    field: 'tags',
    ...list(rules.tag, { commas: true, max: MAX_TAGS }),
    description: 'Extra tags, newline- or comma-separated; the commit SHA tag is always applied.',
  },
  {
    name: 'skip-existing',
    field: 'skipExisting',
    ...boolean,
    default: 'false',
    description: 'When the SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy.',
  },
  { name: 'push', field: 'push', ...boolean, default: 'true', description: 'Push to ECR; `false` builds and tags only (pull-request builds).' },
  // Registries beyond the target (base-image registries, ECR Public, the Action's login mode).
  {
    name: 'web-identity-token-env',
    field: 'webIdentityTokenEnv',
    ...text(matches(ENV_NAME_RE, 'is not an environment variable name (letters, digits, `_`)')),
    description: 'Name of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed).',
  },
  {
    name: 'pull-registries',
    field: 'pullRegistries',
    ...pullRegistries,
    description:
      'Other ECR registries docker is logged in to before the build, so `FROM` and cache pulls can read them: account ids (12 digits), or `ID@REGION` for another region, comma- or newline-separated.',
  },
  {
    name: 'registry-type',
    field: 'registryType',
    ...oneOf('private', 'public'),
    default: 'private',
    description: '`private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<name>`).',
  },
  {
    name: 'catalog-description',
    field: 'catalogDescription',
    ...catalogText(1024),
    description: 'ECR Public: short description of a created repository (text, or `file://PATH`).',
  },
  {
    name: 'catalog-about',
    field: 'catalogAbout',
    ...catalogText(25600),
    description: 'ECR Public: "About" text (markdown) of a created repository (text, or `file://PATH`).',
  },
  {
    name: 'catalog-usage',
    field: 'catalogUsage',
    ...catalogText(25600),
    description: 'ECR Public: "Usage" text (markdown) of a created repository (text, or `file://PATH`).',
  },
  {
    name: 'mode',
    field: 'mode',
    ...oneOf('deliver', 'login'),
    default: 'deliver',
    githubOnly: true,
    description:
      "GitHub Action only: `deliver`, or `login`: credentials and docker login to the registry and every `pull-registries` id, in the job's docker config, for later docker steps (like the orb's `ecr/login` and the CLI's `login`).",
  },
  {
    name: 'docker-credentials-output',
    field: 'dockerCredentialsOutput',
    ...boolean,
    default: 'false',
    githubOnly: true,
    description:
      "GitHub Action, `login` mode: set masked outputs `docker-username` and `docker-password` for a later job's `services:` credentials (they are secrets: see the README).",
  },
  {
    name: 'skip-logout',
    field: 'skipLogout',
    ...boolean,
    default: 'false',
    githubOnly: true,
    description: 'GitHub Action, `login` mode: keep the docker login after the job (the post step does not log out; shared self-hosted runners).',
  },
  {
    name: 'timeout-seconds',
    field: 'timeoutSeconds',
    ...integer(1, 86400),
    default: '3600',
    description:
      "Upper bound on the whole run (AWS calls, build, push), 1–86400; a hung endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at most 30 s.",
  },
  // Build secrets for BuildKit (parsers in build-secrets.ts; their errors never quote a value).
  {
    name: 'secrets',
    field: 'secrets',
    ...secretsOption,
    description: 'Build secrets, lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret,id=…` (BuildKit); masked, never in argv, layers or history.',
  },
  { name: 'secret-files', field: 'secretFiles', ...secretFilesOption, description: 'Build secrets from files, lines `id=PATH` (BuildKit).' },
  {
    name: 'ssh',
    field: 'ssh',
    ...sshOption,
    description: 'SSH agent or keys for `RUN --mount=type=ssh` (BuildKit): `default` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`.',
  },
  // Tags from git, labels, the vulnerability gate.
  {
    name: 'semver-tags',
    field: 'semverTags',
    ...boolean,
    default: 'false',
    description:
      'On a semantic-version git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `0`). `latest` only when listed in `tags`.',
  },
  {
    name: 'branch-tag',
    field: 'branchTag',
    ...boolean,
    default: 'false',
    description:
      'Also tag the branch name made a valid tag (`feature/Login` → `feature-login`, cut to 128 characters with a hash suffix), and `pr-<number>` on pull requests.',
  },
  {
    name: 'git-ref',
    field: 'gitRef',
    ...gitRef,
    defaultText: '`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch',
    description: 'The git ref `semver-tags` and `branch-tag` read: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`.',
  },
  {
    name: 'labels',
    field: 'labels',
    ...list(matches(LABEL_RE, 'is not `key=value` with a key of letters, digits, `.`, `_`, `-` and `/`')),
    description:
      'Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, created; version from a semver tag); a key given here wins.',
  },
  {
    name: 'scan-wait',
    field: 'scanWait',
    ...boolean,
    default: 'false',
    description:
      "After the push, wait for ECR's scan of the pushed digest (basic or enhanced scanning) and report the findings (`scan-findings`, the summary).",
  },
  {
    name: 'scan-start',
    field: 'scanStart',
    ...boolean,
    default: 'false',
    description: 'With `scan-wait`: start a basic scan (`StartImageScan`) when the repository did not scan the image on push.',
  },
  {
    name: 'scan-timeout-seconds',
    field: 'scanTimeoutSeconds',
    ...integer(1, 86400),
    default: '600',
    description: 'How long `scan-wait` waits for the scan, 1–86400 (also bounded by `timeout-seconds`).',
  },
  {
    name: 'fail-on-severity',
    field: 'failOnSeverity',
    ...oneOf(...SEVERITIES, 'none'),
    default: 'none',
    description:
      'With `scan-wait`: exit 1 when findings at or above CRITICAL, HIGH, MEDIUM or LOW exist, or when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports.',
  },
] as const satisfies readonly OptionSpec[];

type Spec = (typeof TABLE)[number];
export type OptionName = Spec['name'];
/** The table, for code that walks every option (front ends, generators, tests). */
export const OPTIONS: readonly (OptionSpec & { readonly name: OptionName })[] = TABLE;
type SpecNamed<N extends OptionName> = Extract<Spec, { name: N }>;
type Value<S extends Spec> = ReturnType<S['parse']>;
/** Options that always have a value: a default, required, or a list (empty when not given). */
type Always = { default: string } | { required: true } | { type: 'list' };
type Flatten<T> = { [K in keyof T]: T[K] };

/** Parsed, validated options, derived from the table. Derived defaults (region, SHA, session name) are filled by context.ts. */
export type Options = Flatten<
  { -readonly [S in Spec as S extends Always ? S['field'] : never]: Value<S> } & { -readonly [S in Spec as S extends Always ? never : S['field']]?: Value<S> }
>;
export type Mutability = Options['imageTagMutability'];
export type EncryptionType = Options['encryptionType'];

/** The options `login` reads (CLI subcommand, orb command): credentials and the registry, nothing about the image. */
export const LOGIN_OPTIONS: readonly OptionName[] = [
  'aws-region',
  'role-to-assume',
  'audience',
  'web-identity-token-file',
  'role-session-name',
  'role-duration-seconds',
  'registry-id',
  'web-identity-token-env',
  'pull-registries',
  'registry-type',
];

/** The GitHub Action's `mode: login` outputs; the credentials only with `docker-credentials-output`. */
export const LOGIN_OUTPUTS: readonly { name: string; description: string }[] = [
  { name: 'registry', description: 'The target registry host, as ECR returns it.' },
  { name: 'registries', description: 'Every registry host logged in to (the target, then the `pull-registries`), comma-separated.' },
  { name: 'docker-username', description: 'With `docker-credentials-output`: the registry user name.' },
  { name: 'docker-password', description: 'With `docker-credentials-output`: the registry password, valid 12 hours (masked).' },
];

/**
 * Outputs stay typed in the core (`type`: `boolean`, `list`, else a string) until a front end
 * writes them with outputText: booleans as `true`/`false`, lists comma-joined. Adding one is an
 * entry here plus the value the pipeline returns for it (`Outputs` makes that required).
 */
export const OUTPUTS = [
  { name: 'registry', description: 'Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`.' },
  { name: 'repository-uri', description: 'Repository URI, `<registry>/<repository>`.' },
  { name: 'image', description: 'Image reference with the commit SHA tag, `<repository-uri>:<sha>`.' },
  { name: 'digest', description: 'Digest (`sha256:…`) of the pushed manifest.' },
  { name: 'image-ref', description: 'Image reference pinned by digest, `<repository-uri>@<digest>`.' },
  { name: 'tags', type: 'list', description: 'Tags applied, comma-separated, the SHA first.' },
  {
    name: 'pushed',
    type: 'boolean',
    description: '`true`, or `false` when nothing was uploaded (skip-existing hit, immutable SHA already there, or push: false).',
  },
  { name: 'scan-findings', description: 'With `scan-wait`: counts by severity as JSON, e.g. `{"CRITICAL":0,"HIGH":2}`; empty without a scan.' },
] as const satisfies readonly { name: string; type?: 'boolean' | 'list'; description: string }[];

type OutputSpec = (typeof OUTPUTS)[number];
export type OutputName = OutputSpec['name'];
export type Outputs = {
  -readonly [O in OutputSpec as O['name']]: O extends { type: 'boolean' } ? boolean : O extends { type: 'list' } ? string[] : string;
};

/** An output as every front end writes it (step output, `export` line, JSON value). */
export function outputText(outputs: Outputs, name: OutputName): string {
  const value: string | boolean | string[] = outputs[name];
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** All outputs in their written form, in table order. */
export function outputTexts(outputs: Outputs): Record<OutputName, string> {
  return Object.fromEntries(OUTPUTS.map(({ name }) => [name, outputText(outputs, name)])) as Record<OutputName, string>;
}

export const envName = (option: string): string => `ECR_DELIVER_${option.toUpperCase().replace(/-/g, '_')}`;

// CircleCI exports outputs under a prefix of their own (ECR_DELIVERED_*), so a later
// ecr-deliver run in the same job never reads an output (`image`, `tags`) back as an option.
export const outputEnvName = (output: string): string => `ECR_DELIVERED_${output.toUpperCase().replace(/-/g, '_')}`;
export const orbName = (option: string): string => option.replace(/-/g, '_');

// -------------------------------------------------------------------------------------- parsing

/** Where a front end reads raw values from: a missing or empty value means "not given". */
export type RawOptions = (name: string) => string | undefined;

/** The given text, trimmed (lists keep their lines), after the checks every option shares; undefined when not given. */
function givenValue(spec: OptionSpec, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const isList = spec.type === 'list';
  const given = isList ? value : value.trim();
  const limit = isList ? MAX_LIST_VALUE : MAX_VALUE;
  if (given.length > limit) throw new InputError(spec.name, given, `is longer than ${limit} characters`);
  // Only list options may span lines; no option may carry other control characters.
  const controls = isList ? /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/ : /[\x00-\x1f\x7f]/;
  if (controls.test(given)) throw new InputError(spec.name, given, 'contains control characters');
  return given;
}

/** One option's value, parsed by the table's rules: undefined when neither given nor defaulted. */
export function parseOption<N extends OptionName>(name: N, raw: string | undefined): Value<SpecNamed<N>> | undefined {
  const spec = TABLE.find((o) => o.name === name) as SpecNamed<N>;
  const value = givenValue(spec, raw) ?? (spec as OptionSpec).default;
  return value === undefined ? undefined : (spec.parse(value, name) as Value<SpecNamed<N>>);
}

/**
 * Read every option through `raw`, validate all of it, and return typed options. No I/O but file
 * checks. `login` mode (credentials + docker login only) needs no repository and builds nothing.
 */
export function parseOptions(raw: RawOptions, mode: 'deliver' | 'login' = 'deliver'): Options {
  const parsed: Record<string, unknown> = {};
  for (const spec of OPTIONS) {
    const value = givenValue(spec, raw(spec.name)) ?? spec.default;
    if (value !== undefined) parsed[spec.field] = spec.parse(value, spec.name);
    else if (spec.type === 'list') parsed[spec.field] = [];
    else if (spec.required && mode === 'login') parsed[spec.field] = '';
    else if (spec.required) throw new InputError(spec.name, '', 'is required');
  }
  const options = parsed as Options;
  crossChecks(options, mode);
  return options;
}

/** Rules between options, after each one has passed its own. */
function crossChecks(o: Options, mode: 'deliver' | 'login'): void {
  if (o.kmsKey !== undefined && o.encryptionType !== 'KMS') throw new InputError('kms-key', o.kmsKey, 'needs `encryption-type: KMS`');
  registryChecks(o);

  scanChecks(o);
  if (mode === 'deliver') checkBuildInputs(o);
}

/** The scan options only mean something while the run waits for the scan. */
function scanChecks(o: Options): void {
  if (o.scanWait && o.registryType === 'public') throw new InputError('scan-wait', 'true', 'does not apply to ECR Public, which does not scan images');
  if (o.scanWait) return;
  if (o.scanStart) throw new InputError('scan-start', 'true', 'needs `scan-wait: true` (a started scan is only useful when the run waits for it)');
  if (o.failOnSeverity !== 'none')
    throw new InputError('fail-on-severity', o.failOnSeverity, 'needs `scan-wait: true`: the gate reads the scan the run waits for');
}

/**
 * The build inputs must exist unless nothing will be built: with `image` nothing is, and with
 * skip-existing the Dockerfile may legitimately be gone (checked again if a build turns out needed).
 */
function checkBuildInputs(o: Options): void {
  if (o.image !== undefined) {
    // Build-arg values may be tokens: the message shows their names.
    const buildInputs: [OptionName, string | undefined][] = [
      ['dockerfile', o.dockerfile],
      ['target', o.target],
      ['platform', o.platform],
      ['build-args', o.buildArgs.map((a) => `${a.split('=')[0]}=***`).join('\n') || undefined],
      ['labels', o.labels.join('\n') || undefined],
    ];
    for (const [name, value] of buildInputs) {
      if (value !== undefined) throw new InputError(name, value, 'cannot be combined with `image` (nothing is built)');
    }
    const secrets = hasBuildSecrets(buildSecretsOf(o));
    if (secrets) throw new InputError(secrets, '***', 'cannot be combined with `image` (nothing is built)');
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
