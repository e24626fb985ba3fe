/**
 * Command line front end: `--flag value` or ECR_DELIVER_* env in, JSON (with --json) out.
 *
 *   ecr-deliver [--option value …] [--json]     deliver (build, tag with the commit SHA, push)
 *   ecr-deliver login [--option value …]        credentials + `docker login` only (= --mode login)
 *   ecr-deliver merge [--option value …]        the parts of a multi-arch image into one index (= --mode merge)
 *   ecr-deliver iam-policy …                     print the IAM permissions and trust policies
 *
 * stdout carries only the JSON; progress, docker output and errors go to stderr.
 * Exit codes: 0 done, 1 failed, 2 bad input.
 */
import { parseArgs } from 'node:util';
import { quote } from '../core/errors';
import { parseIamPolicyArgs, renderIamPolicy } from '../core/iam-policy/command';
import { policyNotes } from '../core/iam-policy/permissions';
import { OUTPUTS, outputTexts } from '../core/options/outputs';
import { parseOption, type RawOptions } from '../core/options/parse';
import { OPTIONS as ALL_OPTIONS, IAM_POLICY_FLAGS, LOGIN_OPTIONS, MERGE_OPTIONS, type OptionName } from '../core/options/table';

/** The CLI's flags: every option but the GitHub Action's own (`skip-logout`, …). */
const OPTIONS = ALL_OPTIONS.filter((o) => !o.githubOnly);

import { version as VERSION } from '../../package.json';
import { deliverPlain, fail, fromEnv, loginPlain } from './plain-output';

export const COMMANDS = ['iam-policy', 'login', 'merge'] as const;

/** Word-wraps `text` to `width` columns, every line indented by `indent`. */
function wrap(text: string, indent: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

export function helpText(): string {
  const lines = OPTIONS.map((o) => {
    const dflt = o.default !== undefined ? ` Default: ${o.default}.` : o.defaultText ? ` Default: ${o.defaultText.replace(/`/g, '')}.` : '';
    return `  --${o.name} <value>\n${wrap(`${o.description.replace(/`/g, '')}${o.required ? ' Required.' : ''}${dflt}`, '      ')}`;
  });
  return [
    'Usage: ecr-deliver [--option value …] [--json]      deliver an image',
    '       ecr-deliver login [--option value …]         credentials + docker login only',
    '       ecr-deliver merge [--option value …]         multi-arch: the parts into one image index',
    '       ecr-deliver iam-policy --help                the IAM policies a CI role needs',
    '',
    'Delivers a container image to Amazon ECR: OIDC credentials, ECR login, repository, build,',
    'commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment',
    '(e.g. ECR_DELIVER_ROLE_TO_ASSUME); a flag wins over the environment.',
    '',
    'Options:',
    ...lines,
    '  --json',
    '      Print the outputs as one JSON object on stdout (logs go to stderr).',
    '  --help, --version',
    '',
    `Outputs: ${OUTPUTS.map((o) => o.name).join(', ')}.`,
    'Exit codes: 0 delivered, 1 failed, 2 bad input.',
  ].join('\n');
}

/** The help of a subcommand that reads `names` of the options. */
function commandHelp(usage: string, about: string[], names: readonly OptionName[], exitCodes: string): string {
  const lines = OPTIONS.filter((o) => names.includes(o.name)).map((o) => `  --${o.name} <value>\n${wrap(o.description.replace(/`/g, ''), '      ')}`);
  return [
    `Usage: ecr-deliver ${usage}`,
    '',
    ...about,
    '',
    'Options (also as ECR_DELIVER_<OPTION>):',
    ...lines,
    '',
    `Exit codes: ${exitCodes}, 1 failed, 2 bad input.`,
  ].join('\n');
}

export const loginHelpText = (): string =>
  commandHelp(
    'login [--option value …] [--json]',
    [
      'Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR registry, nothing else;',
      'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',
      'Unlike a delivery (which logs in to a private docker config removed when it ends), login writes',
      'the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it',
      'stays for 12 hours: run `docker logout <registry>` when done on a shared host.',
    ],
    LOGIN_OPTIONS,
    '0 logged in',
  );

export const mergeHelpText = (): string =>
  commandHelp(
    'merge --platform linux/amd64,linux/arm64 [--option value …] [--json]',
    ['Puts the parts (--mode part, one job per platform) into one image index under every tag,', "with ECR's API only: no docker. Same as --mode merge."],
    MERGE_OPTIONS,
    '0 merged',
  );

export function iamPolicyHelp(): string {
  return [
    'Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION',
    '         --repo OWNER/REPO [--branch BRANCH | --environment NAME]     (GitHub)',
    '         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)',
    '         [the delivery options the role must allow, e.g. --cache false]',
    '',
    'Prints {"permissionsPolicy": …, "trustPolicy": …} as JSON: the least-privilege permissions for',
    'delivering to the repository with the given options, and the OIDC trust policy with aud and sub',
    'pinned. No AWS call is made.',
    '',
    'Flags:',
    ...IAM_POLICY_FLAGS.map((f) => `  --${f.name} ${f.value}\n${wrap(f.description.replace(/`/g, ''), '      ')}`),
    '',
    'Exit codes: 0 printed, 2 bad input.',
  ].join('\n');
}

/** parseArgs' errors as one line that names the flag and what is wrong with it. */
function argsError(err: unknown, command: string): string {
  const e = err as { code?: string; message?: string };
  const flag = /'(-[^' ]+)/.exec(e.message ?? '')?.[1];
  const help = `see ecr-deliver ${command ? `${command} ` : ''}--help`;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `${flag}: is not a flag of ecr-deliver${command ? ` ${command}` : ''} (${help})`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(e.message ?? '')) return `${flag}: takes no value`;
      if (/ambiguous/.test(e.message ?? '')) return `${flag}: needs a value; for a value that starts with "-", write ${flag}=VALUE`;
      return `${flag}: needs a value (${help})`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const arg = /'([^']*)'/.exec(e.message ?? '')?.[1] ?? '';
      return `${quote(arg)} is not a command or flag: use ${COMMANDS.join(', ')} or --flags (${help})`;
    }
    default:
      return `${(e.message ?? String(err)).split('\n')[0]} (${help})`;
  }
}

function parse(args: string[], names: readonly string[], command: string): Record<string, string | boolean | undefined> | undefined {
  try {
    const options = Object.fromEntries(names.map((name) => [name, { type: 'string' as const }]));
    return parseArgs({
      args,
      options: { ...options, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    process.stderr.write(`ecr-deliver: ${argsError(err, command)}\n`);
    process.exitCode = 2;
    return undefined;
  }
}

function iamPolicyCommand(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${iamPolicyHelp()}\n`);
    return 0;
  }
  try {
    // Its output is JSON anyway; --json is accepted so scripts can pass it to every command.
    const { request, only } = parseIamPolicyArgs(args.filter((a) => a !== '--json'));
    process.stdout.write(renderIamPolicy(request, only));
    for (const note of policyNotes(request)) process.stderr.write(`note: ${note}\n`);
    return 0;
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`ecr-deliver: ${argsError(err, 'iam-policy')}\n`);
      return 2;
    }
    return fail(err);
  }
}

export async function cliMain(args: string[]): Promise<void> {
  const command = COMMANDS.find((c) => c === args[0]) ?? '';
  if (command === 'iam-policy') {
    process.exitCode = iamPolicyCommand(args.slice(1));
    return;
  }
  const rest = command ? args.slice(1) : args;
  const names = command === 'login' ? LOGIN_OPTIONS : OPTIONS.map((o) => o.name).filter((n) => command !== 'merge' || n !== 'mode');
  const values = parse(rest, names, command);
  if (!values) return;
  if (values.help) return void process.stdout.write(`${command === 'login' ? loginHelpText() : command === 'merge' ? mergeHelpText() : helpText()}\n`);
  if (values.version) return void process.stdout.write(`${VERSION}\n`);
  const env = fromEnv(process.env);
  const given: RawOptions = (name) => (values[name] as string | undefined) ?? env(name);
  let mode: string | undefined;
  try {
    mode = command || parseOption('mode', given('mode'));
  } catch (err) {
    process.exitCode = fail(err);
    return;
  }
  if (mode === 'login') {
    // `login` reads the credential and registry options only (`--mode login` is the same command).
    const raw: RawOptions = (name) => (LOGIN_OPTIONS.includes(name as OptionName) ? given(name) : undefined);
    process.exitCode = await loginPlain(raw, (registry) => {
      if (values.json) process.stdout.write(`${JSON.stringify({ registry })}\n`);
    });
    return;
  }
  const raw: RawOptions = command === 'merge' ? (name) => (name === 'mode' ? 'merge' : given(name)) : given;
  process.exitCode = await deliverPlain(raw, (outputs) => {
    if (values.json) process.stdout.write(`${JSON.stringify(outputTexts(outputs))}\n`);
  });
}
