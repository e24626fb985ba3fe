/**
 * Build secrets: `secrets`, `secret-files` and `ssh`, handed to BuildKit as
 * `--secret`/`--ssh`. A value never reaches argv: inline values travel in the docker child's
 * environment (`--secret id=ID,env=VAR`), files by path. Messages name ids, never values.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { InputError } from './errors';

export interface InlineSecret {
  id: string;
  value?: string;
  env?: string;
}
export interface SecretFile {
  id: string;
  path: string;
}
/** `default` (the agent at SSH_AUTH_SOCK) or `id=PATH` (a key file or agent socket). */
export interface SshEntry {
  id: string;
  path?: string;
}

export interface BuildSecrets {
  /** `id=VALUE` (value) or `id=env:NAME` (env). */
  inline: InlineSecret[];
  files: SecretFile[];
  ssh: SshEntry[];
}

export const NO_SECRETS: BuildSecrets = { inline: [], files: [], ssh: [] };

const ID_RE = /^[A-Za-z0-9_.-]{1,128}$/;
const ENV_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const BUILD_ARG_RE = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Build-arg values reach docker through its environment: a name must not steer the docker CLI itself. */
const RESERVED_BUILD_ARG = /^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/;
/** The environment variable that carries the n-th inline secret to the docker child. */
const secretVar = (n: number) => `ECR_DELIVER_BUILD_SECRET_${n}`;

const lines = (v: string) =>
  v
    .split('\n')
    .map((s) => s.replace(/\r$/, '').trim())
    .filter(Boolean);

/** `id=***`: what a message may show of a secret line (a line without `=` may be all value). */
const shown = (line: string) => (line.includes('=') ? `${line.split('=')[0]}=***` : '***');

/** The id of an `id=…` line; duplicates refused when `seen` is given. */
function idOf(option: string, line: string, seen?: Set<string>): string {
  const key = line.slice(0, Math.max(0, line.indexOf('=')));
  if (!key || !ID_RE.test(key)) throw new InputError(option, shown(line), 'is not `id=…` with an id of letters, digits, `_`, `.` or `-`');
  if (seen?.has(key)) throw new InputError(option, shown(line), 'repeats a secret id');
  seen?.add(key);
  return key;
}

/*
 * The table's parsers (options/table.ts) for the build-secret options. Their errors never quote a value:
 * only ids, variable names and paths.
 */
export const secretsOption = {
  type: 'list' as const,
  parse: (v: string, option: string): InlineSecret[] => {
    const seen = new Set<string>();
    return lines(v).map((line) => {
      const id = idOf(option, line, seen);
      const value = line.slice(id.length + 1);
      const env = /^env:(.*)$/.exec(value)?.[1];
      if (env !== undefined && !ENV_RE.test(env)) throw new InputError(option, `${id}=env:${env}`, 'names no valid environment variable');
      if (env === undefined && value === '') throw new InputError(option, `${id}=`, 'has an empty value');
      return env !== undefined ? { id, env } : { id, value };
    });
  },
};

export const secretFilesOption = {
  type: 'list' as const,
  parse: (v: string, option: string): SecretFile[] => {
    const seen = new Set<string>();
    return lines(v).map((line) => {
      const id = idOf(option, line, seen);
      const path = line.slice(id.length + 1);
      if (!existsSync(path) || !statSync(path).isFile()) throw new InputError(option, `${id}=${path}`, 'does not name a readable file');
      return { id, path };
    });
  },
};

export const sshOption = {
  type: 'list' as const,
  parse: (v: string, option: string): SshEntry[] =>
    lines(v).map((line) => {
      if (!line.includes('=')) {
        // A bare entry is the agent at SSH_AUTH_SOCK, which BuildKit knows as `default`.
        if (line !== 'default') throw new InputError(option, line, 'is not `default` or `id=PATH`');
        return { id: line };
      }
      const id = idOf(option, line);
      const path = line.slice(id.length + 1);
      if (!existsSync(path)) throw new InputError(option, line, 'names no existing key file or agent socket');
      return { id, path };
    }),
};

/** `build-args`: a value may be a token, so messages show the name only. */
export const buildArgsOption = {
  type: 'list' as const,
  parse: (v: string, option: string): string[] => {
    const args = lines(v);
    for (const arg of args) {
      const name = arg.split('=')[0];
      if (!BUILD_ARG_RE.test(arg))
        throw new InputError(option, arg.includes('=') ? `${name.slice(0, 40)}=***` : '***', 'is not `KEY=VALUE` with KEY made of letters, digits and `_`');
      if (RESERVED_BUILD_ARG.test(name))
        throw new InputError(option, `${name}=***`, 'is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)');
    }
    return [...new Set(args)];
  },
};

/** The three options as one request for docker.ts. */
export function buildSecretsOf(o: { secrets: InlineSecret[]; secretFiles: SecretFile[]; ssh: SshEntry[] }): BuildSecrets {
  return { inline: o.secrets, files: o.secretFiles, ssh: o.ssh };
}

export const hasBuildSecrets = (s: BuildSecrets): string | undefined =>
  s.inline.length ? 'secrets' : s.files.length ? 'secret-files' : s.ssh.length ? 'ssh' : undefined;

/**
 * What the environment must provide, checked before any AWS call: the variables `id=env:NAME`
 * names, and an agent for an `ssh` entry without a path.
 */
export function checkSecretSources(s: BuildSecrets, env: NodeJS.ProcessEnv): void {
  const inline = new Set(s.inline.map((x) => x.id));
  for (const file of s.files) {
    if (inline.has(file.id)) throw new InputError('secret-files', `${file.id}=${file.path}`, 'repeats an id of `secrets`');
  }
  for (const secret of s.inline) {
    if (secret.env && env[secret.env] === undefined)
      throw new InputError('secrets', `${secret.id}=env:${secret.env}`, 'names an environment variable that is not set');
  }
  for (const entry of s.ssh) {
    if (!entry.path && !env.SSH_AUTH_SOCK)
      throw new InputError('ssh', entry.id, 'needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file');
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
