/**
 * Child processes, always as an argv array (never a shell string), with node:child_process: the
 * child starts within the call, so a probe runs while the caller goes on (@actions/exec first
 * searched PATH asynchronously, and its two packages cost start-up time for no gain here).
 * Every live child is known here, so a cancelled run can stop them all (stopChildren).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { Writable } from 'node:stream';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** The child was killed because it outlived `timeoutMs`. */
  timedOut?: boolean;
}

export interface RunOptions {
  /** Fed to the child's stdin (e.g. the registry password for `docker login --password-stdin`). */
  input?: Buffer;
  /** Don't echo the command or its output (used for probes whose output we parse). */
  silent?: boolean;
  output?: Writable;
  /** The child's whole environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Kill the child (SIGKILL) when it has not ended after this long. */
  timeoutMs?: number;
  /** Stop the child when aborted, as a cancelled run does: SIGTERM, then SIGKILL after a grace. */
  signal?: AbortSignal;
}

/** Between SIGTERM and SIGKILL for a child stopped through its signal. */
const STOP_GRACE_MS = 3_000;

export type Runner = (command: string, args: string[], options?: RunOptions) => Promise<RunResult>;

const live = new Set<ChildProcess>();

/** Rejects only when the command cannot be started (e.g. ENOENT: not on PATH). */
export const run: Runner = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const echo = options.silent ? undefined : (options.output ?? process.stdout);
    echo?.write(`[command]${[command, ...args].join(' ')}\n`);
    const child = spawn(command, args, { stdio: 'pipe', env: options.env ?? process.env });
    live.add(child);
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    let grace: NodeJS.Timeout | undefined;
    const stop = () => {
      child.kill('SIGTERM');
      grace = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    };
    if (options.signal?.aborted) stop();
    else options.signal?.addEventListener('abort', stop, { once: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => {
      out.push(d);
      echo?.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      err.push(d);
      echo?.write(d);
    });
    // A child that exits before reading all of its stdin must not fail the run with EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input);
    const settle = () => {
      live.delete(child);
      clearTimeout(timer);
      clearTimeout(grace);
      options.signal?.removeEventListener('abort', stop);
    };
    child.on('error', (e) => {
      settle();
      reject(e);
    });
    child.on('close', (code, signal) => {
      settle();
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
        ...(timedOut ? { timedOut } : {}),
      });
    });
  });

/**
 * Ends every child still running: SIGTERM (docker cancels its build or push and tells the daemon),
 * then SIGKILL for those still there after `graceMs`. Resolves once all have exited.
 */
export async function stopChildren(graceMs: number): Promise<void> {
  const children = [...live];
  if (!children.length) return;
  const exited = (c: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (c.exitCode !== null || c.signalCode !== null) resolve();
      else c.once('close', () => resolve());
    });
  const all = Promise.all(children.map(exited));
  for (const c of children) c.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<'grace'>((resolve) => {
    timer = setTimeout(() => resolve('grace'), graceMs);
  });
  if ((await Promise.race([all, grace])) === 'grace') {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await all;
  }
  clearTimeout(timer);
}
