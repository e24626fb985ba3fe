/**
 * Bench D: the layer cache on a fresh runner. A Dockerfile with a slow dependency layer
 * (a RUN that sleeps a few seconds and writes a few MB) and a small source layer. Per round and
 * builder: deliver commit 1 into a new repository; change one source file; deliver commit 2, timed,
 * on a fresh runner: a new, empty dockerd of the system's own version (no image, no build cache). A is the recipe users paste (bench/recipe.sh: no cache),
 * B is ecr-deliver (cache on). Each builder is reached as a user has it: the classic builder through
 * the docker CLI first on PATH (28.x, no buildx), the daemon's embedded BuildKit through Debian's
 * 20.10 CLI (a directory with `docker -> /usr/bin/docker` first on PATH; A also sets DOCKER_BUILDKIT=1).
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AwsEmulator } from '../test/fixtures/emulator';
import { startEngine } from '../test/fixtures/engines';
import { runProcess } from '../test/fixtures/github-runner';
import { runCommand } from '../test/fixtures/services';
import { deliverArgs } from './deliver-args';
import { median } from './median';

export type CacheBuilder = 'classic' | 'buildkit';

export interface CacheBenchSetup {
  emu: AwsEmulator;
  node24: string;
  bundle: string;
  recipe: string;
  role: string;
  sub: string;
  region: string;
  systemPath: string;
  rounds: number;
}

interface Second {
  seconds: number;
  bytes: number;
  changedLayer: number;
}
/** A: the recipe; B: ecr-deliver (cache on, the default); N: ecr-deliver with `cache: false`. */
type CacheVariant = 'A' | 'B' | 'N';
export interface CacheRow {
  builder: CacheBuilder;
  variant: CacheVariant;
  runs: Second[];
}

const DEPS_MB = 8;
const DEPS_SLEEP_S = 4;
const hex = (n: number) => crypto.randomBytes(n).toString('hex');
/** runProcess, timed as a whole process. */
async function timed(command: string, argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; seconds: number; stdout: string; stderr: string }> {
  const start = process.hrtime.bigint();
  const result = await runProcess(command, argv, env);
  return { ...result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/** The slow dependency layer is unique per round (its marker), so no round reuses another's. */
function context(dir: string): void {
  fs.copyFileSync('/bin/busybox', path.join(dir, 'busybox'));
  fs.utimesSync(path.join(dir, 'busybox'), new Date('2024-01-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z'));
  const deps = `/bin/busybox sleep ${DEPS_SLEEP_S}; /bin/busybox head -c ${DEPS_MB * 1024 * 1024} /dev/urandom > /deps.bin; echo ${hex(4)} > /deps.id`;
  fs.writeFileSync(
    path.join(dir, 'Dockerfile'),
    [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      `RUN ${JSON.stringify(['/bin/busybox', 'sh', '-c', deps])}`,
      'COPY src/ /src/',
      'CMD ["/bin/busybox", "cat", "/src/app.txt"]',
      '',
    ].join('\n'),
  );
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'src', 'app.txt'), `commit 1 ${hex(8)}\n`);
}

export async function benchCache(s: CacheBenchSetup, log: (line: string) => void): Promise<CacheRow[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ecr-bench-cache-'));
  const bin = path.join(root, 'bin');
  fs.mkdirSync(bin);
  fs.symlinkSync('/usr/bin/docker', path.join(bin, 'docker'));
  const rows: CacheRow[] = [];
  for (const builder of ['classic', 'buildkit'] as const) for (const variant of ['A', 'B', 'N'] as const) rows.push({ builder, variant, runs: [] });
  try {
    for (let round = 1; round <= s.rounds; round++) {
      for (const builder of ['classic', 'buildkit'] as const) {
        // Alternate which goes first, so neither always runs on a machine the other just warmed.
        const variants: CacheVariant[] = ['A', 'B', 'N'];
        const order = variants.map((_, i) => variants[(i + round) % variants.length]);
        for (const variant of order) {
          const run = await oneRun(s, root, bin, builder, variant, round);
          rows.find((r) => r.builder === builder && r.variant === variant)!.runs.push(run);
          log(
            `D round ${round} ${builder.padEnd(8)} ${variant}: second delivery ${run.seconds.toFixed(2)} s, uploaded ${size(run.bytes)} (changed layer ${(run.changedLayer / 1e3).toFixed(1)} kB)`,
          );
        }
      }
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return rows;
}

async function oneRun(s: CacheBenchSetup, root: string, bin: string, builder: CacheBuilder, variant: CacheVariant, round: number): Promise<Second> {
  const work = fs.mkdtempSync(path.join(root, `${builder}-${variant}-`));
  const ctx = path.join(work, 'ctx');
  fs.mkdirSync(ctx);
  context(ctx);
  const repo = `bench/d-${builder}-${variant.toLowerCase()}-r${round}-${hex(3)}`;
  const front = s.emu.registryFrontHost;
  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    PATH: builder === 'buildkit' ? `${bin}:${s.systemPath}` : s.systemPath,
    HOME: work,
    LANG: 'C.UTF-8',
    DOCKER_CONFIG: path.join(work, 'docker'),
    AWS_CONFIG_FILE: path.join(work, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    ...extra,
  });
  const token = path.join(work, 'oidc-token');
  const deliver = async (sha: string, daemon: NodeJS.ProcessEnv = {}) => {
    fs.writeFileSync(token, s.emu.issueToken({ sub: s.sub, aud: 'sts.amazonaws.com' }, { expiresIn: 3600 }));
    const before = s.emu.uploadedBytes(repo);
    const p =
      variant === 'A'
        ? await timed(
            'bash',
            [s.recipe],
            env({
              AWS_ENDPOINT: s.emu.url,
              AWS_REGION: s.region,
              ROLE_ARN: s.role,
              TOKEN_FILE: token,
              REPO: repo,
              SHA: sha,
              CONTEXT: ctx,
              REGISTRY: front,
              ...(builder === 'buildkit' ? { DOCKER_BUILDKIT: '1' } : {}),
              ...daemon,
            }),
          )
        : await timed(
            s.node24,
            [s.bundle, ...deliverArgs(s, repo, sha, token, ['--tags', 'latest', '--context', ctx, '--cache', variant === 'B' ? 'true' : 'false'])],
            env({ AWS_ENDPOINT_URL_STS: s.emu.url, AWS_ENDPOINT_URL_ECR: s.emu.url, ...daemon }),
          );
    if (p.code !== 0) throw new Error(`D ${builder} ${variant} exited ${p.code}:\n${p.stderr.split('\n').slice(-25).join('\n')}`);
    return { seconds: p.seconds, bytes: s.emu.uploadedBytes(repo) - before };
  };

  const first = hex(20);
  await deliver(first);
  await runCommand('docker', ['rmi', '--force', `${front}/${repo}:${first}`, `${front}/${repo}:latest`, `${repo}:${first}`], { timeoutMs: 60_000 });
  // A fresh runner: a new, empty dockerd (Debian's 20.10, as the system's) with no image and no build
  // cache. Never `docker builder prune` on the system's daemon: other builds share its cache records.
  const fresh = await startEngine('classic', { system: true });
  try {
    fs.writeFileSync(path.join(ctx, 'src', 'app.txt'), `commit 2 ${hex(8)}\n`);
    const second = hex(20);
    const run = await deliver(second, { DOCKER_HOST: fresh.host });
    return { ...run, changedLayer: await lastLayerSize(s, repo, second) };
  } finally {
    await fresh.stop();
  }
}

/** Size of the last (source) layer of repo:tag as the registry stores it. */
async function lastLayerSize(s: CacheBenchSetup, repo: string, tag: string): Promise<number> {
  const reg = s.emu.registry;
  const auth = `Basic ${Buffer.from(`${reg.user}:${reg.password}`).toString('base64')}`;
  const res = await fetch(`${reg.url}/v2/${repo}/manifests/${tag}`, {
    headers: { authorization: auth, accept: 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json' },
  });
  const manifest = (await res.json()) as { layers: Array<{ size: number }> };
  return manifest.layers.at(-1)!.size;
}

const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);

export function cacheTable(rows: CacheRow[]): { lines: string[]; verdicts: Array<{ builder: CacheBuilder; ratio: number; onlyChanged: boolean }> } {
  const lines = ['| builder | run | second delivery (median) | range | uploaded (median) | changed layer |', '|---|---|---|---|---|---|'];
  const verdicts: Array<{ builder: CacheBuilder; ratio: number; onlyChanged: boolean }> = [];
  for (const builder of ['classic', 'buildkit'] as const) {
    const a = rows.find((r) => r.builder === builder && r.variant === 'A')!;
    const b = rows.find((r) => r.builder === builder && r.variant === 'B')!;
    const n = rows.find((r) => r.builder === builder && r.variant === 'N')!;
    for (const r of [a, b, n]) {
      const secs = r.runs.map((x) => x.seconds);
      const name = builder === 'classic' ? 'classic builder' : 'embedded BuildKit';
      const what = { A: 'A recipe (no cache)', B: 'B ecr-deliver (cache: true, the default)', N: 'ecr-deliver, cache: false' }[r.variant];
      lines.push(
        `| ${name} | ${what} | ${median(secs).toFixed(2)} s | ${Math.min(...secs).toFixed(2)}–${Math.max(...secs).toFixed(2)} s | ${size(median(r.runs.map((x) => x.bytes)))} | ${(median(r.runs.map((x) => x.changedLayer)) / 1e3).toFixed(1)} kB |`,
      );
    }
    const ratio = median(b.runs.map((x) => x.seconds)) / median(a.runs.map((x) => x.seconds));
    // "Only the changed layer": what B uploaded is that layer plus manifests and config (< 16 kB).
    const onlyChanged = b.runs.every((x) => x.bytes <= x.changedLayer + 16_000);
    verdicts.push({ builder, ratio, onlyChanged });
  }
  return { lines, verdicts };
}
