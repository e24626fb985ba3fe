/**
 * Bench M: the merge step of a multi-arch image. Per round: a new repository, two part deliveries
 * of one commit (`--mode part`, linux/amd64 and linux/arm64, on this machine's dockerd: FROM scratch
 * images need no emulation), then the merge alone, timed from spawn to exit: the built CLI
 * (`merge --platform linux/amd64,linux/arm64 --tags latest`, OIDC role from a token file fetched
 * before the clock) with no docker on PATH. Bytes: what went through the registry (blob uploads,
 * manifest PUTs: a merge should send none) and the size of the index it put with PutImage under each
 * tag. With latency on, each round times the merge once more with the emulator's latency.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AwsEmulator } from '../test/fixtures/emulator';
import { runProcess } from '../test/fixtures/github-runner';
import { registryManifestDigest, runCommand } from '../test/fixtures/services';
import { deliverArgs } from './deliver-args';
import { median } from './median';
import { fetchOidcToken } from './oidc-token';

export interface MergeBenchSetup {
  emu: AwsEmulator;
  node24: string;
  bundle: string;
  role: string;
  region: string;
  systemPath: string;
  rounds: number;
  /** Turns the emulator's latency on or off (run.ts's model); undefined: no runs with latency. */
  setLatency?: (on: boolean) => void;
}

export interface MergeRun {
  far: boolean;
  seconds: number;
  /** Bytes of blob uploads and manifest PUTs through the registry front during the merge. */
  registryBytes: number;
  /** Requests through the registry front during the merge (a merge needs none). */
  registryRequests: number;
  /** Size of the index manifest, and how many times ECR accepted it with PutImage (once per tag). */
  indexBytes: number;
  putImages: number;
  awsCalls: number;
}

export interface MergeSummary {
  rounds: number;
  median: number;
  min: number;
  max: number;
  registryBytes: number;
  indexBytes: number;
  putImages: number;
  awsCalls: number;
  latency?: { median: number; min: number; max: number; awsCalls: number };
  runs: MergeRun[];
}

const TARGET_SECONDS = 1;
const PLATFORMS = ['linux/amd64', 'linux/arm64'];
const hex = (n: number) => crypto.randomBytes(n).toString('hex');
/**
 * One part's build context. Each platform gets its own first layer: on one dockerd 20.10 the classic
 * builder would reuse the other platform's cached step and refuse it (native runners never share one).
 */
function partContext(platform: string, marker: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecr-bench-part-'));
  fs.copyFileSync('/bin/busybox', path.join(dir, 'busybox'));
  fs.writeFileSync(path.join(dir, 'marker'), `${marker} ${platform}\n`);
  fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY marker /marker\nCOPY busybox /bin/busybox\nCMD ["/bin/busybox", "cat", "/marker"]\n');
  return dir;
}

export async function benchMerge(s: MergeBenchSetup, log: (line: string) => void): Promise<MergeSummary> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecr-bench-merge-'));
  const noDocker = path.join(work, 'empty-path');
  fs.mkdirSync(noDocker);
  const env = (home: string, PATH: string): NodeJS.ProcessEnv => ({
    PATH,
    HOME: home,
    LANG: 'C.UTF-8',
    DOCKER_CONFIG: path.join(home, 'docker'),
    AWS_ENDPOINT_URL_STS: s.emu.url,
    AWS_ENDPOINT_URL_ECR: s.emu.url,
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  const common = (repo: string, sha: string, token: string) => deliverArgs(s, repo, sha, token);
  const runs: MergeRun[] = [];
  try {
    for (let round = 1; round <= s.rounds; round++) {
      for (const far of s.setLatency ? (round % 2 ? [false, true] : [true, false]) : [false]) {
        const repo = `bench/merge${far ? '-latency' : ''}-r${round}-${hex(3)}`;
        const sha = hex(20);
        const marker = hex(8);
        const home = fs.mkdtempSync(path.join(work, 'home-'));
        const token = await fetchOidcToken(s.emu, home);
        // The parts at 0 ms, one after the other (native runners would build them side by side).
        s.setLatency?.(false);
        for (const platform of PLATFORMS) {
          const part = await runProcess(
            s.node24,
            [s.bundle, ...common(repo, sha, token), '--mode', 'part', '--platform', platform, '--context', partContext(platform, marker)],
            env(home, s.systemPath),
          );
          if (part.code !== 0) throw new Error(`bench M: part ${platform} exited ${part.code}:\n${part.stderr.slice(-2000)}`);
        }
        s.setLatency?.(far);
        const calls0 = s.emu.calls.length;
        const front0 = s.emu.registryRequests.length;
        const bytes0 = s.emu.uploadedBytes(repo);
        const start = process.hrtime.bigint();
        const merge = await runProcess(
          s.node24,
          [s.bundle, 'merge', ...common(repo, sha, token), '--platform', PLATFORMS.join(','), '--tags', 'latest'],
          env(home, noDocker),
        );
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        s.setLatency?.(false);
        if (merge.code !== 0) throw new Error(`bench M: merge exited ${merge.code}:\n${merge.stderr.slice(-2000)}`);
        const out = JSON.parse(merge.stdout) as Record<string, string>;
        for (const tag of [sha, 'latest']) {
          const at = await registryManifestDigest(s.emu.registry, repo, tag);
          if (at !== out.digest) throw new Error(`bench M: ${repo}:${tag} is ${at}, the merge reported ${out.digest}`);
        }
        const calls = s.emu.calls.slice(calls0).filter((c) => c.service === 'sts' || c.service === 'ecr');
        // The parts' images stay in this machine's daemon otherwise.
        await runCommand('docker', ['rmi', ...PLATFORMS.map((p) => `${s.emu.registryFrontHost}/${repo}:${sha}-${p.replace(/\//g, '-')}`)], {
          timeoutMs: 60_000,
        });
        const puts = calls.filter((c) => c.operation === 'PutImage' && c.status === 200);
        const indexBytes = Math.max(0, ...puts.map((c) => Buffer.byteLength(String(c.params.imageManifest))));
        const run: MergeRun = {
          far,
          seconds,
          registryBytes: s.emu.uploadedBytes(repo) - bytes0,
          registryRequests: s.emu.registryRequests.length - front0,
          indexBytes,
          putImages: puts.length,
          awsCalls: calls.length,
        };
        runs.push(run);
        log(
          `  round ${round}${far ? ' (latency)' : ''}: merge ${seconds.toFixed(3)} s, ${run.awsCalls} AWS calls, registry ${run.registryBytes} B, index ${indexBytes} B put ${puts.length}×`,
        );
      }
    }
  } finally {
    s.setLatency?.(false);
    fs.rmSync(work, { recursive: true, force: true });
  }
  return summariseMerge(runs, s.rounds);
}

function summariseMerge(runs: MergeRun[], rounds: number): MergeSummary {
  const zero = runs.filter((r) => !r.far);
  const far = runs.filter((r) => r.far);
  const times = (rs: MergeRun[]) => rs.map((r) => r.seconds);
  return {
    rounds,
    median: median(times(zero)),
    min: Math.min(...times(zero)),
    max: Math.max(...times(zero)),
    registryBytes: Math.max(...runs.map((r) => r.registryBytes)),
    indexBytes: median(zero.map((r) => r.indexBytes)),
    putImages: median(zero.map((r) => r.putImages)),
    awsCalls: median(zero.map((r) => r.awsCalls)),
    ...(far.length
      ? { latency: { median: median(times(far)), min: Math.min(...times(far)), max: Math.max(...times(far)), awsCalls: median(far.map((r) => r.awsCalls)) } }
      : {}),
    runs,
  };
}

/** The result as lines: a table, the targets with their verdicts. */
export function mergeTable(m: MergeSummary, latencyText?: string): string[] {
  const met = (ok: boolean) => (ok ? 'met' : '**missed**');
  return [
    '| merge of two parts | median | range | STS + ECR calls | sent through the registry | index put with PutImage |',
    '|---|---|---|---|---|---|',
    `| AWS at 0 ms | ${m.median.toFixed(2)} s | ${m.min.toFixed(2)}–${m.max.toFixed(2)} s | ${m.awsCalls} | ${m.registryBytes} B | ${m.indexBytes} B × ${m.putImages} tags |`,
    ...(m.latency
      ? [
          `| with latency (${latencyText}) | ${m.latency.median.toFixed(2)} s | ${m.latency.min.toFixed(2)}–${m.latency.max.toFixed(2)} s | ${m.latency.awsCalls} | | |`,
        ]
      : []),
    '',
    `- merge under ${TARGET_SECONDS} s (median at 0 ms): ${m.median.toFixed(2)} s, ${met(m.median < TARGET_SECONDS)}${m.latency ? `; with latency ${m.latency.median.toFixed(2)} s, ${met(m.latency.median < TARGET_SECONDS)}` : ''}`,
    `- layer bytes uploaded by the merge = 0: ${m.registryBytes} B through the registry (max over runs), ${met(m.registryBytes === 0)}`,
  ];
}
