/** Command line front end: `--flag value` or ECR_DELIVER_* env in, JSON (with --json) out. */
import { parseArgs } from 'node:util';
import { resolveContext } from './context';
import { deliver } from './deliver';
import { describeFailure } from './errors';
import { run } from './exec';
import { OPTIONS, OUTPUTS, envName, parseOptions, type Outputs, type RawOptions } from './options';
import { StreamReporter } from './report';

import { version as VERSION } from '../package.json';

export const fromEnv = (env: NodeJS.ProcessEnv): RawOptions => (name) => env[envName(name)];

/** Shared by the CLI and CircleCI: deliver, print a summary block, and return the exit code. */
export async function deliverPlain(raw: RawOptions, publish: (outputs: Outputs) => void): Promise<number> {
  const reporter = new StreamReporter(process.stderr);
  try {
    const options = parseOptions(raw);
    const context = resolveContext(options);
    const outputs = await deliver({ options, context, reporter, run, env: process.env });
    reporter.info(summary(outputs, reporter));
    publish(outputs);
    return 0;
  } catch (err) {
    const failure = describeFailure(err);
    process.stderr.write(`ecr-deliver: ${failure.message}\n`);
    if (failure.hint) process.stderr.write(`hint: ${failure.hint}\n`);
    return failure.exitCode;
  }
}

function summary(outputs: Outputs, reporter: StreamReporter): string {
  const width = Math.max(...OUTPUTS.map((o) => o.name.length));
  const rows = OUTPUTS.map(({ name }) => `  ${name.padEnd(width)}  ${outputs[name as keyof Outputs] || '-'}`);
  const timings = reporter.clock.timings.map((t) => `${t.title} ${t.seconds.toFixed(1)} s`).join(', ');
  return ['── ecr-deliver ──', ...rows, `  ${'time'.padEnd(width)}  ${timings}; total ${reporter.clock.totalSeconds.toFixed(1)} s`].join('\n');
}

export function helpText(): string {
  const lines = OPTIONS.map((o) => {
    const dflt = o.default !== undefined ? ` (default: ${o.default})` : o.defaultText ? ` (default: ${o.defaultText.replace(/`/g, '')})` : '';
    return `  --${o.name} <value>\n      ${o.description.replace(/`/g, '')}${o.required ? ' Required.' : ''}${dflt}`;
  });
  return [
    'Usage: ecr-deliver [--option value …] [--json]',
    '       ecr-deliver iam-policy --help',
    '',
    'Delivers a container image to Amazon ECR: OIDC credentials, ECR login, repository, build,',
    'commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment.',
    '',
    'Options:',
    ...lines,
    '  --json\n      Print the outputs as one JSON object on stdout (logs go to stderr).',
    '  --help, --version',
    '',
    'Exit codes: 0 delivered, 1 failed, 2 bad input.',
  ].join('\n');
}

export async function cliMain(args: string[]): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(OPTIONS.map((o) => [o.name, { type: 'string' as const }]));
    ({ values } = parseArgs({ args, options: { ...options, json: { type: 'boolean' }, help: { type: 'boolean' }, version: { type: 'boolean' } }, strict: true, allowPositionals: false }));
  } catch (err) {
    process.stderr.write(`ecr-deliver: ${(err as Error).message} (see --help)\n`);
    process.exitCode = 2;
    return;
  }
  if (values.help) return void process.stdout.write(`${helpText()}\n`);
  if (values.version) return void process.stdout.write(`${VERSION}\n`);
  const env = fromEnv(process.env);
  const raw: RawOptions = (name) => (values[name] as string | undefined) ?? env(name);
  process.exitCode = await deliverPlain(raw, (outputs) => {
    if (values.json) process.stdout.write(`${JSON.stringify(outputs)}\n`);
  });
}

