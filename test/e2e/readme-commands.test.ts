/**
 * Every command the README tells a user to run is run by a test, or stands in NOT_HERE with the
 * reason this machine cannot run it. A command the README gains that is in neither fails here.
 * This file runs the `iam-policy` commands of the IAM setup (with the built CLI for `npx ecr-deliver`)
 * and `npm run bench` as a short run; the try-out has its own test; `.ci/run` runs the rest.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../fixtures/services';

const ROOT = join(__dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const CI_RUN = readFileSync(join(ROOT, '.ci/run'), 'utf8');

/** Commands in the README's shell blocks (continuations joined; a `$ ` block's prompt lines only) and in inline code. */
function readmeCommands(): string[] {
  const commands: string[] = [];
  for (const [, body] of README.matchAll(/^```(?:bash|sh|console)\n([\s\S]*?)^```$/gm)) {
    const joined = body.replace(/\\\n\s*/g, ' ').split('\n');
    const prompted = joined.filter((l) => l.startsWith('$ '));
    const lines = prompted.length ? prompted.map((l) => l.slice(2)) : joined;
    for (const line of lines.map((l) => l.trim())) if (line && !line.startsWith('#') && !/^[A-Z_]+=\S*$/.test(line)) commands.push(line);
  }
  for (const [, span] of README.matchAll(/`((?:npm|npx|node|bash) [^`]*|npm run)`/g)) commands.push(span);
  return [...new Set(commands)];
}

/** What this machine cannot run, and why. */
const NOT_HERE: [RegExp, string][] = [
  [/^aws iam /, 'IAM in a real AWS account (the emulator has STS and ECR, no IAM)'],
  [/^AWS_PROFILE=\S+ npx --yes ecr-deliver@1 /, 'the published npm package and an AWS profile'],
  [/^npx ecr-deliver --repository team\/api --semver-tags true --git-ref "refs\/tags\/\$CI_COMMIT_TAG"$/, 'a GitLab tag pipeline and AWS'],
  [/^git clone https:\/\/github\.com\//, 'GitHub is not reachable here; the try-out test clones this checkout instead'],
  [/^npm publish$/, 'publishing a release to the npm registry'],
];

/** Run by another test or by `.ci/run`: the command, and where it runs. */
const RUN_ELSEWHERE: [RegExp, string][] = [
  [/^bash examples\/try-local\.sh( --tags v1,stable)?$/, 'test/e2e/try-local.test.ts'],
  [/^bash \.ci\/run$/, 'CI, on every submission'],
  [/^(npm ci|npm run build|npm run lint|npm test)$/, '.ci/run'],
  [/^npm run readme$/, 'test/unit/readme.test.ts (the README equals what it writes)'],
  [/^npm run format$/, '.ci/run: npm run lint runs biome ci, which fails where the formatter would change a file'],
  [/^npm run$/, 'prose about npm run, no command'],
  [/^(node dist\/index\.js|npx ecr-deliver)$/, 'test/e2e/cli.test.ts (the CLI)'],
];
const isIamPolicy = (c: string) => c.startsWith('npx ecr-deliver iam-policy ');
const isBench = (c: string) => c === 'npm run bench';

describe("the README's commands", () => {
  const commands = readmeCommands();

  it('each is run by a test or named with the reason it cannot run here', () => {
    const unplaced = commands.filter((c) => !isIamPolicy(c) && !isBench(c) && ![...NOT_HERE, ...RUN_ELSEWHERE].some(([re]) => re.test(c)));
    expect(unplaced).toEqual([]);
    expect(commands.filter(isIamPolicy).length).toBeGreaterThanOrEqual(4);
    expect(commands).toContain('npm run bench');
    for (const c of ['npm ci', 'npm run build', 'npm run lint', 'npm test']) expect(CI_RUN).toMatch(new RegExp(`^${c}`, 'm'));
    expect(existsSync(join(ROOT, 'test/e2e/try-local.test.ts'))).toBe(true);
  });

  it('the IAM setup: every iam-policy command runs with the built CLI and writes the JSON the next command reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecr-deliver-readme-iam-'));
    try {
      for (const command of commands.filter(isIamPolicy)) {
        const [argv, file] = command.replace(/^npx ecr-deliver /, '').split(/\s*>\s*/);
        const args = argv.match(/'[^']*'|"[^"]*"|\S+/g)!.map((a) => a.replace(/^['"]|['"]$/g, '').replace(/\$ORG_ID/g, '6f2c1a0e-1111-4222-8333-444455556666'));
        const result = await runCommand(process.execPath, [join(ROOT, 'dist/index.js'), ...args], { cwd: dir });
        expect([command, result.code, result.stderr]).toEqual([command, 0, '']);
        const json = JSON.parse(result.stdout);
        if (file) expect(json).toHaveProperty('Statement');
        else expect(json).toHaveProperty('permissionsPolicy');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('npm run bench, as a short run: every run delivers at 0 ms and with latency, the re-delivery and the merge upload no layer, latency cost = with − without (also per builder, cache on and off); on dockerd 26 with buildx both runs deliver and the ratio is theirs; the README is left alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecr-deliver-readme-bench-'));
    try {
      const out = join(dir, 'bench.json');
      const result = await runCommand(
        'npm',
        [
          'run',
          'bench',
          '--',
          // Every bench by name: the README's `-- --only X` (each bench alone) goes through this parser.
          '--only',
          'ABCF,L,M,D,E',
          '--rounds',
          '1',
          '--d-rounds',
          '1',
          '--merge-rounds',
          '1',
          '--l-rounds',
          '1',
          '--e-rounds',
          '1',
          '--layers-mb',
          '1',
          '--no-readme',
          '--no-profile',
          '--json',
          out,
        ],
        {
          cwd: ROOT,
          timeoutMs: 900_000,
        },
      );
      if (result.code !== 0) process.stderr.write(result.stdout.slice(-3000) + result.stderr.slice(-3000));
      expect(result.code).toBe(0);
      const { summary, runs, merge, buildx, latencyByBuilder } = JSON.parse(readFileSync(out, 'utf8')) as {
        latencyByBuilder: {
          rows: Array<{ builder: string; cache: boolean; near: number; far: number; cost: number }>;
          runs: Array<{ builder: string; cache: boolean; far: boolean; seconds: number; awsCalls: number }>;
        };
        summary: Record<string, any>;
        runs: Array<{ variant: string; far: boolean; seconds: number; oidcMs?: number }>;
        merge: { runs: Array<{ far: boolean; seconds: number; registryBytes: number; registryRequests: number; putImages: number }> };
        buildx: {
          engine: string;
          buildx: string;
          variants: Record<'B' | 'F', { median: number; bytes: number }>;
          ratio: number;
          runs: Array<{ variant: string; round: number; seconds: number; bytes: number; digest: string }>;
        };
      };
      for (const v of ['A', 'B', 'C', 'F']) expect(summary.variants[v].median).toBeGreaterThan(0);
      expect(summary.variants.C.bytes).toBe(0);
      // Bench M: one merge at 0 ms and one with latency, each sending nothing through the registry and putting the index under the SHA and latest.
      expect(merge.runs.map((r) => [r.far, r.registryBytes, r.registryRequests, r.putImages])).toEqual([
        [false, 0, 0, 2],
        [true, 0, 0, 2],
      ]);

      // The runs with latency: the defaults, one of each kind in the one round, and the figure is what it says.
      const latency = summary.latency;
      expect(latency.model).toEqual({ oidc: 150, sts: 250, ecr: 80, registry: 0 });
      expect(
        runs
          .filter((r) => r.far)
          .map((r) => r.variant)
          .sort(),
      ).toEqual(['A', 'B', 'C', 'F']);
      expect(latency.variants.C.bytes).toBe(0);
      for (const v of ['A', 'B', 'C', 'F']) expect(latency.cost[v]).toBeCloseTo(latency.variants[v].median - summary.variants[v].median, 9);
      // They felt it: the token request waited its 150 ms, and a delivery cannot end before an STS answer (which needs the token) and an ECR answer (which needs STS's credentials).
      for (const r of runs.filter((x) => x.far && x.variant !== 'F')) {
        expect([r.variant, r.oidcMs! >= 149]).toEqual([r.variant, true]);
        expect([r.variant, r.seconds >= 0.479]).toEqual([r.variant, true]);
      }

      // Bench L: each builder, cache on and off, once at 0 ms and once with latency; the cost is what it says.
      expect(latencyByBuilder.rows.map((r) => `${r.builder} ${r.cache}`)).toEqual([
        'classic true',
        'classic false',
        'buildkit true',
        'buildkit false',
        'buildx true',
        'buildx false',
      ]);
      expect(latencyByBuilder.runs).toHaveLength(12);
      for (const r of latencyByBuilder.rows) expect(r.cost).toBeCloseTo(r.far - r.near, 9);
      // With latency a delivery cannot end before the token (150 ms), STS (250 ms) and an ECR answer (80 ms).
      for (const r of latencyByBuilder.runs.filter((x) => x.far)) expect([r.builder, r.cache, r.seconds >= 0.479]).toEqual([r.builder, r.cache, true]);

      // Bench E: the pinned engine, one counted round of each run (after the warm-up), each its own image of the same size.
      expect(buildx.engine).toMatch(/^26\.1\./);
      expect(buildx.buildx).toMatch(/^buildx 0\.13\./);
      expect(buildx.runs.map((r) => [r.variant, r.round]).sort()).toEqual([
        ['B', 1],
        ['F', 1],
      ]);
      expect(new Set(buildx.runs.map((r) => r.digest)).size).toBe(2);
      for (const r of buildx.runs) expect([r.variant, r.bytes > 500_000]).toEqual([r.variant, true]);
      expect(Math.abs(buildx.variants.B.bytes - buildx.variants.F.bytes)).toBeLessThan(50_000);
      expect(buildx.ratio).toBeCloseTo(buildx.variants.B.median / buildx.variants.F.median, 9);
      expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toBe(README);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // As long as the bench may take (its runCommand timeout): on a shared machine it can outlast jest's default.
  }, 900_000);
});
