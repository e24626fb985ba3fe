/**
 * Our CircleCI configs and the packed orb, read by CircleCI's own config parser
 * (@circleci/circleci-config-parser, the parser behind CircleCI's visual config editor): every
 * `.circleci/*.yml`, the orb's usage examples and the README's CircleCI configs, with our packed
 * `dist/orb.yml` standing in for the published `ecr-deliver/ecr-deliver@…`; and the orb itself.
 *
 * The parser (0.10.0-alpha.3, its only release) has gaps that refuse or crash on valid CircleCI
 * config; `forParser` hands it each config in an equivalent form it takes, one rewrite per gap,
 * each shown in "what the parser needs" below (so a parser release that closes a gap fails there):
 *   - an orb import must be `namespace/name@X[.Y[.Z]]` with digits 0-5 (`@dev:<sha>` is silently
 *     dropped; an inline orb throws `o.match is not a function`), its jobs, commands and executors
 *     known from a manifest: ours is given as `@1`, with the manifest parsed from dist/orb.yml;
 *   - a step naming a reusable command as a bare string (`- prepare_hello`) is refused: given as
 *     `- prepare_hello: {}`;
 *   - pre-/post-steps are parsed without the config's own commands: a command of the config used
 *     there is given as its steps;
 *   - a command knows only the commands listed before it in its file: commands are given in use
 *     order (the orb's `deliver` uses `run_script`, listed after it);
 *   - a config with no `jobs:` of its own (only orb jobs) crashes: given `jobs: {}`;
 *   - an orb's parameterised values are validated before substitution (a machine executor's
 *     `resource_class: << parameters.resource_class >>` fails its enum): the orb's components are
 *     parsed with their parameters' defaults substituted, as a use with the defaults compiles.
 * The parser does not check the parameters a config passes to an orb job or command (names,
 * types): config-names.test.ts checks those against the orb.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig, parseJobList, parseOrbManifest, parseReusableCommands, parseReusableExecutors } from '@circleci/circleci-config-parser';
import { parse } from 'yaml';

type Yaml = any;
type Manifest = ReturnType<typeof parseOrbManifest>;

const ROOT = join(__dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const ORB_TEXT = read('dist/orb.yml');
const ORB: Yaml = parse(ORB_TEXT);
const OUR_ORB = /^ecr-deliver\/ecr-deliver@/;
const COMPONENTS = ['commands', 'jobs', 'executors'] as const;
const NATIVE_STRING_STEPS = new Set(['checkout', 'setup_remote_docker']);

/** The orb as the parser knows an imported one: each job's, command's and executor's parameter list. */
function manifestOf(orb: Yaml): Manifest {
  const parameters = (kind: (typeof COMPONENTS)[number]) =>
    Object.fromEntries(Object.entries((orb[kind] ?? {}) as Record<string, Yaml>).map(([name, c]) => [name, c.parameters ?? {}]));
  return parseOrbManifest({ jobs: parameters('jobs'), commands: parameters('commands'), executors: parameters('executors') });
}

/** A component with `<< parameters.NAME >>` replaced by each parameter's default. */
function withDefaults(component: Yaml): Yaml {
  const defaults = Object.entries((component.parameters ?? {}) as Record<string, Yaml>).filter(([, p]) => p.default !== undefined);
  let text = JSON.stringify(component);
  for (const [name, p] of defaults) text = text.replaceAll(`<< parameters.${name} >>`, String(p.default).replace(/["\\]/g, '\\$&'));
  return JSON.parse(text);
}

/** Commands reordered so that each comes after the commands of the same file its steps use. */
function inUseOrder(commands: Record<string, Yaml>): Record<string, Yaml> {
  const uses = (name: string) =>
    ((commands[name].steps ?? []) as Yaml[]).map((s) => (typeof s === 'string' ? s : Object.keys(s)[0])).filter((used) => used !== name && used in commands);
  const ordered: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (ordered.includes(name)) return;
    if (path.includes(name)) throw new Error(`commands use each other: ${[...path, name].join(' -> ')}`);
    for (const used of uses(name)) visit(used, [...path, name]);
    ordered.push(name);
  };
  for (const name of Object.keys(commands)) visit(name, []);
  return Object.fromEntries(ordered.map((name) => [name, commands[name]]));
}

/** The orb's executors, commands and jobs, parsed as CircleCI parses an orb's own components. */
function parseOrbComponents(orb: Yaml) {
  const defaulted = (kind: (typeof COMPONENTS)[number]) =>
    Object.fromEntries(Object.entries((orb[kind] ?? {}) as Record<string, Yaml>).map(([name, c]) => [name, withDefaults(c)]));
  const executors = parseReusableExecutors(defaulted('executors'));
  const commands = parseReusableCommands(inUseOrder(defaulted('commands')));
  const jobs = parseJobList(defaulted('jobs'), commands, executors);
  return { executors, commands, jobs };
}

/** Steps with each bare-string reusable command step given as `name: {}`. */
const namedSteps = (steps?: Yaml[]) => steps?.map((s) => (typeof s === 'string' && !NATIVE_STRING_STEPS.has(s) ? { [s]: {} } : s));

/** Each workflow job entry's own settings (`- name: {...}`), for the rewrites that reach into them. */
const workflowJobs = (c: Yaml): Yaml[] =>
  Object.values((c.workflows ?? {}) as Record<string, Yaml>).flatMap((w) =>
    (w.jobs ?? []).filter((e: Yaml) => typeof e === 'object').map((e: Yaml) => Object.values(e)[0] ?? {}),
  );

/** The rewrites, one per gap of the parser (see the header), each in place on a copy of the config. */
const REWRITES = {
  /** Our orb imported as `@1`, so the parser takes the manifest; any other import is refused here. */
  pinOurOrb(c: Yaml): void {
    for (const [name, value] of Object.entries((c.orbs ?? {}) as Record<string, Yaml>)) {
      if (typeof value !== 'string' || !OUR_ORB.test(value)) throw new Error(`orbs.${name}: this test resolves imports of ecr-deliver/ecr-deliver only`);
      c.orbs[name] = 'ecr-deliver/ecr-deliver@1';
    }
  },
  nameCommandSteps(c: Yaml): void {
    for (const job of Object.values((c.jobs ?? {}) as Record<string, Yaml>)) job.steps = namedSteps(job.steps);
    for (const command of Object.values((c.commands ?? {}) as Record<string, Yaml>)) command.steps = namedSteps(command.steps);
    for (const job of workflowJobs(c)) for (const key of ['pre-steps', 'post-steps']) if (job[key]) job[key] = namedSteps(job[key]);
  },
  orderCommands(c: Yaml): void {
    if (c.commands) c.commands = inUseOrder(c.commands);
  },
  /** A command of the config in pre-/post-steps given as its steps (only commands without parameters can be). */
  expandOwnCommands(c: Yaml): void {
    const own = (c.commands ?? {}) as Record<string, Yaml>;
    const expanded = (steps: Yaml[]) =>
      steps.flatMap((s) => {
        const name = typeof s === 'string' ? s : Object.keys(s)[0];
        if (!own[name]) return [s];
        if (own[name].parameters) throw new Error(`${name}: a command with parameters in pre-/post-steps cannot be expanded here`);
        return namedSteps(own[name].steps);
      });
    for (const job of workflowJobs(c)) for (const key of ['pre-steps', 'post-steps']) if (job[key]) job[key] = expanded(job[key]);
  },
  ensureJobs(c: Yaml): void {
    c.jobs ??= {};
  },
};
type Rewrite = keyof typeof REWRITES;

/** A config in the form the parser takes (every rewrite but `skip`), and our orb's alias in it, if imported. */
function forParser(config: Yaml, skip?: Rewrite): { config: Yaml; alias?: string } {
  const c = structuredClone(config);
  const alias = Object.entries((c.orbs ?? {}) as Record<string, Yaml>).find(([, v]) => typeof v === 'string' && OUR_ORB.test(v))?.[0];
  for (const [name, rewrite] of Object.entries(REWRITES)) if (name !== skip) rewrite(c);
  return { config: c, alias };
}

const MANIFEST = manifestOf(ORB);

/** Parses a config with CircleCI's parser, our packed orb resolved; throws what the parser throws. */
function validate(text: string, skip?: Rewrite) {
  const { config, alias } = forParser(parse(text, { merge: true }), skip);
  return parseConfig(config, alias ? { [alias]: MANIFEST } : undefined);
}

const CIRCLECI_FILES = readdirSync(join(ROOT, '.circleci'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => `.circleci/${name}`);
const EXAMPLES = Object.entries(ORB.examples as Record<string, { usage: Yaml }>);
/** The README's YAML blocks that are whole CircleCI configs (a version and orbs). */
const README_CONFIGS = [...read('README.md').matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)]
  .map((m) => m[1])
  .filter((text) => /^version: 2\.1$/m.test(text) && /^orbs:$/m.test(text));

const TEST_DEPLOY = read('.circleci/test-deploy.yml');
/** test-deploy.yml with one edit, which must change something. */
function edited(from: string, to: string): string {
  const text = TEST_DEPLOY.replace(from, to);
  if (text === TEST_DEPLOY) throw new Error(`test-deploy.yml no longer contains ${JSON.stringify(from)}`);
  return text;
}

describe('the packed orb, dist/orb.yml, as CircleCI parses an orb', () => {
  it('every job, command and executor parameter list is valid', () => {
    for (const kind of COMPONENTS) {
      expect(Object.keys(MANIFEST[kind]).sort()).toEqual(Object.keys(ORB[kind]).sort());
      for (const [name, list] of Object.entries(MANIFEST[kind]))
        expect(list.parameters.map((p) => p.name).sort()).toEqual(Object.keys(ORB[kind][name].parameters ?? {}).sort());
    }
  });

  it('every executor, command and job parses, the jobs resolving the orb’s own commands and executors', () => {
    const { executors, commands, jobs } = parseOrbComponents(ORB);
    expect(executors.map((e) => e.name).sort()).toEqual(Object.keys(ORB.executors).sort());
    expect(commands.map((c) => c.name).sort()).toEqual(Object.keys(ORB.commands).sort());
    expect(jobs.map((j) => j.name).sort()).toEqual(Object.keys(ORB.jobs).sort());
  });

  it('refuses a parameter with a misspelt key, or of a type CircleCI does not have', () => {
    expect(ORB_TEXT).toContain('\n        default: ""\n');
    expect(() => manifestOf(parse(ORB_TEXT.replace('\n        default: ""\n', '\n        defualt: ""\n')))).toThrow(/valid parameter list/);
    expect(ORB_TEXT).toContain('type: boolean');
    expect(() => manifestOf(parse(ORB_TEXT.replace('type: boolean', 'type: bool')))).toThrow(/valid parameter list/);
  });

  it('refuses a job whose executor the orb does not have', () => {
    const orb = structuredClone(ORB);
    const [name] = Object.keys(orb.jobs);
    orb.jobs[name].executor = 'defualt';
    expect(() => parseOrbComponents(orb)).toThrow(/executor defualt not found/i);
  });
});

describe('our configs, with the packed orb in place of the published one', () => {
  it('reads both pipelines and every usage example', () => {
    expect(CIRCLECI_FILES).toEqual(expect.arrayContaining(['.circleci/config.yml', '.circleci/test-deploy.yml']));
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
    expect(README_CONFIGS.length).toBeGreaterThanOrEqual(2);
  });

  it.each(CIRCLECI_FILES)('%s parses', (file) => {
    const config = validate(read(file));
    const expected = parse(read(file), { merge: true });
    expect(config.jobs.map((j) => j.name).sort()).toEqual(Object.keys(expected.jobs).sort());
    expect(config.workflows.map((w) => w.name).sort()).toEqual(Object.keys(expected.workflows).sort());
  });

  it('test-deploy.yml resolves its orb jobs and commands to the packed orb', () => {
    const config = validate(TEST_DEPLOY);
    const steps = config.jobs.find((j) => j.name === 'dogfood_command')!.steps.map((s) => s.name);
    expect(steps).toEqual(expect.arrayContaining(['ecr/deliver', 'ecr/login']));
    const workflowJobs = config.workflows.flatMap((w) => w.jobs.map((j) => j.name));
    expect(workflowJobs).toContain('ecr/deliver');
  });

  it.each(EXAMPLES)('the orb example %s parses', (_name, example) => {
    expect(() => validate(JSON.stringify(example.usage))).not.toThrow();
  });

  it.each(README_CONFIGS.map((text, i) => [i + 1, text]))('README CircleCI config %i parses', (_i, text) => {
    expect(() => validate(text as string)).not.toThrow();
  });

  it('refuses an orb job the packed orb does not have', () => {
    expect(() =>
      validate(edited('      - ecr/deliver:\n          <<: *main_and_release_tags', '      - ecr/delivr:\n          <<: *main_and_release_tags')),
    ).toThrow(/ecr\/delivr not found/);
  });

  it('refuses an orb command the packed orb does not have', () => {
    expect(() => validate(edited('      - ecr/login:', '      - ecr/logon:'))).toThrow(/Custom Command ecr\/logon not found/);
  });

  it('refuses an orb executor the packed orb does not have', () => {
    expect(() => validate(edited('executor: ecr/default', 'executor: ecr/defualt'))).toThrow(/executor ecr\/defualt not found/i);
  });

  it('refuses a pipeline parameter with a misspelt key', () => {
    expect(() => validate(edited('    default: us-east-1', '    defualt: us-east-1'))).toThrow(/custom_parameter:dogfood_region\nFailed to validate/);
  });
});

describe('what the parser needs handed to it (each rewrite above stands for one of these)', () => {
  const asIs = (config: Yaml) => () => parseConfig(config, { ecr: MANIFEST });

  it('takes no inline orb, and drops a dev version silently (its jobs are then unknown)', () => {
    const inline = parse(TEST_DEPLOY, { merge: true });
    inline.orbs.ecr = ORB;
    expect(asIs(inline)).toThrow(/match is not a function/);
    expect(parse(TEST_DEPLOY).orbs.ecr).toMatch(/@dev:/);
    expect(() => validate(TEST_DEPLOY, 'pinOurOrb')).toThrow(/ecr\/\w+ not found/);
  });

  it('refuses a reusable command named as a bare string step', () => {
    expect(TEST_DEPLOY).toContain('      - prepare_hello\n');
    expect(() => validate(TEST_DEPLOY, 'nameCommandSteps')).toThrow(/config\/job:dogfood_command\/steps\nFailed to validate/);
  });

  it('does not know the config’s own commands in pre-steps', () => {
    expect(() => validate(TEST_DEPLOY, 'expandOwnCommands')).toThrow(/Custom Command prepare_hello not found/);
  });

  it('crashes on a config with no jobs of its own', () => {
    const [, example] = EXAMPLES.find(([, e]) => !e.usage.jobs)!;
    expect(() => validate(JSON.stringify(example.usage), 'ensureJobs')).toThrow(/Cannot convert undefined or null to object/);
  });

  it('knows, in a command, only the commands listed before it', () => {
    expect(Object.keys(ORB.commands).indexOf('run_script')).toBeGreaterThan(Object.keys(ORB.commands).indexOf('deliver'));
    expect(() => parseReusableCommands(ORB.commands)).toThrow(
      /reusable_command:deliver\/steps\/reused_command:run_script\nCustom Command run_script not found/,
    );
  });

  it('validates an orb executor’s parameterised resource_class before substitution', () => {
    expect(ORB.executors.default.resource_class).toBe('<< parameters.resource_class >>');
    expect(() => parseReusableExecutors(ORB.executors)).toThrow(/reusable_executor:default\/machine_executor\nFailed to validate/);
  });

  it('does not check the parameters passed to an orb job (config-names.test.ts does)', () => {
    expect(() => validate(edited('          skip_existing: true', '          skip_existng: true'))).not.toThrow();
  });
});
