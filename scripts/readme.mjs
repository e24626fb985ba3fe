// `npm run readme`: rewrites the generated sections of README.md (option and output tables,
// iam-policy flags and example) from the code; `--check` only reports drift (exit 1).
// The rendering lives in scripts/readme-render.ts, which test/readme.test.ts also runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle } from './bundle.mjs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), 'ecr-deliver-readme-'));
let render;
try {
  const { code } = await bundle('scripts/readme-render.ts', { minify: false });
  writeFileSync(join(dir, 'render.cjs'), code);
  render = require(join(dir, 'render.cjs'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const file = join(root, 'README.md');
const current = readFileSync(file, 'utf8');
const next = render.renderReadme(current);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('README.md differs from the code: run `npm run readme`');
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(file, next);
  console.log('README.md: generated sections updated');
} else {
  console.log('README.md: up to date');
}
