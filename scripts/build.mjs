// `npm run build`: bundles src/ into dist/index.js, then writes what is generated from the option
// table (action.yml; the packed orb dist/orb.yml). CI fails when any of it differs from the commit.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, bundleProduct } from './bundle.mjs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;

/** The option table, the outputs and the names' spellings as plain data, compiled from src/core/options/ (the one source of truth). */
async function loadTable() {
  const dir = mkdtempSync(join(tmpdir(), 'ecr-deliver-build-'));
  try {
    const load = async (module) => {
      const file = join(dir, `${module}.cjs`);
      writeFileSync(file, (await bundle(`src/core/options/${module}.ts`, { minify: false })).code);
      return require(file);
    };
    return { ...(await load('table')), ...(await load('outputs')), ...(await load('names')) };
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
