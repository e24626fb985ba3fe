/**
 * Release tags, labels and the scan gate on GitHub, end to end: release tags from the git ref, labels read back from the pushed
 * image's config, the mutability filters of a created IMMUTABLE_WITH_EXCLUSION repository, and the
 * step summary's timeline. The built bundle under Node 24, run as the Actions runner runs it.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AwsEmulator } from '../fixtures/emulator';
import { GitHubRunner, oidcJobEnv } from '../fixtures/github-runner';
import { parseGantt } from '../fixtures/mermaid';
import { type Registry, registryImageConfig, registryManifestDigest } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const ROLE = 'arn:aws:iam::123456789012:role/release';
const sha = () => randomBytes(20).toString('hex');
const uniqueRepo = (name: string) => `release/${name}-${randomBytes(3).toString('hex')}`;

let registry: Registry;
let emulator: AwsEmulator;
const stack = new TestStack();

beforeAll(async () => {
  ({ registry, emulator } = await stack.start());
  emulator.addRole(ROLE, { aud: 'sts.amazonaws.com', sub: /^repo:octo-org\/octo-repo:/ });
});

afterAll(() => stack.stop());

beforeEach(() => emulator.reset());

/** A job started by `ref` (GITHUB_REF), with OIDC. */
function job(commit: string, ref: string, extra: NodeJS.ProcessEnv = {}): GitHubRunner {
  emulator.githubClaims = { ...emulator.githubClaims, sub: `repo:octo-org/octo-repo:ref:${ref}`, ref };
  return new GitHubRunner({
    ...oidcJobEnv(emulator),
    GITHUB_SHA: commit,
    GITHUB_REF: ref,
    ...extra,
  });
}

const digestOf = (repo: string, tag: string) => registryManifestDigest(registry, repo, tag);

describe('release tags from git, GitHub', () => {
  it('tag push v1.2.3 with semver-tags: SHA, latest, 1.2.3, 1.2, 1 at the output digest; labels and the version in the pushed config', async () => {
    const repo = uniqueRepo('semver');
    const commit = sha();
    const main = await job(commit, 'refs/tags/v1.2.3').main({
      repository: repo,
      'role-to-assume': ROLE,
      'semver-tags': 'true',
      tags: 'latest',
      context: stack.freshContext(),
      labels: 'org.opencontainers.image.title=api\ncom.example.team=platform=core\n',
    });
    expect([main.code, main.stderr]).toEqual([0, '']);
    const digest = main.outputs.digest;
    expect(main.outputs.tags).toBe(`${commit},latest,1.2.3,1.2,1`);
    for (const tag of [commit, 'latest', '1.2.3', '1.2', '1']) expect({ tag, at: await digestOf(repo, tag) }).toEqual({ tag, at: digest });

    const { config } = await registryImageConfig(registry, repo, '1.2.3');
    expect(config?.Labels).toEqual({
      'org.opencontainers.image.revision': commit,
      'org.opencontainers.image.source': 'https://github.com/octo-org/octo-repo',
      'org.opencontainers.image.created': expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.title': 'api',
      'com.example.team': 'platform=core',
    });
  });

  it('a created IMMUTABLE_WITH_EXCLUSION repository keeps the release lines movable: the next release moves 1.2 and 1, the SHA tags stay put', async () => {
    const repo = uniqueRepo('immutable');
    const [first, second] = [sha(), sha()];
    const inputs = { repository: repo, 'role-to-assume': ROLE, 'semver-tags': 'true', 'image-tag-mutability': 'IMMUTABLE_WITH_EXCLUSION' };
    const v123 = await job(first, 'refs/tags/v1.2.3').main({ ...inputs, context: stack.freshContext() });
    expect([v123.code, v123.stderr]).toEqual([0, '']);
    expect(emulator.repositories.get(repo)).toMatchObject({
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: [
        { filterType: 'WILDCARD', filter: '*.*' },
        { filterType: 'WILDCARD', filter: '1' },
      ],
    });

    const v124 = await job(second, 'refs/tags/v1.2.4').main({ ...inputs, context: stack.freshContext() });
    expect([v124.code, v124.stderr]).toEqual([0, '']);
    expect(v124.outputs.tags).toBe(`${second},1.2.4,1.2,1`);
    expect(v124.outputs.digest).not.toBe(v123.outputs.digest);
    for (const tag of ['1.2.4', '1.2', '1', second]) expect({ tag, at: await digestOf(repo, tag) }).toEqual({ tag, at: v124.outputs.digest });
    for (const tag of ['1.2.3', first]) expect({ tag, at: await digestOf(repo, tag) }).toEqual({ tag, at: v123.outputs.digest });
    // The moves were manifest copies ECR allowed, not refusals retried.
    expect(emulator.calls.filter((c) => c.operation === 'PutImage').map((c) => [c.params.imageTag, c.status])).toEqual(
      expect.arrayContaining([
        ['1.2', 200],
        ['1', 200],
      ]),
    );
  });

  it("an IMMUTABLE_WITH_EXCLUSION repository that would need more than ECR's 5 filters: refused before anything is created or built", async () => {
    const repo = uniqueRepo('filters');
    const main = await job(sha(), 'refs/tags/v1.2.3').main({
      repository: repo,
      'role-to-assume': ROLE,
      'semver-tags': 'true',
      tags: 'a,b,c,d',
      'image-tag-mutability': 'IMMUTABLE_WITH_EXCLUSION',
      context: stack.freshContext(),
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(
      "::error::an IMMUTABLE_WITH_EXCLUSION repository takes at most 5 exclusion filters; keeping this run's extra tags movable needs 6: a, b, c, d, *.*, 1",
    );
    expect(emulator.calls.map((c) => c.operation)).not.toContain('CreateRepository');
    expect(emulator.repositories.has(repo)).toBe(false);
    expect(main.stdout).not.toContain('::group::Build');
  });

  it('pull_request with branch-tag: pr-<number> from the event, no branch tag', async () => {
    const repo = uniqueRepo('pr');
    const commit = sha();
    const runner = job(sha(), 'refs/pull/42/merge', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_HEAD_REF: 'feature/login' });
    // On pull_request the image is the PR head, named in the event payload with the number.
    writeFileSync(join(runner.dir, 'event.json'), JSON.stringify({ number: 42, pull_request: { number: 42, head: { sha: commit } } }));
    const main = await runner.main({ repository: repo, 'role-to-assume': ROLE, 'branch-tag': 'true', context: stack.freshContext() });
    expect([main.code, main.stderr]).toEqual([0, '']);
    expect(main.outputs.tags).toBe(`${commit},pr-42`);
    expect(await digestOf(repo, 'pr-42')).toBe(main.outputs.digest);
    expect(await digestOf(repo, 'feature-login')).toBeUndefined();
  });

  it('a branch push with branch-tag: the branch made a valid tag', async () => {
    const repo = uniqueRepo('branch');
    const main = await job(sha(), 'refs/heads/Feature/Login_2').main({
      repository: repo,
      'role-to-assume': ROLE,
      'branch-tag': 'true',
      context: stack.freshContext(),
    });
    expect([main.code, main.stderr]).toEqual([0, '']);
    expect(main.outputs.tags.split(',').slice(1)).toEqual(['feature-login_2']);
    expect(await digestOf(repo, 'feature-login_2')).toBe(main.outputs.digest);
  });
});

describe('the step summary, GitHub', () => {
  it('has a mermaid gantt with one section per timed phase, matching the timings row; the login, the repository step and the build after the credentials, the push after all three', async () => {
    const repo = uniqueRepo('summary');
    const main = await job(sha(), 'refs/heads/main').main({ repository: repo, 'role-to-assume': ROLE, tags: 'latest', context: stack.freshContext() });
    expect([main.code, main.stderr]).toEqual([0, '']);
    const tasks = parseGantt(main.summary);
    // The `timings` row: `Credentials 0.3 s, Repository 0.1 s, …; total 2.0 s`, in the order phases started.
    const row = /\| timings \| (.*); total [\d.]+ s \|/
      .exec(main.summary)![1]
      .split(', ')
      .map((p) => /^(.+) ([\d.]+) s$/.exec(p)!);
    expect(tasks.map((t) => t.section)).toEqual(row.map((m) => m[1]));
    // The login and the repository step start in the same moment (the same millisecond, often): either may come first.
    const sections = tasks.map((t) => t.section);
    expect([sections[0], ...sections.slice(1, 3).sort(), ...sections.slice(3)]).toEqual(['Credentials', 'Login', 'Repository', 'Build', 'Push', 'Tag']);
    for (const [t, m] of tasks.map((task, i) => [task, row[i]] as const)) {
      expect({ phase: t.section, off: Math.abs((t.end - t.start) / 1000 - Number(m[2])) <= 0.051 }).toEqual({ phase: t.section, off: true });
    }
    const at = (name: string) => tasks.find((t) => t.section === name)!;
    // Order, not time: the login, the repository step and the build (which waits for the layer
    // cache's look-up, asked beside them) all follow the credentials; the push waits for the build,
    // the login and the repository step.
    expect(at('Credentials').end).toBeLessThanOrEqual(Math.min(at('Repository').start, at('Login').start, at('Build').start));
    expect(at('Login').start).toBeLessThan(at('Repository').end);
    expect(at('Push').start).toBeGreaterThanOrEqual(Math.max(at('Build').end, at('Login').end, at('Repository').end));
    expect(at('Tag').start).toBeGreaterThanOrEqual(at('Push').end);
    expect(main.summary).toContain(`| digest | \`${main.outputs.digest}\` |`);
    expect(main.summary).toContain(`| tags | \`${main.outputs.tags.split(',')[0]}\` \`latest\` |`);
  });
});
