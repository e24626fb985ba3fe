/** CircleCI front end (the orb): ECR_DELIVER_* env in, `export` lines appended to $BASH_ENV out. */
import { appendFileSync } from 'node:fs';
import { deliverPlain, fromEnv } from './cli';
import { OUTPUTS, envName, type Outputs } from './options';

/** Single-quoted for bash: the value can never be read as code by a later step. */
const shellQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

export function exportLines(outputs: Outputs): string {
  return OUTPUTS.map(({ name }) => `export ${envName(name)}=${shellQuote(outputs[name as keyof Outputs])}\n`).join('');
}

export async function circleciMain(): Promise<void> {
  process.exitCode = await deliverPlain(fromEnv(process.env), (outputs) => {
    if (process.env.BASH_ENV) appendFileSync(process.env.BASH_ENV, exportLines(outputs));
  });
}
