/**
 * Bench E: the engine users' runners have. A dockerd 26 with buildx 0.13 (docker driver, classic
 * image store: what GitHub's hosted runners run), started from build/engines by
 * test/fixtures/engines.ts (scripts/engines.sh fetches them on a fresh clone), beside the system's
 * dockerd. Per round, in an order that alternates:
 *
 *   B  ecr-deliver as in the main bench: the OIDC token request inside the clock, role, new
 *      repository, tags SHA + latest, built with `docker buildx build`
 *   F  the floor (bench/floor-buildx.sh): `docker buildx build --tag SHA --tag latest --push`, the
 *      repository created and docker logged in before the clock starts
 *
 * The build context is the main bench's (fresh layers every build). One warm-up round is not counted.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CreateRepositoryCommand, type ECRClient } from '@aws-sdk/client-ecr';
import type { AwsEmulator } from '../test/fixtures/emulator';
import { ENGINES_DIR, type Engine, startEngine } from '../test/fixtures/engines';
import { runProcess } from '../test/fixtures/github-runner';
import { type Registry, registryManifestDigest, runCommand } from '../test/fixtures/services';
import { deliverArgs } from './deliver-args';
import { median } from './median';
import { fetchOidcToken } from './oidc-token';

export interface BuildxBenchSetup {
  emu: AwsEmulator;
  registry: Registry;
  ecr: ECRClient;
  node24: string;
  bundle: string;
  floor: string;
  region: string;
  role: string;
  systemPath: string;
  rounds: number;
  /** A new build context, the main bench's. */
  buildContext: () => string;
}

type BuildxVariant = 'B' | 'F';
export interface BuildxRun {
  variant: BuildxVariant;
  round: number;
  seconds: number;
  /** Bytes of blob uploads and manifest PUTs through the registry front. */
  bytes: number;
  repo: string;
  digest: string;
  /** B: the seconds of each step ecr-deliver reports (`✔ Build (3.1 s)`). */
  steps?: Record<string, number>;
}
interface Stats {
  median: number;
  min: number;
  max: number;
  bytes: number;
}
export interface BuildxSummary {
  /** `docker version` of the daemon and `docker buildx version`. */
  engine: string;
  buildx: string;
  rounds: number;
  /** The machine's 1-minute load average when the bench started (it may be shared). */
  loadAtStart: number;
  variants: Record<BuildxVariant, Stats>;
  /** B's median / F's median. */
  ratio: number;
  /** Median over rounds of B / F within the round. */
  paired: number;
  runs: BuildxRun[];
}

export const BUILDX_TARGET = 1.1;
const hex = (n: number) => crypto.randomBytes(n).toString('hex');
export async function benchBuildx(s: BuildxBenchSetup, log: (line: string) => void): Promise<BuildxSummary> {
  const loadAtStart = os.loadavg()[0];
  const engine = await startEngine('classic');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ecr-bench-buildx-'));
  try {
    const version = (await engine.docker(['version', '--format', '{{.Server.Version}}'])).stdout.trim();
    const buildxVersion = (await engine.docker(['buildx', 'version'])).stdout;
    const buildx = `buildx ${/buildx v?(\S+)/.exec(buildxVersion)?.[1] ?? buildxVersion.trim()}`;
    log(`\nbench E: dockerd ${version} with ${buildx} (docker driver, classic image store), ${s.rounds} rounds + 1 warm-up`);
    const runs: BuildxRun[] = [];
    for (let round = 0; round <= s.rounds; round++) {
      const order: BuildxVariant[] = round % 2 ? ['B', 'F'] : ['F', 'B'];
      const done: BuildxRun[] = [];
      for (const variant of order) done.push(await oneRun(s, engine, root, variant, round));
      if (round > 0) runs.push(...done);
      log(`E round ${round}${round ? '' : ' (warm-up)'}: ${done.map((r) => `${r.variant} ${r.seconds.toFixed(2)} s`).join('  ')}`);
    }
    const stats = (v: BuildxVariant): Stats => {
      const rs = runs.filter((r) => r.variant === v);
      const secs = rs.map((r) => r.seconds);
      return { median: median(secs), min: Math.min(...secs), max: Math.max(...secs), bytes: median(rs.map((r) => r.bytes)) };
    };
    const variants = { B: stats('B'), F: stats('F') };
    const rounds = [...new Set(runs.map((r) => r.round))];
    const paired = median(
      rounds.map((n) => runs.find((r) => r.round === n && r.variant === 'B')!.seconds / runs.find((r) => r.round === n && r.variant === 'F')!.seconds),
    );
    return { engine: version, buildx, rounds: s.rounds, loadAtStart, variants, ratio: variants.B.median / variants.F.median, paired, runs };
  } finally {
    await engine.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

async function oneRun(s: BuildxBenchSetup, engine: Engine, root: string, variant: BuildxVariant, round: number): Promise<BuildxRun> {
  const work = fs.mkdtempSync(path.join(root, `${variant}-`));
  // The job's docker config, with buildx set up in it (as docker/setup-buildx-action leaves it).
  const config = path.join(work, 'docker');
  fs.mkdirSync(config);
  fs.symlinkSync(path.join(engine.dockerConfig, 'cli-plugins'), path.join(config, 'cli-plugins'));
  const env: NodeJS.ProcessEnv = {
    PATH: `${path.join(ENGINES_DIR, 'bin')}:${s.systemPath}`,
    HOME: work,
    LANG: 'C.UTF-8',
    DOCKER_HOST: engine.host,
    DOCKER_CONFIG: config,
    AWS_CONFIG_FILE: path.join(work, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  const repo = `bench/e-${variant.toLowerCase()}-r${round}-${hex(3)}`;
  const sha = hex(20);
  const ctx = s.buildContext();
  const front = s.emu.registryFrontHost;
  let seconds: number;
  let steps: Record<string, number> | undefined;
  if (variant === 'B') {
    const start = process.hrtime.bigint();
    const token = await fetchOidcToken(s.emu, work);
    const p = await runProcess(s.node24, [s.bundle, ...deliverArgs(s, repo, sha, token, ['--tags', 'latest', '--context', ctx])], {
      ...env,
      AWS_ENDPOINT_URL_STS: s.emu.url,
      AWS_ENDPOINT_URL_ECR: s.emu.url,
    });
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (p.code !== 0) throw new Error(`E B (ecr-deliver) exited ${p.code}:\n${p.stderr.split('\n').slice(-25).join('\n')}`);
    if (!p.stderr.includes('Builder: buildx')) throw new Error('E B: did not build with buildx');
    steps = Object.fromEntries([...p.stderr.matchAll(/^✔ (\w+) \((\d+\.\d+) s\)/gm)].map((m) => [m[1], Number(m[2])]));
  } else {
    // Before the clock: the repository exists and docker is logged in.
    await s.ecr.send(new CreateRepositoryCommand({ repositoryName: repo, imageScanningConfiguration: { scanOnPush: true } }));
    const login = await runCommand(path.join(ENGINES_DIR, 'bin/docker'), ['login', '--username', s.registry.user, '--password-stdin', front], {
      input: s.registry.password,
      env,
    });
    if (login.code !== 0) throw new Error(`E F: docker login: ${login.stderr}`);
    const start = process.hrtime.bigint();
    const p = await runProcess('bash', [s.floor], { ...env, REPO: repo, SHA: sha, CONTEXT: ctx, REGISTRY: front });
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (p.code !== 0) throw new Error(`E F (floor) exited ${p.code}:\n${p.stderr.split('\n').slice(-25).join('\n')}`);
  }
  const digests = await Promise.all([sha, 'latest'].map((t) => registryManifestDigest(s.registry, repo, t)));
  if (!digests[0] || digests[0] !== digests[1]) throw new Error(`E ${variant}: ${repo} tags point at ${digests.join(',')}`);
  await engine.docker(['rmi', `${front}/${repo}:${sha}`, `${front}/${repo}:latest`]);
  return { variant, round, seconds, bytes: s.emu.uploadedBytes(repo), repo, digest: digests[0], steps };
}

const WHAT: Record<BuildxVariant, string> = {
  B: 'ecr-deliver: OIDC role, new repository, SHA + `latest`',
  F: 'floor: `docker buildx build --tag SHA --tag latest --push`, repository and login ready',
};

/** The README block and the console lines. */
export function buildxTable(s: BuildxSummary): { lines: string[]; target: string; met: boolean } {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  const lines = [
    '| run | what | median | range | uploaded per run |',
    '|---|---|---|---|---|',
    ...(['B', 'F'] as const).map((v) => {
      const x = s.variants[v];
      return `| ${v} | ${WHAT[v]} | ${x.median.toFixed(2)} s | ${x.min.toFixed(2)}–${x.max.toFixed(2)} s | ${mb(x.bytes)} |`;
    }),
  ];
  const names = [...new Set(s.runs.flatMap((r) => Object.keys(r.steps ?? {})))];
  const steps = names.map((n) => `${n} ${median(s.runs.filter((r) => r.steps?.[n] !== undefined).map((r) => r.steps![n])).toFixed(2)} s`);
  if (steps.length) lines.push('', `B's steps as ecr-deliver reports them (medians; steps overlap): ${steps.join(', ')}.`);
  const met = s.ratio <= BUILDX_TARGET;
  const target = `B/F ${s.ratio.toFixed(3)} (round by round: ${s.paired.toFixed(3)}; target ≤ ${BUILDX_TARGET.toFixed(2)}, ${met ? 'met' : '**missed**'})`;
  return { lines, target, met };
}
