/**
 * The README's multi-arch section: its GitHub workflow passes GitHub's own parser and is a matrix of
 * part jobs on an amd64 and an arm64 runner with the merge job after them; its CircleCI workflow runs
 * a part job on each machine executor and `ecr/merge` after both. (config-names.test.ts checks the
 * inputs and orb parameters they name, circleci-configs.test.ts parses the CircleCI config with
 * CircleCI's parser, readme-commands.test.ts runs the iam-policy commands.)
 */
import { readFileSync } from 'node:fs';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';

type Yaml = any;
const README = readFileSync('README.md', 'utf8');

function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no "## ${title}" section`);
  const next = README.indexOf('\n## ', start + 1);
  return README.slice(start, next < 0 ? undefined : next);
}

const SECTION = section('Multi-arch images from native runners');
const YAML_BLOCKS = [...SECTION.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
const GITHUB = YAML_BLOCKS.find((text) => /^jobs:$/m.test(text))!;
const CIRCLECI = YAML_BLOCKS.find((text) => /^version: 2\.1$/m.test(text))!;
const ours = (step: Yaml) => typeof step.uses === 'string' && step.uses.startsWith('ecr-deliver/ecr-deliver@');

describe('README: multi-arch images from native runners', () => {
  it('has a GitHub workflow and a CircleCI config', () => {
    expect(YAML_BLOCKS).toHaveLength(2);
    expect(GITHUB).toBeDefined();
    expect(CIRCLECI).toBeDefined();
  });

  it("GitHub: GitHub's parser accepts the workflow", () => {
    const result = parseWorkflow({ name: 'README multi-arch', content: GITHUB }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e: { message: string }) => e.message)).toEqual([]);
  });

  it('GitHub: a part job on ubuntu-24.04 and ubuntu-24.04-arm (their own platform), then a merge job that needs it, builds nothing and deploys the index', () => {
    const workflow = parse(GITHUB);
    expect(workflow.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    const part = workflow.jobs.part;
    expect(part.strategy.matrix.runner).toEqual(['ubuntu-24.04', 'ubuntu-24.04-arm']);
    expect(part['runs-on']).toBe('${{ matrix.runner }}');
    const partStep = (part.steps as Yaml[]).find(ours);
    expect(partStep.with.mode).toBe('part');
    expect(partStep.with).not.toHaveProperty('platform');

    const merge = workflow.jobs.merge;
    expect(merge.needs).toBe('part');
    expect((merge.steps as Yaml[]).some((s) => String(s.uses ?? '').startsWith('actions/checkout'))).toBe(false);
    const mergeStep = (merge.steps as Yaml[]).find(ours);
    expect(mergeStep.with).toMatchObject({ mode: 'merge', platform: 'linux/amd64,linux/arm64', repository: partStep.with.repository });
    expect(JSON.stringify(merge.steps)).toContain(`\${{ steps.${mergeStep.id}.outputs.image-ref }}`);
  });

  it('CircleCI: ecr/deliver with mode part on a medium and an arm.medium machine executor, ecr/merge requiring both', () => {
    const config = parse(CIRCLECI);
    const jobs = (config.workflows.deliver.jobs as Yaml[]).map((entry) => Object.entries<Yaml>(entry)[0]);
    const parts = jobs.filter(([name]) => name === 'ecr/deliver').map(([, job]) => job);
    expect(parts.map((p) => [p.mode, p.executor])).toEqual([
      ['part', { name: 'ecr/default', resource_class: 'medium' }],
      ['part', { name: 'ecr/default', resource_class: 'arm.medium' }],
    ]);
    for (const p of parts) expect(p).not.toHaveProperty('platform');
    const merges = jobs.filter(([name]) => name === 'ecr/merge').map(([, job]) => job);
    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ platform: 'linux/amd64,linux/arm64', repository: parts[0].repository, context: parts[0].context });
    expect([...merges[0].requires].sort()).toEqual(parts.map((p) => p.name).sort());
  });

  it('holds the merge bench block that `npm run bench` writes', () => {
    expect(SECTION.split('<!-- bench-merge:start -->')).toHaveLength(2);
    expect(SECTION.indexOf('<!-- bench-merge:start -->')).toBeLessThan(SECTION.indexOf('<!-- bench-merge:end -->'));
  });
});
