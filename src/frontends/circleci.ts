/**
 * CircleCI front end (the orb). The orb's run step hands every parameter over as an ECR_DELIVER_*
 * environment variable (never as shell text) and names the command in ECR_DELIVER_COMMAND:
 * `deliver` (default; its `mode` parameter may ask for `login`, `part` or `merge`), `login` or
 * `merge`. Outputs become `export ECR_DELIVERED_*` lines appended to $BASH_ENV, which the later
 * bash steps of the job source.
 */
import { appendFileSync } from 'node:fs';
import { quote } from '../core/errors';
import { outputEnvName } from '../core/options/names';
import { OUTPUTS, type Outputs, outputText } from '../core/options/outputs';
import { deliverPlain, fromEnv, loginPlain } from './plain-output';

/** The orb's commands that run this script; the orb sets ECR_DELIVER_COMMAND to one of them. */
export const ORB_COMMANDS = ['deliver', 'login', 'merge'] as const;
export const COMMAND_ENV = 'ECR_DELIVER_COMMAND';

/** Single-quoted for bash: the value can never be read as code by a later step. */
export const shellQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

const exportLine = (name: string, value: string): string => `export ${outputEnvName(name)}=${shellQuote(value)}\n`;

export function exportLines(outputs: Outputs): string {
  return OUTPUTS.map(({ name }) => exportLine(name, outputText(outputs, name))).join('');
}

function publish(env: NodeJS.ProcessEnv, lines: string): void {
  if (env.BASH_ENV) appendFileSync(env.BASH_ENV, lines);
  else process.stderr.write('warning: BASH_ENV is not set: the outputs are not exported to later steps\n');
}

export async function circleciMain(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const command = env[COMMAND_ENV] || 'deliver';
  const raw = fromEnv(env);
  if (command === 'login' || (command === 'deliver' && raw('mode')?.trim().toLowerCase() === 'login')) {
    process.exitCode = await loginPlain(raw, (registry) => publish(env, exportLine('registry', registry)));
  } else if (command === 'deliver' || command === 'merge') {
    const options: typeof raw = command === 'merge' ? (name) => (name === 'mode' ? 'merge' : raw(name)) : raw;
    process.exitCode = await deliverPlain(options, (outputs) => publish(env, exportLines(outputs)));
  } else {
    process.stderr.write(`ecr-deliver: ${COMMAND_ENV}: ${quote(command)} is not one of ${ORB_COMMANDS.join(', ')}\n`);
    process.exitCode = 2;
  }
}
