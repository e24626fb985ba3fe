/**
 * Child processes, always as an argv array (never a shell string), with node:child_process: the
 * child starts within the call, so a probe runs while the caller goes on (@actions/exec first
 * searched PATH asynchronously, and its two packages cost start-up time for no gain here).
 */
import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';

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
  /** Variables added to the child's environment (values that must stay out of argv: build secrets). */
  env?: NodeJS.ProcessEnv;
}

export type Runner = (command: string, args: string[], options?: RunOptions) => Promise<RunResult>;

/** Rejects only when the command cannot be started (e.g. ENOENT: not on PATH). */
export const run: Runner = (command, args, options = {}) => new Promise((resolve, reject) => {
  const echo = options.silent ? undefined : options.output ?? process.stdout;
  echo?.write(`[command]${[command, ...args].join(' ')}\n`);
  const child = spawn(command, args, { stdio: 'pipe', env: options.env ? { ...process.env, ...options.env } : process.env });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => { out.push(d); echo?.write(d); });
  child.stderr.on('data', (d: Buffer) => { err.push(d); echo?.write(d); });
  // A child that exits before reading all of its stdin must not fail the run with EPIPE.
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.input);
  child.on('error', reject);
  child.on('close', (code, signal) => resolve({
    code: code ?? (signal ? 128 : 1),
    stdout: Buffer.concat(out).toString(),
    stderr: Buffer.concat(err).toString(),
  }));
});
