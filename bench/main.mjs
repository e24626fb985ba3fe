// `npm run bench`: bundles bench/run.ts (with the test fixtures it imports) into a temporary
// CommonJS file with the project's bundler (scripts/bundle.mjs) and runs it on this Node (the
// Node 20+ toolchain); arguments pass through. It also bundles the product once more, as
// `npm run build` does but with a source map, which the bench runs under `--cpu-prof` to say
// where the start-up time goes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, bundleProduct } from '../scripts/bundle.mjs';

const root = new URL('..', import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), 'ecr-deliver-bench-'));
let status = 1;
try {
  const bench = await bundle('bench/run.ts', { minify: false });
  writeFileSync(join(dir, 'run.cjs'), bench.code);
  const product = await bundleProduct({ sourceMap: true });
  mkdirSync(join(dir, 'profiled'));
  const profiled = join(dir, 'profiled', 'index.js');
  writeFileSync(profiled, product.code);
  writeFileSync(`${profiled}.map`, product.map);
  const dist = join(root, 'dist/index.js');
  const same = existsSync(dist) && readFileSync(dist, 'utf8') === product.code.replace(/\n\/\/# sourceMappingURL=\S+\n?$/, '\n');
  const result = spawnSync(process.execPath, [join(dir, 'run.cjs'), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ECR_DELIVER_BENCH_ROOT: root, ECR_DELIVER_BENCH_PROFILE_BUNDLE: profiled, ECR_DELIVER_BENCH_PROFILE_SAME: same ? '1' : '0' },
  });
  status = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
