// Packs orb/ (CircleCI's orb-template layout) into one orb document, as `circleci orb pack` does,
// plus what comes from the option table, so the orb cannot drift from the script it runs:
//  - the option parameters of commands/deliver, commands/login, commands/merge, commands/run_script,
//    jobs/deliver and jobs/merge
//    (snake_case, the table's defaults and descriptions; all optional in run_script);
//  - on run_script's run step, which includes scripts/ecr-deliver.js, `ECR_DELIVER_<OPTION>:
//    << parameters.x >>` for each parameter (values reach the script only through the environment);
//  - the step of deliver, login and merge that calls run_script, and the `deliver` (`merge`) step of jobs/deliver (jobs/merge),
//    with every parameter passed through.
// scripts/ecr-deliver.js is dist/index.js with its #! line replaced by LAUNCHER, made here, so each
// orb version carries its script, once: deliver and login both run it through run_script.
// Called by scripts/build.mjs after dist/index.js is written; returns the text of dist/orb.yml.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { Document, isScalar, parse, visit } from 'yaml';

export const SCRIPT = 'scripts/ecr-deliver.js';
/**
 * The script's first line, read by both bash (the run step's shell, which sources $BASH_ENV) and
 * node: bash runs `:` and then execs the node the prerequisites step resolved on this same file;
 * node sees a string and a comment. So the script runs with the node the job's bash steps find
 * (nvm in a login shell on machine images), which `shell: /usr/bin/env node` does not.
 */
// A run step's command may reach bash as a file ($0) or on stdin (`$-` then holds `s`): on stdin,
// node reads the rest of it, the script after this line, with `-`.
export const LAUNCHER = `':' //; n="\${ECR_DELIVER_ORB_NODE:?the ecr-deliver prerequisites step did not run}"; case $- in *s*) exec "$n" - "$@";; esac; exec "$n" "$0" "$@"\n`;

/** The orb's script: dist/index.js with its #! line replaced by LAUNCHER. */
export const orbScript = (bundle) => LAUNCHER + bundle.replace(/^#!.*\n/, '');
const COMPONENT_KINDS = ['commands', 'executors', 'jobs', 'examples'];
const INCLUDE_RE = /^<<include\(([^()]+)\)>>$/;

/** In a workflow, a job's `context` key names CircleCI contexts, so the job takes the build context as `build_context`. */
export const JOB_RENAMES = { context: 'build_context' };

const fail = (message) => {
  throw new Error(`pack-orb: ${message}`);
};

/** `kms-key` → `kms_key` where a description names another option. */
export function respell(text, { OPTIONS, orbName }) {
  return text.replace(/`([a-z0-9]+(?:-[a-z0-9]+)+)/g, (match, name) => (OPTIONS.some((o) => o.name === name) ? `\`${orbName(name)}` : match));
}

/** `optional`: a required option gets the "not given" default too (run_script: its callers require it). */
export function parameterFor(option, table, optional = false) {
  const description = respell(`${option.description}${option.defaultText ? ` Default: ${option.defaultText}.` : ''}`, table);
  if (option.type === 'boolean') {
    if (option.default !== 'true' && option.default !== 'false') fail(`boolean option ${option.name} needs a literal default`);
    return { type: 'boolean', default: option.default === 'true', description };
  }
  if (option.type === 'enum') return { type: 'enum', enum: [...option.values], default: option.default, description };
  // A parameter without a default is required by CircleCI; every optional option defaults to "" (not given).
  return option.required && !optional ? { type: 'string', description } : { type: 'string', default: option.default ?? '', description };
}

function outputsDoc({ OUTPUTS, outputEnvName }) {
  const lines = OUTPUTS.map((o) => `  ${outputEnvName(o.name)}: ${o.description}`);
  return `\n\nExported to later steps (export lines appended to $BASH_ENV):\n${lines.join('\n')}`;
}

/** Where generated parameters go, and what else they feed. */
function generatedComponents(table) {
  const all = table.OPTIONS.filter((o) => !o.githubOnly).map((o) => o.name);
  return [
    { kind: 'commands', name: 'run_script', options: all, renames: {}, script: true, optional: true },
    { kind: 'commands', name: 'deliver', options: all, renames: {}, passTo: 'run_script', outputs: true },
    { kind: 'commands', name: 'login', options: table.LOGIN_OPTIONS, renames: {}, passTo: 'run_script' },
    { kind: 'jobs', name: 'deliver', options: all, renames: JOB_RENAMES, passTo: 'deliver', outputs: true },
    { kind: 'commands', name: 'merge', options: table.MERGE_OPTIONS, renames: {}, passTo: 'run_script', outputs: true },
    { kind: 'jobs', name: 'merge', options: table.MERGE_OPTIONS, renames: JOB_RENAMES, passTo: 'merge', outputs: true },
  ];
}

function merge(generated, written, what) {
  for (const key of Object.keys(written ?? {})) if (key in generated) fail(`${what}: ${key} is generated from the option table; remove it from the source`);
  return { ...generated, ...written };
}

function generate(orb, table) {
  for (const spec of generatedComponents(table)) {
    const where = `${spec.kind}/${spec.name}.yml`;
    let component = orb[spec.kind]?.[spec.name] ?? fail(`${where} is missing`);
    const options = spec.options.map((name) => table.OPTIONS.find((o) => o.name === name) ?? fail(`${where}: unknown option ${name}`));
    const paramName = (o) => spec.renames[o.name] ?? table.orbName(o.name);
    const params = Object.fromEntries(options.map((o) => [paramName(o), parameterFor(o, table, spec.optional)]));
    const { description, parameters, ...rest } = component;
    // Key order as CircleCI's docs write components: description, parameters, then the rest.
    component = orb[spec.kind][spec.name] = {
      description: spec.outputs ? `${description.trimEnd()}${outputsDoc(table)}` : description,
      parameters: merge(params, parameters, `${where} parameters`),
      ...rest,
    };

    if (spec.script) {
      const steps = component.steps.filter((s) => s?.run?.command === `<<include(${SCRIPT})>>`);
      if (steps.length !== 1) fail(`${where} must have exactly one run step with command <<include(${SCRIPT})>>`);
      const env = Object.fromEntries(options.map((o) => [table.envName(o.name), `<< parameters.${paramName(o)} >>`]));
      const { name, shell, environment, command, ...rest } = steps[0].run;
      steps[0].run = { name, ...(shell ? { shell } : {}), environment: merge(env, environment, `${where} environment`), ...rest, command };
    }
    if (spec.passTo) {
      const at = component.steps.findIndex((s) => s === spec.passTo || (s && typeof s === 'object' && spec.passTo in s));
      if (at < 0) fail(`${where} must have a \`${spec.passTo}\` step to pass the parameters to`);
      const args = Object.fromEntries(options.map((o) => [table.orbName(o.name), `<< parameters.${paramName(o)} >>`]));
      const written = component.steps[at][spec.passTo] ?? {};
      component.steps[at] = { [spec.passTo]: { ...written, ...merge(args, written, `${where} ${spec.passTo} step`) } };
    }
  }
}

/** `<<include(path)>>` as the whole value: the file's text, with `<<` escaped as CircleCI requires. */
function resolveIncludes(orb, dir) {
  visit(orb, {
    Scalar(_, node) {
      const m = typeof node.value === 'string' ? INCLUDE_RE.exec(node.value) : null;
      if (!m) return;
      const path = normalize(m[1]);
      if (path.startsWith('..') || path.startsWith('/')) fail(`include outside the orb: ${m[1]}`);
      const text = readFileSync(join(dir, path), 'utf8');
      if (text.includes('\\<<')) fail(`${path} contains "\\<<", which CircleCI would read as an escape`);
      node.value = text.replaceAll('<<', '\\<<');
      node.type = 'BLOCK_LITERAL';
    },
  });
}

export async function packOrb(table, root) {
  const dir = join(root, 'orb');
  const bundle = join(root, 'dist/index.js');
  writeFileSync(join(dir, SCRIPT), orbScript(readFileSync(bundle, 'utf8')));
  const read = (path) => parse(readFileSync(join(dir, path), 'utf8'));

  const orb = read('@orb.yml');
  for (const kind of COMPONENT_KINDS) {
    if (!existsSync(join(dir, kind))) continue;
    const files = readdirSync(join(dir, kind))
      .filter((f) => f.endsWith('.yml'))
      .sort();
    if (files.length) orb[kind] = Object.fromEntries(files.map((f) => [f.slice(0, -'.yml'.length), read(`${kind}/${f}`)]));
  }
  generate(orb, table);

  const doc = new Document(orb);
  resolveIncludes(doc, dir);
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && node.value.includes('\n') && !node.type) node.type = 'BLOCK_LITERAL';
    },
  });
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const sha256 = createHash('sha256').update(readFileSync(bundle)).digest('hex');
  const header = [
    '# Generated by `npm run build` (scripts/pack-orb.mjs) from orb/ and src/core/options/table.ts: edit those, not this file.',
    `# The deliver, login and merge commands run dist/index.js of ecr-deliver ${version}, sha256 ${sha256}, inlined once below (run_script; its #! line replaced by a launcher line).`,
  ].join('\n');
  return `${header}\n${doc.toString({ lineWidth: 0 })}`;
}
