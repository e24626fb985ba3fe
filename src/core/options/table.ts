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
 *   `list(entryRule)`, `path()` or `path(check)` (parsers.ts), one of rules.ts, or a `{ type, parse }` of your own. `type` says how
 *   the front ends declare it (the orb: boolean → boolean parameter, enum → enum, else string) and
 *   whether it may span lines (list); `parse(value, name)` turns the trimmed text into the field's
 *   value or throws an InputError, and its return type is the field's type (`oneOf`: the union of
 *   its values). `rule`s are `(value) => problem | undefined`, see `rules` and `matches`. Errors
 *   quote the value: a parser for secret values must word its errors without them.
 * - `default`: the literal default every front end declares, parsed like a given value;
 *   `defaultText`: how a derived default reads in docs (the value is filled in by context.ts).
 * - `required: true`: the run refuses to start without it.
 * - `iamPolicy: { value, … }`: `ecr-deliver iam-policy` takes it too (IamPolicyUse says what differs
 *   there); with `iamPolicyOnly: true` only that command does: no input, parameter, delivery flag or field.
 * The field is optional in `Options` unless the option has a `default`, is `required`, or is a list
 * (a list not given is empty). Rules between options live in checks.ts.
 */
import { buildArgsOption, secretFilesOption, secretsOption, sshOption } from '../build-secrets';
import { boolean, existingFile, integer, jsonFile, list, matches, type OptionType, oneOf, type Parse, path, text } from './parsers';
import {
  applied,
  branchName,
  catalogText,
  ENVIRONMENT_RE,
  githubRepo,
  gitRef,
  KMS_ARN_RE,
  oidcIssuer,
  platforms,
  pullRegistries,
  pullThroughPrefix,
  REPOSITORY_PATTERN_RE,
  rules,
  tagName,
  UUID_RE,
  VCS_REF_RE,
} from './rules';

export type { OptionType } from './parsers';

// Rules of one option each (the shared ones are in rules.ts).
const ROLE_ARN_RE = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const KMS_KEY_RE =
  /^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const STAGE_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
// A local image reference: name[:tag][@digest], docker's charset, no spaces or option-like leading dash.
const IMAGE_RE = /^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/;
const MAX_TAGS = 100;
const ENV_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,255}$/;
const LABEL_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/;

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
  /** An input of building or pushing an image: `mode: merge`, which does neither, refuses it set to other than its default. */
  readonly builds?: boolean;
  /** A flag of `ecr-deliver iam-policy` too: how that command takes it. */
  readonly iamPolicy?: IamPolicyUse;
  /** A flag of `ecr-deliver iam-policy` only: no input, orb parameter, delivery flag, nor field of `Options`. */
  readonly iamPolicyOnly?: boolean;
}

/**
 * How `ecr-deliver iam-policy` takes an option: `--name VALUE` (`value` is shown in its help), and
 * what differs from the delivery, which only needs to know whether the delivery will use it.
 */
export interface IamPolicyUse {
  readonly value: string;
  /** Replaces the row's description in iam-policy's help and the README's IAM table. */
  readonly description?: string;
  /** Replaces the row's default; `default: undefined` means none there. */
  readonly default?: string;
  readonly defaultText?: string;
  /** Replaces the row's parser (`type` with it). */
  readonly type?: OptionType;
  readonly parse?: Parse<unknown>;
}

/** The audience STS expects by default; also the signal that a user did not ask for another one. */
export const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
/** The severities `fail-on-severity` can stop on, most severe first. */
export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];

const TABLE = [
  {
    name: 'repository',
    field: 'repository',
    ...text(rules.repository),
    required: true,
    description: "ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AWS call.",
    iamPolicy: { value: 'NAME', description: 'ECR repository the role delivers to.' },
  },
  {
    name: 'aws-region',
    field: 'awsRegion',
    ...text(rules.region),
    defaultText: '`AWS_REGION`, then `AWS_DEFAULT_REGION`',
    description: 'Region of the registry.',
    iamPolicy: { value: 'REGION' },
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
    iamPolicy: {
      value: 'AUD',
      description: 'Pinned `aud` of the trust policy.',
      default: undefined,
      defaultText: 'sts.amazonaws.com on GitHub, the org id on CircleCI',
    },
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
    iamPolicy: { value: 'ID', defaultText: '`account-id`' },
  },
  {
    name: 'create-repository',
    field: 'createRepository',
    ...boolean,
    default: 'true',
    description: 'Create the repository when it is missing.',
    iamPolicy: { value: 'true|false', description: 'The delivery may create the repository.' },
  },
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
    iamPolicy: { value: 'AES256|KMS', description: 'Encryption of a created repository; KMS adds the KMS grants ECR needs.' },
  },
  {
    name: 'kms-key',
    field: 'kmsKey',
    ...text(matches(KMS_KEY_RE, 'is not a KMS key ARN, key id or `alias/…`')),
    description: 'KMS key ARN, id or alias, with `encryption-type: KMS`.',
    iamPolicy: {
      value: 'ARN',
      description: 'KMS key ARN of a created repository.',
      defaultText: 'any key of the account',
      ...text(matches(KMS_ARN_RE, 'is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1:123456789012:key/…`')),
    },
  },
  {
    name: 'lifecycle-policy',
    field: 'lifecyclePolicy',
    ...path(jsonFile),
    description: 'Path to a lifecycle policy JSON file, applied to the repository.',
    iamPolicy: { value: 'FILE|true', description: 'The delivery applies a lifecycle policy.', default: 'false', ...applied },
  },
  {
    name: 'repository-policy',
    field: 'repositoryPolicy',
    ...path(jsonFile),
    description: 'Path to a repository policy JSON file, applied to the repository.',
    iamPolicy: { value: 'FILE|true', description: 'The delivery applies a repository policy.', default: 'false', ...applied },
  },
  { name: 'context', field: 'context', builds: true, ...path(), default: '.', description: 'Build context directory.' },
  { name: 'dockerfile', field: 'dockerfile', builds: true, ...path(), defaultText: '`Dockerfile` in the context', description: 'Dockerfile path.' },
  {
    name: 'build-args',
    field: 'buildArgs',
    builds: true,
    ...buildArgsOption,
    description: 'Build arguments, newline-separated `KEY=VALUE`; values are never printed (names only) and reach docker through its environment, not argv.',
  },
  { name: 'target', field: 'target', builds: true, ...text(matches(STAGE_RE, 'is not a build stage name')), description: 'Build stage to build.' },
  { name: 'platform', field: 'platform', ...text(platforms), description: 'Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx).' },
  {
    name: 'cache',
    field: 'cache',
    builds: true,
    ...boolean,
    default: 'true',
    description:
      'Reuse the layers of the latest image in the repository on a fresh runner (inline cache on BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery.',
    iamPolicy: { value: 'true|false', description: 'The delivery uses the layer cache.' },
  },
  {
    name: 'provenance',
    field: 'provenance',
    builds: true,
    ...boolean,
    default: 'false',
    description:
      'BuildKit provenance/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys.',
  },
  {
    name: 'image',
    field: 'image',
    builds: true,
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
  {
    name: 'push',
    field: 'push',
    builds: true,
    ...boolean,
    default: 'true',
    description: 'Push to ECR; `false` builds and tags only (pull-request builds).',
    iamPolicy: { value: 'true|false', description: 'The delivery pushes; `false`: build-only runs that just look the repository up.' },
  },
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
    iamPolicy: {
      value: 'IDS',
      description: 'Base-image registries the build pulls from: account ids or `ID@REGION`, comma-separated (as given to the delivery).',
    },
  },
  {
    name: 'registry-type',
    field: 'registryType',
    ...oneOf('private', 'public'),
    default: 'private',
    description: '`private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<name>`).',
    iamPolicy: {
      value: 'private|public',
      description: '`public`: the ECR Public actions instead.',
      defaultText: 'private, or public for a public.ecr.aws/ repository',
    },
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
    ...oneOf('deliver', 'login', 'part', 'merge'),
    default: 'deliver',
    description:
      "`deliver`; `login`: credentials and docker login to the registry and every `pull-registries` id, in the job's docker config, for later docker steps; `part`: one platform's image of a multi-arch image (`platform`, else the daemon's), tagged only `<sha>-<os>-<arch>[-<variant>]`; `merge`: the parts of every `platform` into one image index under every tag, with ECR's API only (no docker).",
    iamPolicy: {
      value: 'deliver|part|merge',
      description: 'The mode the role runs: `part` as `deliver`; `merge` reads the parts and their configs and puts the index (no upload).',
      ...oneOf('deliver', 'part', 'merge'),
    },
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
    builds: true,
    ...secretsOption,
    description: 'Build secrets, lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret,id=…` (BuildKit); masked, never in argv, layers or history.',
  },
  { name: 'secret-files', field: 'secretFiles', builds: true, ...secretFilesOption, description: 'Build secrets from files, lines `id=PATH` (BuildKit).' },
  {
    name: 'ssh',
    field: 'ssh',
    builds: true,
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
    builds: true,
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
    iamPolicy: { value: 'true|false', description: 'The delivery waits for the image scan.' },
  },
  {
    name: 'scan-start',
    field: 'scanStart',
    ...boolean,
    default: 'false',
    description: 'With `scan-wait`: start a basic scan (`StartImageScan`) when the repository did not scan the image on push.',
    iamPolicy: { value: 'true|false', description: 'With `--scan-wait`: the delivery may start a scan.' },
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
  // The flags of `ecr-deliver iam-policy` alone: whose OIDC tokens the role trusts, and what it prints.
  {
    name: 'account-id',
    field: 'accountId',
    ...text(rules.account),
    required: true,
    iamPolicyOnly: true,
    iamPolicy: { value: 'ID' },
    description: 'AWS account id (12 digits) of the role and its OIDC provider.',
  },
  {
    name: 'provider',
    field: 'provider',
    ...oneOf('github', 'circleci', 'none'),
    iamPolicyOnly: true,
    iamPolicy: { value: 'github|circleci|none', defaultText: 'github with `--repo`, circleci with `--org-id`' },
    description: 'Whose OIDC tokens the role trusts; `none` prints the permissions policy only.',
  },
  {
    name: 'repo',
    field: 'repo',
    ...text(githubRepo),
    iamPolicyOnly: true,
    iamPolicy: { value: 'OWNER/REPO' },
    description: 'GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carries ids.',
  },
  {
    name: 'branch',
    field: 'branch',
    ...text(branchName, (v) => v.replace(/^refs\/heads\//, '')),
    iamPolicyOnly: true,
    iamPolicy: { value: 'BRANCH', defaultText: '`main`' },
    description: 'GitHub branch allowed to deliver (`*` patterns allowed).',
  },
  {
    name: 'tag',
    field: 'tag',
    ...text(tagName, (v) => v.replace(/^refs\/tags\//, '')),
    iamPolicyOnly: true,
    iamPolicy: { value: 'TAG' },
    description: 'GitHub tag allowed to deliver, for release workflows on tag pushes (`v*` patterns allowed; instead of `--branch`).',
  },
  {
    name: 'environment',
    field: 'environment',
    ...text(matches(ENVIRONMENT_RE, 'is not a GitHub environment name (1–255 characters, no `:`)')),
    iamPolicyOnly: true,
    iamPolicy: { value: 'NAME' },
    description: 'GitHub environment allowed to deliver, for jobs that use `environment:` (instead of `--branch`).',
  },
  {
    name: 'pull-request',
    field: 'pullRequest',
    ...boolean,
    default: 'false',
    iamPolicyOnly: true,
    iamPolicy: { value: 'true|false' },
    description: 'Trust runs on `pull_request` events of the repository instead of a branch (pair it with `--push false`).',
  },
  {
    name: 'github-issuer',
    field: 'githubIssuer',
    ...oidcIssuer,
    iamPolicyOnly: true,
    iamPolicy: { value: 'HOST', defaultText: 'token.actions.githubusercontent.com' },
    description: "GitHub Enterprise Server's OIDC issuer, `HOST/_services/token`.",
  },
  {
    name: 'org-id',
    field: 'orgId',
    ...text(matches(UUID_RE, 'is not a CircleCI organization id (a lowercase UUID)')),
    iamPolicyOnly: true,
    iamPolicy: { value: 'UUID' },
    description: 'CircleCI organization id (Organization Settings > Overview).',
  },
  {
    name: 'project-id',
    field: 'projectId',
    ...text(matches(UUID_RE, 'is not a CircleCI project id (a lowercase UUID)')),
    iamPolicyOnly: true,
    iamPolicy: { value: 'UUID' },
    description: 'CircleCI project id allowed to deliver (required with `--org-id`: without it every project of the org, with any context, could deliver).',
  },
  {
    name: 'vcs-ref',
    field: 'vcsRef',
    ...text(matches(VCS_REF_RE, 'is not a git ref like `refs/heads/main`')),
    iamPolicyOnly: true,
    iamPolicy: { value: 'REF' },
    description:
      'CircleCI: pin the git ref too, e.g. `refs/heads/main` (matched in the sub of `CIRCLE_OIDC_TOKEN_V2`, which the orb uses; `*` patterns allowed).',
  },
  {
    name: 'pull-repositories',
    field: 'pullRepositories',
    ...list(matches(REPOSITORY_PATTERN_RE, 'is not a repository name pattern (lowercase name, `*` wildcards)'), { commas: true }),
    iamPolicyOnly: true,
    iamPolicy: { value: 'PATTERNS', defaultText: 'every repository, `*`' },
    description: 'Repositories of the `--pull-registries` the build pulls, name patterns, comma-separated.',
  },
  {
    name: 'pull-through',
    field: 'pullThrough',
    ...list(pullThroughPrefix, { commas: true }),
    iamPolicyOnly: true,
    iamPolicy: { value: 'PREFIXES' },
    description:
      'Pull-through cache prefixes of the target registry the build pulls from (adds `ecr:BatchImportUpstreamImage` and `ecr:CreateRepository` on `PREFIX/*`).',
  },
  {
    name: 'only',
    field: 'only',
    ...oneOf('permissions', 'trust'),
    iamPolicyOnly: true,
    iamPolicy: { value: 'permissions|trust' },
    description: 'Print just that one policy document, ready for `aws iam … file://`.',
  },
] as const satisfies readonly OptionSpec[];

type Row = (typeof TABLE)[number];
/** The options of a delivery (and `login`): every row but iam-policy's own. */
type Spec = Exclude<Row, { iamPolicyOnly: true }>;
export type OptionName = Spec['name'];
const isDelivery = (row: OptionSpec): boolean => !row.iamPolicyOnly;
/** The delivery's options, for code that walks every option (front ends, generators, tests). */
export const OPTIONS = TABLE.filter(isDelivery) as readonly (OptionSpec & { readonly name: OptionName })[];
type Value<S extends Spec> = ReturnType<S['parse']>;
/** The parsed value of option `N`. */
export type OptionValue<N extends OptionName> = Value<Extract<Spec, { name: N }>>;
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

/** The options `merge` reads (CLI subcommand, orb command): every one but those of building or pushing an image, and `mode`. */
export const MERGE_OPTIONS: readonly OptionName[] = OPTIONS.filter((o) => !o.githubOnly && !o.builds && o.name !== 'mode').map((o) => o.name);

// ------------------------------------------------------------------------- the iam-policy command

type IamRow = Extract<Row, { iamPolicy: object }>;
type IamValue<S extends IamRow> = S['iamPolicy'] extends { parse: Parse<infer T> } ? T : ReturnType<S['parse']>;
/** The parsed flags of `ecr-deliver iam-policy`, by field; a flag neither given nor defaulted is absent. */
export type IamPolicyValues = { -readonly [S in IamRow as S['field']]?: IamValue<S> };

/** A flag of `ecr-deliver iam-policy`, as its parser, its help and the README's IAM table see it. */
export interface IamPolicyFlag {
  readonly name: string;
  readonly field: string;
  /** What follows the flag in the help, e.g. `ID` or `true|false`. */
  readonly value: string;
  /** The meaning, with `Required.` and the default said. */
  readonly description: string;
  readonly type: OptionType;
  readonly parse: Parse<unknown>;
  readonly default?: string;
  readonly required?: boolean;
}

function iamPolicyFlag(row: OptionSpec, use: IamPolicyUse): IamPolicyFlag {
  const dflt = 'default' in use ? use.default : row.default;
  const shown = use.defaultText ?? (dflt !== undefined ? `\`${dflt}\`` : row.defaultText);
  const description = `${use.description ?? row.description}${row.required ? ' Required.' : ''}${shown ? ` Default: ${shown}.` : ''}`;
  return {
    name: row.name,
    field: row.field,
    value: use.value,
    description,
    type: use.type ?? row.type,
    parse: use.parse ?? row.parse,
    default: dflt,
    required: row.required,
  };
}

/** The flags of `ecr-deliver iam-policy`: the rows it takes, the required ones first, else in table order. */
export const IAM_POLICY_FLAGS: readonly IamPolicyFlag[] = (TABLE as readonly OptionSpec[])
  .flatMap((row) => (row.iamPolicy ? [iamPolicyFlag(row, row.iamPolicy)] : []))
  .sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required)));
