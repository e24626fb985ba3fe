/**
 * The README's release and scan-gate sections stay true to the code: the release workflows use real inputs and
 * orb parameters on tag refs, and the example job summary is what the code renders for that run.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { orbName } from '../../src/core/options/names';
import { OPTIONS } from '../../src/core/options/table';
import { PhaseClock, type PhaseTiming } from '../../src/core/report';
import { githubSummary } from '../../src/frontends/github/summary';
import { parseGantt } from '../fixtures/mermaid';

const README = readFileSync('README.md', 'utf8');

function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no "## ${title}" section`);
  const next = README.indexOf('\n## ', start + 1);
  return README.slice(start, next < 0 ? undefined : next);
}
const yamlBlocks = (text: string) => [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => parse(m[1]));

describe('README: releases and the vulnerability gate', () => {
  it('the GitHub release workflow runs on v* tag pushes with semver-tags and only real inputs', () => {
    const workflow = yamlBlocks(section('Releases: tags from git')).find((doc) => doc?.jobs);
    expect(workflow.on).toEqual({ push: { tags: ['v*'] } });
    expect(workflow.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    const step = workflow.jobs.release.steps.find((s: { uses?: string }) => s.uses === 'ecr-deliver/ecr-deliver@v1');
    for (const key of Object.keys(step.with)) expect(OPTIONS.map((o) => o.name)).toContain(key);
    expect(step.with['semver-tags']).toBe(true);
  });

  it('the CircleCI release workflow builds tags (filters.tags) with semver_tags and only orb parameters', () => {
    const config = yamlBlocks(section('Releases: tags from git')).find((doc) => doc?.orbs);
    const job = config.workflows.release.jobs[0]['ecr/deliver'];
    expect(job.filters.tags.only).toMatch(/^\/\^v/);
    expect(new RegExp(job.filters.tags.only.slice(1, -1)).test('v1.4.2')).toBe(true);
    expect(job.filters.branches).toEqual({ ignore: '/.*/' });
    const known = new Set([...OPTIONS.map((o) => orbName(o.name)), 'build_context', 'context', 'filters']);
    for (const key of Object.keys(job)) expect({ key, known: known.has(key) }).toEqual({ key, known: true });
    expect(job.semver_tags).toBe(true);
  });

  it('the example job summary is exactly what the code writes for that run', () => {
    const example = /<!-- example:github-summary -->\n([\s\S]*?)\n<!-- \/example:github-summary -->/.exec(README)![1];
    const tasks = parseGantt(example);
    const clock = new PhaseClock();
    // The timings the example shows (ms in the gantt), so the rest can be rendered from them.
    clock.timings.push(...tasks.map((t): PhaseTiming => ({ title: t.section, start: t.start / 1000, end: t.end / 1000, seconds: (t.end - t.start) / 1000 })));
    Object.defineProperty(clock, 'totalSeconds', { value: 63.4 });
    const sha = '4f2a9c1e7b3d5a6f8e9d0c1b2a3f4e5d6c7b8a90';
    const digest = 'sha256:9b1c6e3d2f8a7c4b5e6d1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c';
    const uri = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api';
    const tracker = (cve: string) => `https://security-tracker.debian.org/tracker/${cve}`;
    const rendered = githubSummary(
      {
        registry: uri.split('/')[0],
        'repository-uri': uri,
        image: `${uri}:${sha}`,
        digest,
        'image-ref': `${uri}@${digest}`,
        tags: [sha, 'latest', '1.4.2', '1.4', '1'],
        pushed: true,
        'scan-findings': '',
      },
      clock,
      {
        outcome: 'complete',
        threshold: 'HIGH',
        gate: 'failed',
        counts: { CRITICAL: 0, HIGH: 1, MEDIUM: 3, LOW: 7, INFORMATIONAL: 2, UNDEFINED: 0 },
        top: [
          { name: 'CVE-2026-1234', severity: 'HIGH', package: 'openssl 3.0.15-1~deb12u1', link: tracker('CVE-2026-1234') },
          { name: 'CVE-2026-0456', severity: 'MEDIUM', package: 'libxml2 2.9.14+dfsg-1.3', link: tracker('CVE-2026-0456') },
          { name: 'CVE-2025-9876', severity: 'MEDIUM', package: 'zlib 1:1.2.13.dfsg-1', link: tracker('CVE-2025-9876') },
        ],
      },
    );
    expect(rendered.trimEnd()).toBe(example);
  });
});
