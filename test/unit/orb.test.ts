/**
 * The packed orb (dist/orb.yml) as the CircleCI orb registry and the orb-tools review would see it:
 * required keys, the option table as parameters, every component and parameter described, every
 * run step named, long commands only as included files, no parameter text in shell source, and
 * examples that parse and use only what the orb declares.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { envName, orbName, outputEnvName } from '../../src/core/options/names';
import { OUTPUTS, type Outputs } from '../../src/core/options/outputs';
import { MERGE_OPTIONS, OPTIONS, type OptionSpec } from '../../src/core/options/table';
import { exportLines } from '../../src/frontends/circleci';

const LAUNCHER = `':' //; n="\${ECR_DELIVER_ORB_NODE:?the ecr-deliver prerequisites step did not run}"; case $- in *s*) exec "$n" - "$@";; esac; exec "$n" "$0" "$@"\n`;

/* eslint-disable @typescript-eslint/no-explicit-any */
type Yaml = any;

const orbText = readFileSync('dist/orb.yml', 'utf8');
const orb: Yaml = parse(orbText);
const bundle = readFileSync('dist/index.js', 'utf8');
// The bundle after the launcher line (its #! line replaced), with `<<` escaped as CircleCI requires.
const SCRIPT_STEP = `${LAUNCHER}${bundle.replace(/^#!.*\n/, '')}`.replaceAll('<<', '\\<<');

const LOGIN_OPTIONS = [
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
/** The orb's parameters: the table less the GitHub Action's own inputs (skip-logout, …). */
const ORB_OPTIONS = OPTIONS.filter((o) => !o.githubOnly);
/** Keys a workflow's job entry takes that are CircleCI's, not the job's parameters. */
const WORKFLOW_JOB_KEYS = new Set(['name', 'context', 'requires', 'filters', 'matrix', 'type', 'pre-steps', 'post-steps']);
const KINDS = ['commands', 'jobs', 'executors'] as const;

const respell = (text: string) =>
  text.replace(/`([a-z0-9]+(?:-[a-z0-9]+)+)/g, (m, name: string) => (OPTIONS.some((o) => o.name === name) ? `\`${orbName(name)}` : m));

function expectedParameter(o: OptionSpec): Yaml {
  const description = respell(`${o.description}${o.defaultText ? ` Default: ${o.defaultText}.` : ''}`);
  if (o.type === 'boolean') return { type: 'boolean', default: o.default === 'true', description };
  if (o.type === 'enum') return { type: 'enum', enum: o.values, default: o.default, description };
  return o.required ? { type: 'string', description } : { type: 'string', default: o.default ?? '', description };
}

/** Every `run` step of a step list, in order (commands and jobs). */
const runSteps = (steps: Yaml[]): Yaml[] => steps.filter((s) => s && typeof s === 'object' && 'run' in s).map((s) => s.run);

function* components(): Generator<[string, string, Yaml]> {
  for (const kind of KINDS) for (const [name, c] of Object.entries(orb[kind] ?? {})) yield [kind, name, c];
}

function* strings(node: Yaml, path = ''): Generator<[string, string]> {
  if (typeof node === 'string') yield [path, node];
  else if (Array.isArray(node)) for (const [i, v] of node.entries()) yield* strings(v, `${path}[${i}]`);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) yield* strings(v, `${path}.${k}`);
}

describe('packed orb: dist/orb.yml', () => {
  it('has the orb keys the registry needs: version, a 64+ character description, home and source URLs', () => {
    expect(orb.version).toBe(2.1);
    expect(orb.description.trim().length).toBeGreaterThanOrEqual(64);
    expect(orb.display).toEqual({ home_url: 'https://github.com/ecr-deliver/ecr-deliver', source_url: 'https://github.com/ecr-deliver/ecr-deliver' });
    expect(Object.keys(orb.commands).sort()).toEqual(['deliver', 'login', 'merge', 'run_script']);
    expect(Object.keys(orb.jobs)).toEqual(['deliver', 'merge']);
    expect(Object.keys(orb.executors)).toEqual(['default', 'node']);
    expect(orb.executors.default.machine.image).toBe('<< parameters.image >>');
    expect(orb.executors.default.parameters.image.default).toMatch(/^ubuntu-2404:/);
  });

  it('carries dist/index.js once, named by its sha256: in run_script (with `<<` escaped, the launcher line first, bash as the shell), which deliver, login and merge call', () => {
    const sha = createHash('sha256').update(readFileSync('dist/index.js')).digest('hex');
    expect(orbText.split('\n').slice(0, 3).join('\n')).toContain(`sha256 ${sha}`);
    expect(orbText.split(SCRIPT_STEP.split('\n').find((line) => line.length > 100)!)).toHaveLength(2);
    const [script] = runSteps(orb.commands.run_script.steps);
    expect(script.shell).toBeUndefined();
    expect(script.command).toBe(SCRIPT_STEP);
    expect(script.environment.ECR_DELIVER_COMMAND).toBe('<< parameters.subcommand >>');
    expect(orb.commands.run_script.parameters.subcommand).toMatchObject({ type: 'enum', enum: ['deliver', 'login', 'merge'] });
    for (const name of ['deliver', 'login', 'merge']) {
      const steps = orb.commands[name].steps;
      expect(runSteps(steps)).toHaveLength(1);
      expect(steps.at(-1).run_script.subcommand).toBe(name);
    }
  });

  it('dist/orb.yml is at most 1.25 times the size of dist/index.js', () => {
    expect(Buffer.byteLength(orbText)).toBeLessThanOrEqual(1.25 * readFileSync('dist/index.js').length);
  });

  it('deliver command: the parameters are the option table, snake_case, with its defaults and descriptions', () => {
    const params = orb.commands.deliver.parameters;
    expect(Object.keys(params)).toEqual(ORB_OPTIONS.map((o) => orbName(o.name)));
    for (const o of ORB_OPTIONS) expect(params[orbName(o.name)]).toEqual(expectedParameter(o));
    expect(params.repository).not.toHaveProperty('default');
  });

  it('deliver job: the same parameters (build context as build_context), passed through to the command unchanged', () => {
    const job = orb.jobs.deliver;
    const name = (o: OptionSpec) => (o.name === 'context' ? 'build_context' : orbName(o.name));
    expect(Object.keys(job.parameters)).toEqual([...ORB_OPTIONS.map(name), 'executor']);
    for (const o of ORB_OPTIONS) expect(job.parameters[name(o)]).toEqual(expectedParameter(o));
    expect(job.parameters.executor).toMatchObject({ type: 'executor', default: 'default' });
    expect(job.executor).toBe('<< parameters.executor >>');
    expect(job.steps[0]).toBe('checkout');
    expect(job.steps[1]).toEqual({ deliver: Object.fromEntries(ORB_OPTIONS.map((o) => [orbName(o.name), `<< parameters.${name(o)} >>`])) });
  });

  it('login command: the credential and registry options only', () => {
    const params = orb.commands.login.parameters;
    expect(Object.keys(params)).toEqual(LOGIN_OPTIONS.map(orbName));
    for (const name of LOGIN_OPTIONS) expect(params[orbName(name)]).toEqual(expectedParameter(OPTIONS.find((o) => o.name === name)!));
  });

  it('merge command and job: the options of neither building nor pushing, passed through; the job runs on a docker executor with node and no docker, checks nothing out', () => {
    const params = orb.commands.merge.parameters;
    expect(Object.keys(params)).toEqual(MERGE_OPTIONS.map(orbName));
    for (const name of MERGE_OPTIONS) expect(params[orbName(name)]).toEqual(expectedParameter(OPTIONS.find((o) => o.name === name)!));
    for (const name of ['context', 'dockerfile', 'cache', 'image', 'push', 'secrets', 'mode']) expect(params).not.toHaveProperty(orbName(name));
    // The prerequisites step is told the command: merge needs node, not docker.
    const [check] = runSteps(orb.commands.merge.steps);
    expect(check.environment).toEqual({ ECR_DELIVER_COMMAND: 'merge' });
    const job = orb.jobs.merge;
    expect(Object.keys(job.parameters)).toEqual([...MERGE_OPTIONS.map(orbName), 'executor']);
    expect(job.parameters.executor).toMatchObject({ type: 'executor', default: 'node' });
    expect(job.steps).toEqual([{ merge: Object.fromEntries(MERGE_OPTIONS.map((n) => [orbName(n), `<< parameters.${orbName(n)} >>`])) }]);
    expect(orb.executors.node.docker).toEqual([{ image: 'cimg/node:<< parameters.tag >>' }]);
    expect(JSON.stringify(orb.executors.node)).not.toMatch(/machine|setup_remote_docker/);
  });

  it('deliver: `mode` takes part and merge (and login) besides deliver', () => {
    expect(orb.commands.deliver.parameters.mode).toMatchObject({ type: 'enum', enum: ['deliver', 'login', 'part', 'merge'], default: 'deliver' });
  });

  it('run_script: every orb option as an optional parameter (deliver requires repository itself), plus subcommand', () => {
    const { subcommand, ...params } = orb.commands.run_script.parameters;
    expect(subcommand.description.length).toBeGreaterThan(10);
    expect(Object.keys(params)).toEqual(ORB_OPTIONS.map((o) => orbName(o.name)));
    for (const o of ORB_OPTIONS) expect(params[orbName(o.name)]).toEqual({ ...expectedParameter(o), default: expectedParameter(o).default ?? '' });
  });

  it('parameters reach the script only as ECR_DELIVER_* environment values, never inside shell text', () => {
    for (const name of ['deliver', 'login', 'merge']) {
      const command = orb.commands[name];
      const [check] = runSteps(command.steps);
      const passed = Object.fromEntries(Object.keys(command.parameters).map((p) => [p, `<< parameters.${p} >>`]));
      expect(command.steps.at(-1)).toEqual({ run_script: { subcommand: name, ...passed } });
      expect(check.command).not.toMatch(/<<\s*parameters\./);
      expect(check.environment).toEqual(name === 'merge' ? { ECR_DELIVER_COMMAND: 'merge' } : undefined);
    }
    const { subcommand: _subcommand, ...options } = orb.commands.run_script.parameters;
    const [script] = runSteps(orb.commands.run_script.steps);
    const env = Object.fromEntries(Object.keys(options).map((p) => [envName(p.replace(/_/g, '-')), `<< parameters.${p} >>`]));
    expect(script.environment).toEqual({ ECR_DELIVER_COMMAND: '<< parameters.subcommand >>', ...env });
    expect(script.command).not.toMatch(/<<\s*parameters\./);
    expect(script.command).not.toMatch(/\beval\b/);
    for (const [, , c] of components()) {
      // A step's name may say which enum value runs it; no free text parameter lands in a name.
      for (const run of runSteps(c.steps ?? [])) expect(run.name.replace('<< parameters.subcommand >>', '')).not.toMatch(/<</);
    }
  });

  it('every component, parameter and example is described; keys and component names are snake_case', () => {
    for (const [kind, name, c] of components()) {
      expect([kind, name, typeof c.description === 'string' && c.description.trim().length > 20]).toEqual([kind, name, true]);
      expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
      for (const [key, p] of Object.entries<Yaml>(c.parameters ?? {})) {
        expect([name, key]).toEqual([name, expect.stringMatching(/^[a-z][a-z0-9_]*$/)]);
        expect([name, key, typeof p.description === 'string' && p.description.length > 10]).toEqual([name, key, true]);
      }
    }
    for (const kind of KINDS) for (const file of readdirSync(join('orb', kind))) expect(file).toMatch(/^[a-z][a-z0-9_]*\.yml$/);
    for (const [name, example] of Object.entries<Yaml>(orb.examples)) {
      expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(name).not.toMatch(/example/);
      expect(example.description.trim().length).toBeGreaterThan(40);
    }
  });

  it('every run step is named; a command longer than 64 characters is an included file from orb/scripts', () => {
    const scripts = readdirSync('orb/scripts').map((f) => readFileSync(join('orb/scripts', f), 'utf8').replaceAll('<<', '\\<<'));
    let count = 0;
    for (const [kind, name, c] of components()) {
      for (const run of runSteps(c.steps ?? [])) {
        count++;
        expect([kind, name, typeof run]).toEqual([kind, name, 'object']);
        expect([kind, name, run.name?.length > 5]).toEqual([kind, name, true]);
        if (run.command.length > 64) expect(scripts).toContain(run.command);
      }
    }
    expect(count).toBe(4);
  });

  it("contains no `<<` that CircleCI's config compiler would reject: only `\\<<` and `<< parameters.x >>` of declared parameters", () => {
    for (const [kind, name, c] of components()) {
      for (const [path, text] of strings(c)) {
        for (const m of text.replaceAll('\\<<', '').matchAll(/<<(.*?)(>>|$)/gms)) {
          const param = /^\s*parameters\.([a-z0-9_]+)\s*$/.exec(m[1]);
          expect([kind, name, path, param?.[1] !== undefined && m[2] === '>>' && param[1] in (c.parameters ?? {})]).toEqual([kind, name, path, true]);
        }
      }
    }
  });

  describe('examples', () => {
    const entries = Object.entries<Yaml>(orb.examples);

    function checkInvocation(where: string, params: Yaml, declared: Yaml, skip: Set<string> = new Set()) {
      const given = Object.fromEntries(Object.entries<Yaml>(params ?? {}).filter(([k]) => !skip.has(k)));
      for (const [key, value] of Object.entries<Yaml>(given)) {
        const spec = declared[key];
        expect([where, key, spec !== undefined]).toEqual([where, key, true]);
        if (spec.type === 'boolean') expect([where, key, typeof value]).toEqual([where, key, 'boolean']);
        if (spec.type === 'string') expect([where, key, typeof value]).toEqual([where, key, 'string']);
        if (spec.type === 'enum') expect(spec.enum).toContain(value);
      }
      for (const [key, spec] of Object.entries<Yaml>(declared)) {
        if (!('default' in spec)) expect([where, key, key in given]).toEqual([where, key, true]);
      }
    }

    it('there are examples for deploy on merge, OIDC with a context, static keys, build-only branches, login, releases on tags and multi-arch', () => {
      expect(entries.map(([n]) => n).sort()).toEqual([
        'build_only_on_branches',
        'deploy_on_merge',
        'login_then_docker_push',
        'multi_arch_native_runners',
        'oidc_with_context',
        'release_on_tag',
        'static_access_keys',
      ]);
    });

    it.each(entries)('%s: valid 2.1 config that uses only what the orb declares', (_name, example) => {
      const usage = example.usage;
      expect(usage.version).toBe(2.1);
      expect(usage.orbs).toEqual({ ecr: 'ecr-deliver/ecr-deliver@1' });
      const localJobs = usage.jobs ?? {};
      let usesOrb = 0;
      for (const [jobName, job] of Object.entries<Yaml>(localJobs)) {
        if (typeof job.executor === 'string' && job.executor.startsWith('ecr/')) expect(orb.executors).toHaveProperty([job.executor.slice(4)]);
        for (const step of job.steps) {
          if (typeof step !== 'object' || 'run' in step) continue;
          const [ref, params] = Object.entries<Yaml>(step)[0];
          expect(ref).toMatch(/^ecr\//);
          const command = orb.commands[ref.slice(4)];
          expect([ref, command !== undefined]).toEqual([ref, true]);
          checkInvocation(`${jobName}/${ref}`, params, command.parameters);
          usesOrb++;
        }
      }
      for (const workflow of Object.values<Yaml>(usage.workflows)) {
        for (const entry of workflow.jobs) {
          const [ref, params] = typeof entry === 'string' ? [entry, {}] : Object.entries<Yaml>(entry)[0];
          if (ref.startsWith('ecr/')) {
            const job = orb.jobs[ref.slice(4)];
            expect([ref, job !== undefined]).toEqual([ref, true]);
            checkInvocation(ref, params, job.parameters, WORKFLOW_JOB_KEYS);
            usesOrb++;
          } else {
            expect(localJobs).toHaveProperty([ref]);
          }
          const branches = params?.filters?.branches;
          if (branches) expect(Object.keys(branches).every((k) => k === 'only' || k === 'ignore')).toBe(true);
        }
      }
      expect(usesOrb).toBeGreaterThan(0);
    });

    it("the project's dogfood pipeline (.circleci/test-deploy.yml) uses the orb's command and job with declared parameters", () => {
      const config = parse(readFileSync('.circleci/test-deploy.yml', 'utf8'), { merge: true });
      expect(config.orbs.ecr).toBe('ecr-deliver/ecr-deliver@dev:<< pipeline.git.revision >>');
      const uses: string[] = [];
      for (const job of Object.values<Yaml>(config.jobs)) {
        for (const step of job.steps ?? []) {
          const [ref, params] = typeof step === 'string' ? [step, {}] : Object.entries<Yaml>(step)[0];
          if (!ref.startsWith('ecr/')) continue;
          checkInvocation(ref, params, orb.commands[ref.slice(4)].parameters);
          uses.push(ref);
        }
      }
      for (const entry of config.workflows.dogfood_and_release.jobs) {
        const [ref, params] = Object.entries<Yaml>(entry)[0];
        if (!ref.startsWith('ecr/')) continue;
        checkInvocation(ref, params, orb.jobs[ref.slice(4)].parameters, WORKFLOW_JOB_KEYS);
        uses.push(ref);
      }
      expect(uses).toEqual(['ecr/deliver', 'ecr/login', 'ecr/deliver']);
    });

    it('deploy on merge runs only on main, with a context', () => {
      const [entry] = orb.examples.deploy_on_merge.usage.workflows.deliver.jobs;
      expect(entry['ecr/deliver']).toMatchObject({ context: expect.any(String), filters: { branches: { only: 'main' } } });
    });

    it('multi-arch: a part job per platform on its own machine, then the merge requiring both, for both platforms', () => {
      const [amd, arm, merge] = orb.examples.multi_arch_native_runners.usage.workflows.multi_arch.jobs;
      expect([amd['ecr/deliver'].mode, arm['ecr/deliver'].mode]).toEqual(['part', 'part']);
      expect([amd['ecr/deliver'].executor.resource_class, arm['ecr/deliver'].executor.resource_class]).toEqual(['medium', 'arm.medium']);
      expect(merge['ecr/merge']).toMatchObject({ requires: [amd['ecr/deliver'].name, arm['ecr/deliver'].name], platform: 'linux/amd64,linux/arm64' });
    });

    it('build-only branches do not push, and main does', () => {
      const [branch, main] = orb.examples.build_only_on_branches.usage.workflows.build_and_deliver.jobs.map((e: Yaml) => e['ecr/deliver']);
      expect(branch).toMatchObject({ push: false, filters: { branches: { ignore: 'main' } } });
      expect(main.push ?? true).toBe(true);
      expect(main.filters.branches.only).toBe('main');
    });
  });
});

describe('CircleCI outputs: export lines for $BASH_ENV', () => {
  it('reads back every value literally in bash, whatever it contains, and runs none of it; lists comma-joined, booleans as true/false', () => {
    const dir = mkdtempSync(join(tmpdir(), 'orb-export-'));
    const marker = join(dir, 'pwned');
    const nasty = `a'b"c$(touch ${marker})\`touch ${marker}\`\n$HOME \\ end'`;
    const outputs: Outputs = {
      registry: `registry:${nasty}`,
      'repository-uri': `repository-uri:${nasty}`,
      image: `image:${nasty}`,
      digest: `digest:${nasty}`,
      'image-ref': `image-ref:${nasty}`,
      tags: [`first:${nasty}`, 'second'],
      pushed: false,
      'scan-findings': `scan-findings:${nasty}`,
    };
    const file = join(dir, 'bash_env');
    writeFileSync(file, exportLines(outputs));
    const expected: Record<string, string> = {
      registry: `registry:${nasty}`,
      'repository-uri': `repository-uri:${nasty}`,
      image: `image:${nasty}`,
      digest: `digest:${nasty}`,
      'image-ref': `image-ref:${nasty}`,
      tags: `first:${nasty},second`,
      pushed: 'false',
      'scan-findings': `scan-findings:${nasty}`,
    };
    for (const o of OUTPUTS) {
      const value = execFileSync('bash', ['-c', `source "$1" && printf %s "$${outputEnvName(o.name)}"`, 'bash', file], { encoding: 'utf8' });
      expect(value).toBe(expected[o.name]);
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('uses a prefix of their own (ECR_DELIVERED_*), so no output is ever read back as an option', () => {
    const outputs: Outputs = {
      registry: 'r',
      'repository-uri': 'r/x',
      image: 'r/x:t',
      digest: 'sha256:0',
      'image-ref': 'r/x@sha256:0',
      tags: ['t'],
      pushed: true,
      'scan-findings': '',
    };
    const lines = exportLines(outputs).trim().split('\n');
    expect(lines.map((l) => l.split('=')[0])).toEqual(OUTPUTS.map((o) => `export ECR_DELIVERED_${o.name.toUpperCase().replace(/-/g, '_')}`));
    const optionVariables = new Set(OPTIONS.map((o) => envName(o.name)));
    expect(OUTPUTS.map((o) => outputEnvName(o.name)).filter((n) => optionVariables.has(n))).toEqual([]);
  });
});
