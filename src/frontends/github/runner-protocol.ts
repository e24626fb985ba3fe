/**
 * The GitHub Actions runner protocol: inputs from INPUT_* env, outputs and state through the
 * runner's files, workflow commands on stdout, the OIDC token from the runner's token service.
 *
 * Why not @actions/core: it pulls @actions/http-client and undici (~470 KB minified, 40 % of our
 * bundle) only to fetch the OIDC token, which one GET with node:https does. The wire format here
 * is the same byte for byte; test/actions-runtime.test.ts checks it against @actions/core.
 */
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { Writable } from 'node:stream';
import { ProxyError } from '../../core/errors';
import { exchange } from '../../io/http';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/*
 * Child output (docker's, which a Dockerfile controls) is written with workflow commands switched
 * off: `::stop-commands::<token>` before it, `::<token>::` before our own next command. The token
 * is new and random each time, so the child can neither guess it nor switch commands back on.
 */
let resumeToken: string | undefined;
let atLineStart = true;

function write(text: string | Buffer): void {
  if (!text.length) return;
  process.stdout.write(text);
  atLineStart = typeof text === 'string' ? text.endsWith('\n') : text[text.length - 1] === 0x0a;
}

const newLine = (): string => (atLineStart ? '' : EOL);

/** Where child output goes on GitHub: stdout, with workflow commands off while it is written. */
export const childOutput = new Writable({
  write(chunk: Buffer | string, _encoding, done) {
    if (!resumeToken) {
      resumeToken = crypto.randomUUID().replace(/-/g, '');
      write(`${newLine()}::stop-commands::${resumeToken}${EOL}`);
    }
    write(chunk);
    done();
  },
});

/** `::name::message` on stdout, as the runner parses it (commands switched back on first). */
export function command(name: string, message = ''): void {
  if (resumeToken) {
    write(`${newLine()}::${resumeToken}::${EOL}`);
    resumeToken = undefined;
  }
  write(`::${name}::${escapeData(message)}${EOL}`);
}

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** `name<<delimiter` blocks in the file the runner names in GITHUB_<file>. */
function appendKeyValue(file: 'OUTPUT' | 'STATE', name: string, value: string): void {
  const path = process.env[`GITHUB_${file}`];
  if (!path) throw new Error(`GITHUB_${file} is not set: not running in a GitHub Actions step`);
  // The global Web Crypto: node:crypto loads only when an output is written, not at start-up.
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`value of ${name} contains the delimiter`);
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

export const setOutput = (name: string, value: string): void => appendKeyValue('OUTPUT', name, value);
export const saveState = (name: string, value: string): void => appendKeyValue('STATE', name, value);
export const getState = (name: string): string => process.env[`STATE_${name}`] ?? '';

export const setSecret = (value: string): void => command('add-mask', value);
export const info = (message: string): void => write(`${newLine()}${message}${EOL}`);
export const warning = (message: string): void => command('warning', message);
export const error = (message: string): void => command('error', message);

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export async function group<T>(name: string, run: () => Promise<T>): Promise<T> {
  command('group', name);
  try {
    return await run();
  } finally {
    command('endgroup');
  }
}

export function appendSummary(markdown: string): void {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (path) appendFileSync(path, `${markdown}${EOL}`, 'utf8');
}

const OIDC_ATTEMPTS = 4;
const OIDC_TIMEOUT_MS = 10_000;

/** The job's OIDC token for `audience`; masked before it is returned. Transient failures are retried. */
export async function getIDToken(audience: string): Promise<string> {
  const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) throw new Error('ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set');
  const target = `${url}&audience=${encodeURIComponent(audience)}`;
  for (let attempt = 1; ; attempt++) {
    let failure: string;
    try {
      const answer = await exchange(target, { headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' }, timeoutMs: OIDC_TIMEOUT_MS });
      if (answer.status === 200) {
        const token = tokenIn(answer.text);
        if (!token) throw new Error('the token service answered without a token');
        setSecret(token);
        return token;
      }
      failure = `HTTP ${answer.status}`;
      if (answer.status < 500 && answer.status !== 429) throw new Error(`the token service answered ${failure}`);
    } catch (err) {
      if ((err as Error).message.startsWith('the token service') || err instanceof ProxyError) throw err;
      failure = (err as Error).message;
    }
    if (attempt >= OIDC_ATTEMPTS) throw new Error(`the token service did not answer after ${attempt} attempts (${failure})`);
    await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** (attempt - 1)));
  }
}

/** The `value` of the token service's JSON answer, if it is a string. */
function tokenIn(text: string): string | undefined {
  try {
    const value = (JSON.parse(text) as { value?: unknown } | null)?.value;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
