/**
 * Bench L: what AWS's latency costs a fresh delivery (run B: a new repository, SHA + `latest`) on
 * each builder: the classic builder, the daemon's embedded BuildKit and buildx, with the layer
 * cache on (the default: the build waits for its look-up) and off (the build starts at once). Each
 * round runs every case twice in a row, at 0 ms and with latency, which of the two first
 * alternating by round; the figure is the median with latency − the median at 0 ms, and the
 * median of the per-round differences beside it.
 */

import { median } from './median';

export type LatencyBuilder = 'classic' | 'buildkit' | 'buildx';
export const LATENCY_BUILDERS: LatencyBuilder[] = ['classic', 'buildkit', 'buildx'];
/** Target of issue "AWS as far away as it really is": latency cost of a fresh delivery, seconds. */
export const LATENCY_TARGET = 0.3;

export interface LatencyCase {
  builder: LatencyBuilder;
  cache: boolean;
}

export interface LatencyRun extends LatencyCase {
  far: boolean;
  round: number;
  seconds: number;
  awsCalls: number;
}

export interface LatencyRow extends LatencyCase {
  near: number;
  far: number;
  cost: number;
  pairedCost: number;
  awsCalls: number;
}

export interface LatencyByBuilder {
  rounds: number;
  rows: LatencyRow[];
  runs: LatencyRun[];
}

export interface LatencyBenchSetup {
  rounds: number;
  /** One timed B run of that case, with the emulator's latency on (`far`) or off. */
  runB: (c: LatencyCase, far: boolean, round: number) => Promise<{ seconds: number; awsCalls: number }>;
}

export async function benchLatency(s: LatencyBenchSetup, log: (line: string) => void): Promise<LatencyByBuilder> {
  const cases: LatencyCase[] = LATENCY_BUILDERS.flatMap((builder) => [true, false].map((cache) => ({ builder, cache })));
  const runs: LatencyRun[] = [];
  for (let round = 1; round <= s.rounds; round++) {
    // The case order rotates too, so no case always runs right after the same one.
    const order = cases.map((_, i) => cases[(i + round) % cases.length]);
    for (const c of order) {
      for (const far of round % 2 ? [false, true] : [true, false]) {
        const r = await s.runB(c, far, round);
        runs.push({ ...c, far, round, ...r });
        log(`  round ${round} ${c.builder} cache ${c.cache ? 'on ' : 'off'} ${far ? 'with latency' : 'at 0 ms     '} ${r.seconds.toFixed(2)} s`);
      }
    }
  }
  const rows = cases.map((c): LatencyRow => {
    const of = (far: boolean) => runs.filter((r) => r.builder === c.builder && r.cache === c.cache && r.far === far);
    const near = of(false);
    const farRuns = of(true);
    const paired = near.map((n) => farRuns.find((f) => f.round === n.round)!.seconds - n.seconds);
    const nearMedian = median(near.map((r) => r.seconds));
    const farMedian = median(farRuns.map((r) => r.seconds));
    return {
      ...c,
      near: nearMedian,
      far: farMedian,
      cost: farMedian - nearMedian,
      pairedCost: median(paired),
      awsCalls: median(farRuns.map((r) => r.awsCalls)),
    };
  });
  return { rounds: s.rounds, rows, runs };
}

const BUILDER_LABEL: Record<LatencyBuilder, string> = {
  classic: 'classic builder',
  buildkit: 'embedded BuildKit',
  buildx: 'buildx (docker driver)',
};

const signed = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(2)} s`;

/** The README's table, and one target line per builder (the fresh delivery as users run it: cache on). */
export function latencyTable(l: LatencyByBuilder): string[] {
  const lines = [
    '| builder | `cache` | AWS at 0 ms | with latency | latency cost | round by round | STS + ECR calls |',
    '|---|---|---|---|---|---|---|',
    ...l.rows.map(
      (r) =>
        `| ${BUILDER_LABEL[r.builder]} | ${r.cache ? 'true (default)' : 'false'} | ${r.near.toFixed(2)} s | ${r.far.toFixed(2)} s | ${signed(r.cost)} | ${signed(r.pairedCost)} | ${r.awsCalls} |`,
    ),
    '',
  ];
  for (const r of l.rows) {
    const met = r.cost <= LATENCY_TARGET ? 'met' : 'missed';
    lines.push(`- ${BUILDER_LABEL[r.builder]}, cache ${r.cache ? 'on' : 'off'}: latency cost ≤ ${LATENCY_TARGET.toFixed(1)} s: ${signed(r.cost)}, ${met}`);
  }
  return lines;
}
