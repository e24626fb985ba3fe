/**
 * The summaries: the GitHub step summary's markdown (a mermaid gantt with one section per
 * phase at the clock's times, the result table, the scan table) and the text timeline, rendered
 * from a phase clock with known timings.
 */
import type { Outputs } from '../../src/core/options/outputs';
import { PhaseClock, type PhaseTiming } from '../../src/core/report';
import type { ScanReport } from '../../src/core/scan';
import { alongsideBuild, mermaidGantt, textTimeline } from '../../src/core/timeline';
import { githubSummary } from '../../src/frontends/github/summary';
import { parseGantt } from '../fixtures/mermaid';

const t = (title: string, start: number, end: number): PhaseTiming => ({ title, start, end, seconds: end - start });
/** A delivery's phases: the login starts just before the build and runs during it. */
const PHASES = [
  t('Credentials', 0.05, 0.3),
  t('Repository', 0.3, 0.52),
  t('Build', 0.53, 2.4),
  t('Login', 0.52, 0.71),
  t('Push', 2.4, 3.1),
  t('Tag', 3.1, 3.16),
];

function clockWith(timings: PhaseTiming[]): PhaseClock {
  const clock = new PhaseClock();
  // Recorded in the order they ended, as PhaseClock.time does.
  clock.timings.push(...[...timings].sort((a, b) => a.end - b.end));
  return clock;
}

const DIGEST = `sha256:${'c'.repeat(64)}`;
const outputs: Outputs = {
  registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
  'repository-uri': '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api',
  image: `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:${'a'.repeat(40)}`,
  digest: DIGEST,
  'image-ref': `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api@${DIGEST}`,
  tags: ['a'.repeat(40), '1.2.3', '1.2', '1'],
  pushed: true,
  'scan-findings': '{"CRITICAL":1,"HIGH":0,"MEDIUM":0,"LOW":0,"INFORMATIONAL":0,"UNDEFINED":0}',
};

describe('the mermaid gantt', () => {
  it("has one section per phase, in the order they started, at the clock's times in ms", () => {
    const tasks = parseGantt(mermaidGantt(clockWith(PHASES).byStart));
    expect(tasks.map((x) => x.section)).toEqual(['Credentials', 'Repository', 'Login', 'Build', 'Push', 'Tag']);
    expect(tasks.map((x) => [x.start, x.end])).toEqual([
      [50, 300],
      [300, 520],
      [520, 710],
      [530, 2400],
      [2400, 3100],
      [3100, 3160],
    ]);
    expect(tasks.map((x) => x.name)).toEqual(['Credentials 0.3 s', 'Repository 0.2 s', 'Login 0.2 s', 'Build 1.9 s', 'Push 0.7 s', 'Tag 0.1 s']);
  });

  it('shows the login overlapping the build, and a zero-length phase as a 1 ms bar', () => {
    const tasks = parseGantt(mermaidGantt([...PHASES, t('Scan: wait', 3.2, 3.2)]));
    const [build, login] = [tasks.find((x) => x.section === 'Build')!, tasks.find((x) => x.section === 'Login')!];
    expect(login.start).toBeLessThan(build.end);
    expect(login.end).toBeGreaterThan(build.start);
    expect(tasks.at(-1)).toMatchObject({ section: 'Scan  wait', start: 3200, end: 3201 });
  });

  it('the checker rejects what mermaid would not draw', () => {
    expect(() => parseGantt('```mermaid\ngantt\n  dateFormat x\n  Build :b, 1, 2\n```')).toThrow(/before any section/);
    expect(() => parseGantt('```mermaid\ngantt\n  dateFormat x\n  section A\n  A: x, 5, 2\n```')).toThrow(/ends/);
    expect(() => parseGantt('```mermaid\ngantt\n  dateFormat YYYY-MM-DD\n  section A\n  A :a, 1, 2\n```')).toThrow(/dateFormat/);
  });
});

describe('the GitHub step summary', () => {
  const scan: ScanReport = {
    outcome: 'complete',
    threshold: 'CRITICAL',
    gate: 'failed',
    counts: { CRITICAL: 1, HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0, UNDEFINED: 0 },
    top: [
      { name: 'CVE-2024-0001', severity: 'CRITICAL', package: 'openssl 3.0.1|x', link: 'https://nvd.nist.gov/vuln/detail/CVE-2024-0001' },
      { name: 'CVE-<b>', severity: 'LOW', package: '', link: 'javascript:alert(1)' },
    ],
  };

  it('has the image, digest, tags, the timeline and the scan table with the top findings', () => {
    const md = githubSummary(outputs, clockWith(PHASES), scan);
    expect(md).toContain('### ecr-deliver: delivered');
    expect(md).toContain(`| image | \`${outputs.image}\` |`);
    expect(md).toContain(`| digest | \`${DIGEST}\` |`);
    expect(md).toContain(`| tags | \`${'a'.repeat(40)}\` \`1.2.3\` \`1.2\` \`1\` |`);
    expect(parseGantt(md)).toHaveLength(PHASES.length);
    expect(md).toContain('| CRITICAL | HIGH | MEDIUM | LOW | INFORMATIONAL | UNDEFINED |\n|---:|---:|---:|---:|---:|---:|\n| 1 | 0 | 0 | 0 | 0 | 0 |');
    expect(md).toContain('**fail-on-severity CRITICAL: failed.** The image is pushed, but should not be deployed.');
    // ECR's text cannot break the table or inject HTML; only http(s) links become links.
    expect(md).toContain('| [CVE-2024-0001](https://nvd.nist.gov/vuln/detail/CVE-2024-0001) | CRITICAL | openssl 3.0.1\\|x |');
    expect(md).toContain('| CVE-\\<b\\> | LOW | — |');
    expect(md).not.toContain('javascript:');
  });

  it('says why there is no scan table when the scan could not be had', () => {
    const md = githubSummary(outputs, clockWith(PHASES), {
      outcome: 'not-found',
      counts: {},
      top: [],
      threshold: 'none',
      gate: 'off',
      problem: 'ECR has no scan of x after 20 s: the repository does not scan on push',
    });
    expect(md).toContain('> [!WARNING]\n> ECR has no scan of x after 20 s: the repository does not scan on push');
    expect(md).not.toContain('| CRITICAL |');
  });
});

describe('the text timeline', () => {
  it('draws each phase on one scale, the login bar within the build bar', () => {
    const lines = textTimeline(clockWith(PHASES).byStart, 40);
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(['Credentials', 'Repository', 'Login', 'Build', 'Push', 'Tag']);
    const bar = (name: string) => {
      const line = lines.find((l) => l.startsWith(name))!;
      const cells = /[·█]{40}/.exec(line)![0];
      return [cells.indexOf('█'), cells.lastIndexOf('█')];
    };
    const [build, login] = [bar('Build'), bar('Login')];
    expect(login[0]).toBeGreaterThanOrEqual(build[0]);
    expect(login[1]).toBeLessThanOrEqual(build[1]);
    expect(bar('Push')[0]).toBeGreaterThanOrEqual(build[1]);
    expect(lines.find((l) => l.startsWith('Build'))).toMatch(/ 0\.5–2\.4 s$/);
  });
});

describe('what ran alongside the build', () => {
  /** A build started at once: credentials, repository and login inside it, the push and tag copy after. */
  const EARLY = [
    t('Build', 0.02, 2.4),
    t('Credentials', 0.05, 0.3),
    t('Repository', 0.3, 0.52),
    t('Login', 0.31, 0.5),
    t('Push', 2.45, 3.1),
    t('Tag', 3.1, 3.16),
  ];

  it('names each step that ran during the build, with the time of it the build hid; the GitHub summary and the text timeline carry the line', () => {
    const line = 'Alongside the build: Credentials 0.3 s, Repository 0.2 s, Login 0.2 s (0.7 s of it within the build)';
    expect(alongsideBuild(clockWith(EARLY).byStart)).toBe(line);
    const md = githubSummary(outputs, clockWith(EARLY));
    expect(md).toContain(`\n${line}\n`);
    expect(md.indexOf(line)).toBeGreaterThan(md.indexOf('```mermaid'));
    const tasks = parseGantt(md);
    const build = tasks.find((x) => x.section === 'Build')!;
    for (const step of ['Credentials', 'Repository', 'Login']) {
      const bar = tasks.find((x) => x.section === step)!;
      expect(bar.start).toBeGreaterThanOrEqual(build.start);
      expect(bar.end).toBeLessThanOrEqual(build.end);
    }
  });

  it('counts only the part within the build, across a restarted build; nothing when nothing ran beside one', () => {
    // The login started 0.1 s before the build; a second build (restarted with the layer cache) hid the tag look-up.
    const restarted = [t('Login', 0.4, 0.6), t('Build', 0.5, 1), t('Build', 1.1, 2), t('Repository', 1.5, 1.7)];
    expect(alongsideBuild(restarted)).toBe('Alongside the build: Login 0.2 s, Repository 0.2 s (0.3 s of it within the build)');
    expect(alongsideBuild(PHASES.filter((p) => p.title !== 'Login'))).toBeUndefined();
    expect(alongsideBuild([t('Credentials', 0, 0.2), t('Tag', 0.2, 0.3)])).toBeUndefined();
  });
});
