/**
 * What the CI run tells us: region, commit SHA, session name, source URL. Resolved from the
 * environment before any AWS call, so a missing or bad derived value is still an input error.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { InputError } from './errors';
import { rules } from './options/rules';
import type { Options } from './options/table';
import { checkDerivedTags, circleciRef, type GitRef, githubRef, type ReleaseTags, releaseTags } from './release-tags';

export type CiName = 'github' | 'circleci' | 'other';

export interface RunContext {
  ci: CiName;
  region: string;
  commitSha: string;
  sessionName: string;
  /** For the `org.opencontainers.image.source` label; empty when unknown. */
  sourceUrl: string;
  /** Tags from git (`semver-tags`, `branch-tag`) and the version for the OCI label. */
  release: ReleaseTags;
}

type Env = NodeJS.ProcessEnv;

export function detectCi(env: Env): CiName {
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  if (env.CIRCLECI === 'true') return 'circleci';
  return 'other';
}

/** `login` tags nothing, so it needs no commit SHA (and may run outside a git checkout). */
export function resolveContext(options: Options, env: Env = process.env, mode: 'deliver' | 'login' = 'deliver'): RunContext {
  const ci = detectCi(env);
  const commitSha = mode === 'login' ? '' : resolveCommitSha(options, env);
  return {
    ci,
    region: resolveRegion(options.awsRegion, env),
    commitSha,
    sessionName: options.roleSessionName ?? deriveSessionName(env),
    sourceUrl: sourceUrl(env),
    release: mode === 'login' ? { tags: [] } : resolveReleaseTags(options, env, ci, commitSha),
  };
}

/** Only asked when a derived tag is wanted: outside GitHub and CircleCI it costs git calls. */
function resolveReleaseTags(options: Options, env: Env, ci: CiName, commitSha: string): ReleaseTags {
  if (!options.semverTags && !options.branchTag) return { tags: [] };
  const ref = options.gitRef ?? ciGitRef(ci, env, commitSha);
  const release = releaseTags(ref, options);
  checkDerivedTags(release, ref, rules.tag);
  return release;
}

function ciGitRef(ci: CiName, env: Env, commitSha: string): GitRef {
  if (ci === 'github') return githubRef(env, readEvent(env));
  if (ci === 'circleci') return circleciRef(env);
  // Elsewhere git itself: a tag exactly at the delivered commit, else the checked-out branch.
  const tag = git(['describe', '--tags', '--exact-match', commitSha]);
  if (tag) return { tag };
  const branch = git(['symbolic-ref', '--short', '-q', 'HEAD']);
  return branch ? { branch } : {};
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function readEvent(env: Env): { pull_request?: { number?: number; head?: { sha?: string } } } {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { number?: number; head?: { sha?: string } } };
  } catch {
    // An unreadable payload: GITHUB_SHA and GITHUB_REF still describe a real commit of this run.
    return {};
  }
}

/** The given region, else the SDK's variables; refused when none names a region. */
export function resolveRegion(given: string | undefined, env: Env): string {
  const region = given ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
  if (!region) throw new InputError('aws-region', '', 'is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION');
  const problem = rules.region(region);
  if (problem) throw new InputError('aws-region', region, problem);
  return region;
}

/** The ARN partition of a region: `aws-cn` in China, `aws-us-gov` in GovCloud, else `aws`. */
export function partition(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** On pull_request events GITHUB_SHA is the merge commit; the image should carry the PR head. */
function githubSha(env: Env): string | undefined {
  if (/^pull_request(_target)?$/.test(env.GITHUB_EVENT_NAME ?? '')) {
    const head = readEvent(env).pull_request?.head?.sha;
    if (head) return head;
  }
  return env.GITHUB_SHA;
}

const gitHead = (): string | undefined => git(['rev-parse', 'HEAD']);

function resolveCommitSha(options: Options, env: Env): string {
  const sha = (options.commitSha ?? githubSha(env) ?? env.CIRCLE_SHA1 ?? gitHead())?.toLowerCase();
  if (!sha) throw new InputError('commit-sha', '', 'is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer');
  const problem = rules.commitSha(sha);
  if (problem) throw new InputError('commit-sha', sha, problem);
  return sha;
}

/** STS accepts `[\w+=,.@-]`, 2–64 characters; CI ids are mapped into that. */
export function deriveSessionName(env: Env): string {
  const run = env.GITHUB_RUN_ID
    ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
    : (env.CIRCLE_BUILD_NUM ?? env.CIRCLE_WORKFLOW_JOB_ID ?? String(Date.now()));
  return `ecr-deliver-${run}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}

function sourceUrl(env: Env): string {
  if (env.GITHUB_REPOSITORY) return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}`;
  const circle = env.CIRCLE_REPOSITORY_URL;
  if (circle) {
    // CircleCI gives the clone URL, often `git@github.com:org/repo.git`; the label wants a browsable URL.
    const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(circle);
    return ssh ? `https://${ssh[1]}/${ssh[2]}` : circle.replace(/\.git$/, '');
  }
  return '';
}
