/**
 * Build secrets (issue 12): `secrets`, `secret-files` and `ssh`, handed to BuildKit as
 * `--secret`/`--ssh`. A value never reaches argv: inline values travel in the docker child's
 * environment (`--secret id=ID,env=VAR`), files by path. Messages name ids, never values.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { InputError } from './errors';

export interface BuildSecrets {
  /** `id=VALUE` (value) or `id=env:NAME` (env). */
  inline: Array<{ id: string; value?: string; env?: string }>;
  files: Array<{ id: string; path: string }>;
  /** `default` (the agent at SSH_AUTH_SOCK) or `id=PATH` (a key file or agent socket). */
  ssh: Array<{ id: string; path?: string }>;
}

export const NO_SECRETS: BuildSecrets = { inline: [], files: [], ssh: [] };

const ID_RE = /^[A-Za-z0-9_.-]{1,128}$/;
const ENV_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The environment variable that carries the n-th inline secret to the docker child. */
const secretVar = (n: number) => `ECR_DELIVER_BUILD_SECRET_${n}`;

const lines = (v: string) => v.split('\n').map((s) => s.replace(/\r$/, '').trim()).filter(Boolean);

/** `id=***`: what a message may show of a secret line (a line without `=` may be all value). */
const shown = (line: string) => (line.includes('=') ? `${line.split('=')[0]}=***` : '***');

export function parseBuildSecrets(get: (name: 'secrets' | 'secret-files' | 'ssh') => string | undefined): BuildSecrets {
  const out: BuildSecrets = { inline: [], files: [], ssh: [] };
  const ids = new Set<string>();
  const id = (option: string, line: string): string => {
    const key = line.slice(0, line.indexOf('='));
    if (line.indexOf('=') < 1 || !ID_RE.test(key)) throw new InputError(option, shown(line), 'is not `id=…` with an id of letters, digits, `_`, `.` or `-`');
    if (option !== 'ssh' && ids.has(key)) throw new InputError(option, shown(line), 'repeats a secret id');
    if (option !== 'ssh') ids.add(key);
    return key;
  };
  for (const line of lines(get('secrets') ?? '')) {
    const key = id('secrets', line);
    const value = line.slice(key.length + 1);
    const env = /^env:(.*)$/.exec(value)?.[1];
    if (env !== undefined && !ENV_RE.test(env)) throw new InputError('secrets', `${key}=env:${env}`, 'names no valid environment variable');
    if (env === undefined && value === '') throw new InputError('secrets', `${key}=`, 'has an empty value');
    out.inline.push(env !== undefined ? { id: key, env } : { id: key, value });
  }
  for (const line of lines(get('secret-files') ?? '')) {
    const key = id('secret-files', line);
    const path = line.slice(key.length + 1);
    if (!existsSync(path) || !statSync(path).isFile()) throw new InputError('secret-files', `${key}=${path}`, 'does not name a readable file');
    out.files.push({ id: key, path });
  }
  for (const line of lines(get('ssh') ?? '')) {
    if (!line.includes('=')) {
      if (!ID_RE.test(line)) throw new InputError('ssh', line, 'is not `default` or `id=PATH`');
      out.ssh.push({ id: line });
      continue;
    }
    const key = id('ssh', line);
    const path = line.slice(key.length + 1);
    if (!existsSync(path)) throw new InputError('ssh', line, 'names no existing key file or agent socket');
    out.ssh.push({ id: key, path });
  }
  return out;
}

export const hasBuildSecrets = (s: BuildSecrets): string | undefined =>
  s.inline.length ? 'secrets' : s.files.length ? 'secret-files' : s.ssh.length ? 'ssh' : undefined;

/**
 * What the environment must provide, checked before any AWS call: the variables `id=env:NAME`
 * names, and an agent for an `ssh` entry without a path.
 */
export function checkSecretSources(s: BuildSecrets, env: NodeJS.ProcessEnv): void {
  for (const secret of s.inline) {
    if (secret.env && env[secret.env] === undefined) throw new InputError('secrets', `${secret.id}=env:${secret.env}`, 'names an environment variable that is not set');
  }
  for (const entry of s.ssh) {
    if (!entry.path && !env.SSH_AUTH_SOCK) throw new InputError('ssh', entry.id, 'needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file');
  }
}

/** Every value a log must never show: inline values, the variables named, the files' lines. */
export function secretValues(s: BuildSecrets, env: NodeJS.ProcessEnv): string[] {
  const values: string[] = [];
  for (const secret of s.inline) {
    const value = secret.value ?? env[secret.env!];
    if (value) values.push(value);
  }
  for (const file of s.files) {
    const text = readFileSync(file.path, 'utf8');
    if (text.length <= 65536) values.push(text.trim(), ...lines(text).filter((l) => l.length >= 4));
  }
  return [...new Set(values.filter(Boolean))];
}

/** docker's `--secret`/`--ssh` flags, and the environment that carries the inline values. */
export function secretArgs(s: BuildSecrets): { argv: string[]; env: Record<string, string> } {
  const argv: string[] = [];
  const env: Record<string, string> = {};
  s.inline.forEach((secret, n) => {
    const variable = secret.env ?? secretVar(n);
    if (secret.value !== undefined) env[variable] = secret.value;
    argv.push('--secret', `id=${secret.id},env=${variable}`);
  });
  for (const file of s.files) argv.push('--secret', `id=${file.id},src=${file.path}`);
  for (const entry of s.ssh) argv.push('--ssh', entry.path ? `${entry.id}=${entry.path}` : entry.id);
  return { argv, env };
}
