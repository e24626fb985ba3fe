/**
 * Every config a user or our own CI runs names only what the product has: `ECR_DELIVER_*` option
 * variables, `ECR_DELIVERED_*` output variables, the GitHub Action's inputs (`with:`) and outputs
 * (`steps.ID.outputs.NAME`), the orb's commands, jobs and their parameters. What exists is read from
 * the product itself (the option table, action.yml, the packed orb), so a renamed or removed name
 * fails here before a user's pipeline does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { envName, outputEnvName } from '../../src/core/options/names';
import { LOGIN_OUTPUTS, OUTPUTS } from '../../src/core/options/outputs';
import { OPTIONS } from '../../src/core/options/table';

type Yaml = any;
const ROOT = join(__dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });
}

const yml = (name: string) => /\.ya?ml$/.test(name);
const CONFIG_FILES = [...filesUnder('.circleci', yml), ...filesUnder('.github/workflows', yml), ...filesUnder('orb/examples', yml)];
const TEXT_FILES = [...CONFIG_FILES, ...filesUnder('examples', (n) => !/busybox$/.test(n)), 'README.md'];

/** The README's YAML snippets, each parsed on its own (some are step lists, indented as in a workflow). */
function readmeYamlBlocks(): { name: string; doc: Yaml }[] {
  return [...read('README.md').matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m, i) => {
    const lines = m[1].split('\n');
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
    return { name: `README.md yaml block ${i + 1}`, doc: parse(lines.map((l) => l.slice(indent)).join('\n')) };
  });
}
const DOCUMENTS = [...CONFIG_FILES.map((file) => ({ name: file, doc: parse(read(file), { merge: true }) })), ...readmeYamlBlocks()];

/** Every object in a parsed document, depth first. */
function* objects(node: Yaml): Generator<Record<string, Yaml>> {
  if (Array.isArray(node)) for (const each of node) yield* objects(each);
  else if (node && typeof node === 'object') {
    yield node;
    for (const value of Object.values(node)) yield* objects(value);
  }
}

const action = parse(read('action.yml'));
const orb = parse(read('dist/orb.yml'));
const isOurAction = (uses: unknown) => typeof uses === 'string' && (/^ecr-deliver\/ecr-deliver@/.test(uses) || uses === './');
// Keys CircleCI itself takes on any job in a workflow (not orb parameters).
const WORKFLOW_JOB_KEYS = ['name', 'context', 'requires', 'filters', 'matrix', 'type', 'pre-steps', 'post-steps', 'serial-group', 'override-with'];

describe('configs we ship and the README name only what the product has', () => {
  it('reads every config: our CircleCI and GitHub pipelines, the orb examples, the README snippets', () => {
    expect(CONFIG_FILES).toEqual(
      expect.arrayContaining(['.circleci/config.yml', '.circleci/test-deploy.yml', '.github/workflows/ci.yml', '.github/workflows/e2e.yml']),
    );
    expect(DOCUMENTS.filter((d) => d.name.startsWith('README')).length).toBeGreaterThan(5);
  });

  it('every ECR_DELIVER_* variable is an option, every ECR_DELIVERED_* one an output', () => {
    const options = new Set(OPTIONS.map((o) => envName(o.name)));
    const outputs = new Set([...OUTPUTS, ...LOGIN_OUTPUTS].map((o) => outputEnvName(o.name)));
    const unknown: string[] = [];
    let seen = 0;
    for (const file of TEXT_FILES) {
      for (const [name] of read(file).matchAll(/\bECR_DELIVER(?:ED)?_[A-Z0-9_]*[A-Z0-9]\b/g)) {
        seen++;
        const known = name.startsWith('ECR_DELIVERED_') ? outputs.has(name) : options.has(name);
        if (!known) unknown.push(`${file}: ${name}`);
      }
    }
    expect(unknown).toEqual([]);
    expect(seen).toBeGreaterThan(5);
  });

  it('every use of the GitHub Action passes declared inputs, and every read output is declared', () => {
    const inputs = new Set(Object.keys(action.inputs));
    const outputs = new Set(Object.keys(action.outputs));
    const wrong: string[] = [];
    let uses = 0;
    for (const { name, doc } of DOCUMENTS) {
      const ids = new Set<string>();
      for (const step of objects(doc)) {
        if (!isOurAction(step.uses)) continue;
        uses++;
        if (step.id) ids.add(step.id);
        for (const key of Object.keys(step.with ?? {})) if (!inputs.has(key)) wrong.push(`${name}: input ${key}`);
      }
      for (const [, id, output] of JSON.stringify(doc).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (ids.has(id) && !outputs.has(output)) wrong.push(`${name}: output ${output}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(uses).toBeGreaterThan(3);
  });

  it('every orb command and job used exists in the packed orb and gets only its declared parameters', () => {
    const wrong: string[] = [];
    let uses = 0;
    const check = (name: string, kind: 'commands' | 'jobs', entry: Yaml) => {
      if (!entry || typeof entry !== 'object') return;
      const [ref, params] = Object.entries<Yaml>(entry)[0];
      if (!ref.startsWith('ecr/')) return;
      uses++;
      const own = orb[kind][ref.slice(4)];
      if (!own) return void wrong.push(`${name}: ${ref} is no ${kind.slice(0, -1)} of the orb`);
      const allowed = new Set([...Object.keys(own.parameters ?? {}), ...(kind === 'jobs' ? WORKFLOW_JOB_KEYS : [])]);
      for (const key of Object.keys(params ?? {})) if (!allowed.has(key)) wrong.push(`${name}: ${ref} parameter ${key}`);
    };
    for (const { name, doc } of DOCUMENTS) {
      // A README snippet may be a bare step list.
      if (Array.isArray(doc)) for (const step of doc) check(name, 'commands', step);
      for (const node of objects(doc)) {
        for (const workflow of Object.values<Yaml>(node.workflows ?? {})) for (const job of workflow?.jobs ?? []) check(name, 'jobs', job);
        for (const kind of ['steps', 'pre-steps', 'post-steps']) if (Array.isArray(node[kind])) for (const step of node[kind]) check(name, 'commands', step);
      }
    }
    expect(wrong).toEqual([]);
    expect(uses).toBeGreaterThan(5);
  });
});

describe("GitHub's own workflow parser accepts our workflows", () => {
  const errors = (name: string, content: string) =>
    parseWorkflow({ name, content }, new NoOperationTraceWriter())
      .context.errors.getErrors()
      .map((e: { message: string }) => e.message);

  it.each(filesUnder('.github/workflows', yml))('%s has no schema errors', (file) => {
    expect(errors(file, read(file))).toEqual([]);
  });

  it('and refuses what GitHub refuses (a misspelt key)', () => {
    expect(errors('bad.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo\n')).toEqual([
      "bad.yml (Line: 5, Col: 5): Unexpected value 'stepz'",
    ]);
  });
});
