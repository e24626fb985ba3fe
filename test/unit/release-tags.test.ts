/**
 * Tags from git: each CI's ref → the tags `semver-tags` and `branch-tag` add, the
 * branch → tag mapping, the mutability filters, and the CLI's git fallback in a real repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveContext } from '../../src/core/context';
import { InputError } from '../../src/core/errors';
import { parseOptions } from '../../src/core/options/parse';
import { branchTag, circleciRef, type GitRef, githubRef, mutableTagFilters, parseGitRef, releaseTags, semverTags } from '../../src/core/release-tags';

const SHA = 'a'.repeat(40);
const both = { semverTags: true, branchTag: true };

describe('refs → tags, GitHub', () => {
  // [what, env, event payload, tags with semver-tags and branch-tag on, version]
  const cases: [string, NodeJS.ProcessEnv, object, string[], string | undefined][] = [
    ['tag push v1.2.3', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3' }, {}, ['1.2.3', '1.2', '1'], '1.2.3'],
    ['tag push without v', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/10.20.30' }, {}, ['10.20.30', '10.20', '10'], '10.20.30'],
    ['pre-release: only its own tag', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3-rc.1' }, {}, ['1.2.3-rc.1'], '1.2.3-rc.1'],
    ['build metadata: own tag, + as _', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3+build.7' }, {}, ['1.2.3_build.7'], '1.2.3+build.7'],
    ['0.y.z: no 0 tag', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v0.4.1' }, {}, ['0.4.1', '0.4'], '0.4.1'],
    ['a tag that is no semver: nothing', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/release-2024' }, {}, [], undefined],
    ['v1.2 is not semver', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2' }, {}, [], undefined],
    ['leading zero is not semver', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v01.2.3' }, {}, [], undefined],
    ['branch push', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/feature/Login' }, {}, ['feature-login'], undefined],
    [
      'pull_request: pr-N from the payload',
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/42/merge', GITHUB_HEAD_REF: 'feature/x' },
      { pull_request: { number: 42 } },
      ['pr-42'],
      undefined,
    ],
    ['pull_request without payload: pr-N from GITHUB_REF', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge' }, {}, ['pr-7'], undefined],
    [
      "pull_request_target: GITHUB_REF is the base branch, the number is the payload's",
      { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REF: 'refs/heads/main' },
      { pull_request: { number: 9 } },
      ['pr-9'],
      undefined,
    ],
    ['only GITHUB_REF_NAME and GITHUB_REF_TYPE', { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v2.0.0' }, {}, ['2.0.0', '2.0', '2'], '2.0.0'],
    ['no ref at all', {}, {}, [], undefined],
  ];
  it.each(cases)('%s', (_, env, event, tags, version) => {
    expect(releaseTags(githubRef(env, event), both)).toEqual({ tags, version });
  });
});

describe('refs → tags, CircleCI', () => {
  const cases: [string, NodeJS.ProcessEnv, string[], string | undefined][] = [
    ['tag build', { CIRCLE_TAG: 'v3.1.4' }, ['3.1.4', '3.1', '3'], '3.1.4'],
    ['pre-release tag build', { CIRCLE_TAG: '3.1.4-beta' }, ['3.1.4-beta'], '3.1.4-beta'],
    ['branch build', { CIRCLE_BRANCH: 'main' }, ['main'], undefined],
    [
      'branch with a pull request: branch and pr-N',
      { CIRCLE_BRANCH: 'feature/login', CIRCLE_PULL_REQUEST: 'https://github.com/acme/api/pull/12' },
      ['feature-login', 'pr-12'],
      undefined,
    ],
    [
      "a fork's pull request: pr-N only (its branch is pull/N)",
      { CIRCLE_BRANCH: 'pull/13', CIRCLE_PR_NUMBER: '13', CIRCLE_PULL_REQUEST: 'https://github.com/acme/api/pull/13' },
      ['pr-13'],
      undefined,
    ],
    ['nothing set', {}, [], undefined],
  ];
  it.each(cases)('%s', (_, env, tags, version) => {
    expect(releaseTags(circleciRef(env), both)).toEqual({ tags, version });
  });
});

describe('git-ref, and what each option adds', () => {
  it.each([
    ['refs/tags/v1.0.0', { tag: 'v1.0.0' }],
    ['refs/heads/release/2.x', { branch: 'release/2.x' }],
    ['refs/pull/5/merge', { pullRequest: 5 }],
    ['refs/pull/5/head', { pullRequest: 5 }],
    ['v1.0.0', undefined],
    ['refs/remotes/origin/main', undefined],
  ])('parses %s', (ref, parsed) => {
    expect(parseGitRef(ref)).toEqual(parsed);
  });

  it('semver-tags alone ignores branches; branch-tag alone ignores tags', () => {
    const tag: GitRef = { tag: 'v1.2.3' };
    const branch: GitRef = { branch: 'dev', pullRequest: 3 };
    expect(releaseTags(tag, { semverTags: false, branchTag: true })).toEqual({ tags: [], version: undefined });
    expect(releaseTags(branch, { semverTags: true, branchTag: false })).toEqual({ tags: [], version: undefined });
    expect(releaseTags(branch, { semverTags: false, branchTag: true }).tags).toEqual(['dev', 'pr-3']);
  });

  it('git-ref wins over the CI, and is checked before anything else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'release-tags-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
    const raw = (v: Record<string, string>) => (name: string) => ({ repository: 'team/api', context: dir, ...v })[name];
    const options = parseOptions(raw({ 'semver-tags': 'true', 'git-ref': 'refs/tags/v4.5.6' }));
    const ctx = resolveContext(options, { GITHUB_ACTIONS: 'true', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHA, AWS_REGION: 'eu-west-1' });
    expect(ctx.release).toEqual({ tags: ['4.5.6', '4.5', '4'], version: '4.5.6' });
    expect(() => parseOptions(raw({ 'git-ref': 'v4.5.6' }))).toThrow(
      new InputError('git-ref', 'v4.5.6', 'is not a git ref: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`'),
    );
  });

  it('a derived tag that breaks the tag rule is an input error naming the option', () => {
    const dir = mkdtempSync(join(tmpdir(), 'release-tags-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
    const long = `v1.2.3-${'a'.repeat(130)}`;
    const options = parseOptions(
      (name) => (({ repository: 'team/api', context: dir, 'semver-tags': 'true', 'git-ref': `refs/tags/${long}` }) as Record<string, string>)[name],
    );
    expect(() => resolveContext(options, { AWS_REGION: 'eu-west-1', GITHUB_SHA: SHA, GITHUB_ACTIONS: 'true' })).toThrow(
      /^semver-tags: "1\.2\.3-a+…" is not a valid image tag: .*\(derived from the git ref\)$/,
    );
  });
});

describe('branch names → tags', () => {
  it.each([
    ['main', 'main'],
    ['feature/login', 'feature-login'],
    ['Feature/Login', 'feature-login'],
    ['fix/#12: crash', 'fix-12-crash'],
    ['-leading/dash', 'leading-dash'],
    ['.hidden', 'hidden'],
    ['release/1.2.x', 'release-1.2.x'],
    ['under_score', 'under_score'],
  ])('%s → %s', (branch, tag) => {
    expect(branchTag(branch)).toBe(tag);
  });

  it('a name of only unusable characters gets a stable hashed tag', () => {
    expect(branchTag('Ünïcødé')).toBe(branchTag('Ünïcødé'));
    expect(branchTag('日本語')).toMatch(/^branch-[0-9a-f]{7}$/);
  });

  it('cuts to 128 characters with a hash of the full name, so long branches never collide', () => {
    const a = branchTag(`feature/${'x'.repeat(200)}-a`);
    const b = branchTag(`feature/${'x'.repeat(200)}-b`);
    expect(a).toHaveLength(128);
    expect(b).toHaveLength(128);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^feature-x+-[0-9a-f]{7}$/);
    expect(branchTag('y'.repeat(128))).toBe('y'.repeat(128));
  });

  it('every tag it makes passes the tag rule', () => {
    const rule = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
    for (const branch of ['a', '--', '__x', 'a/../b', ' spaced out ', 'ä'.repeat(300), `${'.'.repeat(140)}z`, 'x'.repeat(500)]) {
      expect({ branch, ok: rule.test(branchTag(branch)) }).toEqual({ branch, ok: true });
    }
  });
});

describe('semverTags', () => {
  it('is undefined for anything but a semantic version', () => {
    for (const t of ['latest', '1', '1.2', 'v1.2.3.4', '1.2.3-', 'V1.2.3', '1.2.3-01']) expect(semverTags(t)).toBeUndefined();
  });
});

describe('mutable tag filters for a created IMMUTABLE_WITH_EXCLUSION repository', () => {
  it('covers later releases and pull requests with wildcards, the rest as themselves', () => {
    expect(mutableTagFilters(['latest'], releaseTags({ tag: 'v1.2.3' }, both))).toEqual(['latest', '*.*', '1']);
    expect(mutableTagFilters([], releaseTags({ branch: 'dev', pullRequest: 4 }, both))).toEqual(['dev', 'pr-*']);
    expect(mutableTagFilters([], { tags: [] })).toEqual(['latest']);
    expect(mutableTagFilters(['stable'], { tags: [] })).toEqual(['stable']);
  });

  it('no filter matches a commit SHA tag', () => {
    const filters = mutableTagFilters(['latest'], releaseTags({ tag: 'v1.2.3' }, both)).concat(mutableTagFilters([], releaseTags({ pullRequest: 1 }, both)));
    const re = (f: string) =>
      new RegExp(
        `^${f
          .split('*')
          .map((p) => p.replace(/[.]/g, '\\.'))
          .join('.*')}$`,
      );
    for (const f of filters) expect({ f, sha: re(f).test(SHA) }).toEqual({ f, sha: false });
  });
});

describe('outside GitHub and CircleCI: git itself', () => {
  const git = (dir: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' },
    }).trim();

  it('a tag exactly at the delivered commit (git describe --exact-match), else the checked-out branch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'release-git-'));
    git(dir, 'init', '-q', '-b', 'feature/cli');
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'one');
    const first = git(dir, 'rev-parse', 'HEAD');
    git(dir, 'tag', 'v0.9.0');
    git(dir, 'commit', '-qm', 'two', '--allow-empty');
    const second = git(dir, 'rev-parse', 'HEAD');
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const options = (sha: string) =>
        parseOptions(
          (name) =>
            (({ repository: 'team/api', context: dir, 'semver-tags': 'true', 'branch-tag': 'true', 'commit-sha': sha }) as Record<string, string>)[name],
        );
      expect(resolveContext(options(first), { AWS_REGION: 'eu-west-1' }).release).toEqual({ tags: ['0.9.0', '0.9'], version: '0.9.0' });
      expect(resolveContext(options(second), { AWS_REGION: 'eu-west-1' }).release).toEqual({ tags: ['feature-cli'], version: undefined });
    } finally {
      process.chdir(cwd);
    }
  });
});
