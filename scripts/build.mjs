// `npm run build`: bundles src/ into dist/index.js, then writes what is generated from the option
// table (action.yml; the packed orb dist/orb.yml). CI fails when any of it differs from the commit.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, bundleProduct } from './bundle.mjs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;

/** The option table as plain data, compiled from src/core/options.ts (the one source of truth). */
async function loadTable() {
  const dir = mkdtempSync(join(tmpdir(), 'ecr-deliver-build-'));
  try {
    const file = join(dir, 'options.cjs');
    writeFileSync(file, (await bundle('src/core/options.ts', { minify: false })).code);
    return require(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist/index.js'), (await bundleProduct()).code);

const table = await loadTable();
const { renderActionYml } = await import('./metadata.mjs');
writeFileSync(join(root, 'action.yml'), renderActionYml(table));
const orb = await import('./pack-orb.mjs').catch((err) => (err.code === 'ERR_MODULE_NOT_FOUND' ? undefined : Promise.reject(err)));
if (orb) writeFileSync(join(root, 'dist/orb.yml'), await orb.packOrb(table, root));
