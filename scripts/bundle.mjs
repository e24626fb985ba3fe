// The product bundle, dist/index.js: src/ bundled with ncc, and the AWS SDK clients bundled apart
// and embedded in it as one string, compiled on first use (src/core/aws.ts requires them lazily).
// Why a string: V8 pre-parses every function of a script when it loads it, ~600 KB of SDK code at
// each start, --version and bad input included; a string literal it only scans, ~4x faster.
// Used by scripts/build.mjs and, with a source map, by the bench's profiled build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = new URL('..', import.meta.url).pathname;

/** The packages src/ requires lazily and the bundle carries as text. */
export const EMBEDDED = ['@aws-sdk/client-sts', '@aws-sdk/client-ecr', '@aws-sdk/client-ecr-public'];

/** The name the SDK's own code runs under, in stack traces and CPU profiles. */
export const EMBEDDED_FILENAME = 'aws-sdk.js';

/**
 * Non-ASCII characters (a few, all inside string literals) written as \u escapes: the same program,
 * and the orb can then carry the script as a readable YAML block instead of one quoted line.
 */
export const asciiOnly = (code) => code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `entry` relative to the project root, or absolute. */
export async function bundle(entry, options = {}) {
  return ncc(resolve(root, entry), { minify: true, target: 'es2022', quiet: true, sourceMap: false, ...options });
}

/** One bundle of the embedded packages: `module.exports` maps each name to its exports. */
async function bundleEmbedded() {
  // ncc wants an entry on disk from which the packages resolve.
  const dir = join(root, 'node_modules/.cache/ecr-deliver');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'embedded-entry.cjs');
  writeFileSync(entry, `module.exports = {\n${EMBEDDED.map((p) => `  ${JSON.stringify(p)}: require(${JSON.stringify(p)}),\n`).join('')}};\n`);
  return asciiOnly((await bundle(entry)).code);
}

/** Line 2 of dist/index.js: `__embedded(name)`, which compiles the embedded bundle once, on first use. */
function embeddedPrelude(text) {
  return 'var __embedded=(text=>{let loaded;return name=>{if(!loaded){const module={exports:{}};'
    + 'require("node:vm").compileFunction(text,["module","exports","require","__filename","__dirname"],'
    + `{filename:require("node:path").join(__dirname,${JSON.stringify(EMBEDDED_FILENAME)})})(module,module.exports,require,__filename,__dirname);`
    + `loaded=module.exports}return loaded[name]}})(${JSON.stringify(text)});`;
}

/**
 * dist/index.js. With `sourceMap`, also the map of src/ (the embedded SDK is left unmapped; the
 * profile names it by EMBEDDED_FILENAME).
 */
export async function bundleProduct({ sourceMap = false } = {}) {
  const [main, embedded] = await Promise.all([
    bundle('src/index.ts', { externals: EMBEDDED, sourceMap, sourceMapRegister: false }),
    bundleEmbedded(),
  ]);
  let code = main.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
  for (const name of EMBEDDED) {
    const external = `require(${JSON.stringify(name)})`;
    if (code.split(external).length !== 2) throw new Error(`bundle: expected ${external} exactly once in the bundle of src/`);
    code = code.replace(external, `__embedded(${JSON.stringify(name)})`);
  }
  const [shebang, ...rest] = code.split('\n');
  if (!shebang.startsWith('#!')) throw new Error('bundle: src/index.ts must start with a #! line');
  code = asciiOnly([shebang, embeddedPrelude(embedded), ...rest].join('\n'));
  if (!sourceMap) return { code };
  // The prelude is one more line after the #! line: the mappings of src/ move down by one.
  const map = JSON.parse(main.map);
  const [first, ...others] = map.mappings.split(';');
  map.mappings = [first, '', ...others].join(';');
  return { code, map: JSON.stringify(map) };
}
