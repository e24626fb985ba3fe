/** Child processes, always as an argv array (never a shell string), via @actions/exec. */
import type { Writable } from 'node:stream';
import { exec } from '@actions/exec';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Fed to the child's stdin (e.g. the registry password for `docker login --password-stdin`). */
  input?: Buffer;
  /** Don't echo the command or its output (used for probes whose output we parse). */
  silent?: boolean;
  output?: Writable;
}

export type Runner = (command: string, args: string[], options?: RunOptions) => Promise<RunResult>;

export const run: Runner = async (command, args, options = {}) => {
  let stdout = '';
  let stderr = '';
  const code = await exec(command, args, {
    input: options.input,
    silent: options.silent ?? false,
    ignoreReturnCode: true,
    outStream: options.output,
    errStream: options.output,
    listeners: {
      stdout: (data: Buffer) => { stdout += data.toString(); },
      stderr: (data: Buffer) => { stderr += data.toString(); },
    },
  });
  return { code, stdout, stderr };
};
