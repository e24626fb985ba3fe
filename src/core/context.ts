/**
 * What the CI run tells us: region, commit SHA, session name, source URL. Resolved from the
 * environment before any AWS call, so a missing or bad derived value is still an input error.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { InputError } from './errors';
import { rules, type Options } from './options';

export type CiName = 'github' | 'circleci' | 'other';

export interface RunContext {
  ci: CiName;
  region: string;
  commitSha: string;
  sessionName: string;
  /** For the `org.opencontainers.image.source` label; empty when unknown. */
  sourceUrl: string;
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
  return {
    ci,
    region: resolveRegion(options.awsRegion, env),
    commitSha: mode === 'login' ? '' : resolveCommitSha(options, env),
    sessionName: options.roleSessionName ?? deriveSessionName(env),
    sourceUrl: sourceUrl(env),
  };
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
  if (/^pull_request(_target)?$/.test(env.GITHUB_EVENT_NAME ?? '') && env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { head?: { sha?: string } } };
      const head = event.pull_request?.head?.sha;
      if (head) return head;
    } catch {
      // An unreadable payload falls back to GITHUB_SHA: still a real commit of this run.
    }
  }
  return env.GITHUB_SHA;
}

function gitHead(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

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
    : env.CIRCLE_BUILD_NUM ?? env.CIRCLE_WORKFLOW_JOB_ID ?? String(Date.now());
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
