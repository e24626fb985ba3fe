/**
 * Tags derived from git: `1.2.3`, `1.2`, `1` from a semantic-version tag ref, a branch
 * name made a valid tag, `pr-<n>` on pull requests. Pure: the git ref comes in as data (each CI's
 * environment, `git-ref`, or `git describe` run by the caller), the tags go out.
 */
import { createHash } from 'node:crypto';
import { InputError } from './errors';

/** What the run was started for. A GitHub pull_request run has a number and no branch of its own. */
export interface GitRef {
  tag?: string;
  branch?: string;
  pullRequest?: number;
}

export interface ReleaseTags {
  /** In order: semver tags (longest first), branch tag, `pr-<n>`; may be empty. */
  tags: string[];
  /** The semantic version without a leading `v`, for `org.opencontainers.image.version`. */
  version?: string;
}

type Env = NodeJS.ProcessEnv;

const MAX_TAG = 128;
// semver.org's own pattern, with an optional leading `v` (git tags are usually `v1.2.3`).
const SEMVER_RE =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const GIT_REF_RE = /^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;

/** `refs/tags/v1.2.3`, `refs/heads/main` or `refs/pull/7/merge`; undefined for anything else. */
export function parseGitRef(ref: string): GitRef | undefined {
  const m = GIT_REF_RE.exec(ref);
  if (!m) return undefined;
  if (m[1] !== undefined) return { tag: m[1] };
  if (m[2] !== undefined) return { branch: m[2] };
  return { pullRequest: Number(m[3]) };
}

/**
 * GitHub: GITHUB_REF (`refs/tags/…`, `refs/heads/…`, `refs/pull/N/merge`); on pull_request_target
 * GITHUB_REF is the base branch, so the number comes from the event payload.
 */
export function githubRef(env: Env, event: { pull_request?: { number?: number } } = {}): GitRef {
  const number = event.pull_request?.number;
  if (/^pull_request(_target)?$/.test(env.GITHUB_EVENT_NAME ?? '') && Number.isInteger(number)) return { pullRequest: number };
  const parsed = env.GITHUB_REF ? parseGitRef(env.GITHUB_REF) : undefined;
  if (parsed) return parsed;
  if (env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME) return { tag: env.GITHUB_REF_NAME };
  if (env.GITHUB_REF_TYPE === 'branch' && env.GITHUB_REF_NAME) return { branch: env.GITHUB_REF_NAME };
  return {};
}

/**
 * CircleCI: CIRCLE_TAG on tag builds; CIRCLE_BRANCH, plus CIRCLE_PULL_REQUEST (`…/pull/N`) once the
 * branch has a pull request. A fork's pull request (CIRCLE_PR_NUMBER) builds `pull/N`, not a branch.
 */
export function circleciRef(env: Env): GitRef {
  if (env.CIRCLE_TAG) return { tag: env.CIRCLE_TAG };
  if (env.CIRCLE_PR_NUMBER && /^\d{1,9}$/.test(env.CIRCLE_PR_NUMBER)) return { pullRequest: Number(env.CIRCLE_PR_NUMBER) };
  const pr = /\/pull\/(\d{1,9})\/?$/.exec(env.CIRCLE_PULL_REQUEST ?? '')?.[1];
  return { ...(env.CIRCLE_BRANCH ? { branch: env.CIRCLE_BRANCH } : {}), ...(pr ? { pullRequest: Number(pr) } : {}) };
}

/** `v1.2.3` → 1.2.3, 1.2, 1; pre-releases and build metadata only their own tag; 0.y.z has no `0`. */
export function semverTags(tag: string): ReleaseTags | undefined {
  const m = SEMVER_RE.exec(tag);
  if (!m) return undefined;
  const [, major, minor, patch, pre, build] = m;
  const version = tag.replace(/^v/, '');
  // `+` is not allowed in an image tag; `_` is the usual stand-in (Helm does the same for OCI).
  if (pre !== undefined || build !== undefined) return { tags: [version.replace('+', '_')], version };
  const tags = [`${major}.${minor}.${patch}`, `${major}.${minor}`];
  // A 0.y.z release promises no compatibility, so there is no `0` line to follow (as metadata-action).
  if (major !== '0') tags.push(major);
  return { tags, version };
}

/**
 * `feature/Login` → `feature-login`: lower-cased, every run of characters a tag cannot hold
 * becomes `-`, no leading `.`/`-`. Over 128 characters it is cut, with a hash of the full name
 * appended so two long branches never share a tag.
 */
export function branchTag(branch: string): string {
  const slug = branch
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+$/, '');
  const hash = createHash('sha256').update(branch).digest('hex').slice(0, 7);
  if (!slug) return `branch-${hash}`;
  if (slug.length <= MAX_TAG) return slug;
  return `${slug.slice(0, MAX_TAG - hash.length - 1).replace(/[.-]+$/, '')}-${hash}`;
}

/** The tags `semver-tags` and `branch-tag` ask for, for this ref. */
export function releaseTags(ref: GitRef, asked: { semverTags: boolean; branchTag: boolean }): ReleaseTags {
  const tags: string[] = [];
  let version: string | undefined;
  if (asked.semverTags && ref.tag !== undefined) {
    const semver = semverTags(ref.tag);
    if (semver) {
      tags.push(...semver.tags);
      version = semver.version;
    }
  }
  if (asked.branchTag) {
    if (ref.branch !== undefined) tags.push(branchTag(ref.branch));
    if (ref.pullRequest !== undefined) tags.push(`pr-${ref.pullRequest}`);
  }
  return { tags: [...new Set(tags)], version };
}

/**
 * The wildcard filters that keep this run's extra tags movable in an IMMUTABLE_WITH_EXCLUSION
 * repository the run creates, written to cover later runs too: `*.*` for every `X.Y` and `X.Y.Z`
 * (commit SHA tags have no dot), `pr-*` for every pull request; the rest (the major version, a
 * branch, `tags`) as themselves. ECR takes at most five.
 */
export function mutableTagFilters(userTags: string[], release: ReleaseTags): string[] {
  const filters = userTags.length || release.tags.length ? [...userTags] : ['latest'];
  for (const tag of release.tags) {
    if (tag.includes('.') && release.version !== undefined) filters.push('*.*');
    else if (/^pr-\d+$/.test(tag)) filters.push('pr-*');
    else filters.push(tag);
  }
  return [...new Set(filters)];
}

export const MAX_EXCLUSION_FILTERS = 5;

/** Whether ECR takes these exclusion filters: it allows at most MAX_EXCLUSION_FILTERS of them. */
export const exclusionFiltersFit = (filters: string[]): boolean => filters.length <= MAX_EXCLUSION_FILTERS;

/** Every derived tag passes the same rule as `tags`; a bad one is an input error naming its option. */
export function checkDerivedTags(release: ReleaseTags, ref: GitRef, rule: (tag: string) => string | undefined): void {
  for (const tag of release.tags) {
    const problem = rule(tag);
    if (!problem) continue;
    const option = tag === `pr-${ref.pullRequest}` || (ref.branch !== undefined && tag === branchTag(ref.branch)) ? 'branch-tag' : 'semver-tags';
    throw new InputError(option, tag, `${problem} (derived from the git ref)`);
  }
}
