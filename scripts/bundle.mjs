// The one bundler of the repository (esbuild): dist/index.js, the option table for build.mjs, the
// README renderer for readme.mjs, and the bench with its source-mapped product build.
// Tree-shaking: esbuild drops what no import reaches, but only in ES modules. `module` first in
// mainFields makes it take each package's ESM build where it has one (every @aws-sdk/* client
// does: dist-es), so a client brings only the commands src/ imports, not all of them.
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

/**
 * A dynamic `import()` stays one in a CommonJS bundle, and the first one a process makes starts
 * Node's ES module loader: about 25 ms before the first AWS request of every run (the SDK's HTTP
 * handler imports `node:http` that way). For Node's own modules `require()` gives the same
 * module, so those imports are bundled as requires.
 */
const builtinsRequired = {
  name: 'builtins-required',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, ({ path, kind }) => (kind === 'dynamic-import' ? { path, namespace: 'builtin' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path }) => ({ contents: `module.exports = require(${JSON.stringify(path)});` }));
  },
};

/**
 * The SDK loads its event-stream codec (15 KB) with a dynamic import, only for operations that
 * stream events. No operation of ECR, ECR Public or STS does (nor of the SDK's credential clients),
 * so the bundle leaves it out, and an import of it would fail naming why instead of misbehaving.
 */
const withoutEventStreams = {
  name: 'without-event-streams',
  setup(build) {
    build.onResolve({ filter: /^@smithy\/core\/event-streams$/ }, ({ path, kind }) =>
      kind === 'dynamic-import' ? { path, namespace: 'not-bundled' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'not-bundled' }, ({ path }) => ({
      contents: `throw new Error(${JSON.stringify(`${path} is not bundled: no ECR or STS operation streams events`)});`,
    }));
  },
};

/**
 * `entry` (relative to the project root, or absolute) as one CommonJS file for Node 22+.
 * Returns `{ code }`, plus `map` (JSON text) with `sourceMap`; `outfile` names the file the map
 * and `//# sourceMappingURL` refer to.
 */
export async function bundle(entry, { minify = true, sourceMap = false, outfile = 'index.js' } = {}) {
  const result = await build({
    entryPoints: [resolve(root, entry)],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    mainFields: ['module', 'main'],
    minify,
    // Minified, but in lines of ~160 characters instead of a few 100 KB ones: reviewers, diffs and
    // stack traces (line:column) can find their place. Costs 0.7% of the size.
    lineLimit: minify ? 160 : 0,
    // Licence comments are kept, once each, at the end of the file.
    legalComments: 'eof',
    sourcemap: sourceMap ? 'external' : false,
    outfile: resolve(root, outfile),
    write: false,
    logLevel: 'warning',
    plugins: [withoutEventStreams, builtinsRequired],
  });
  const file = (suffix) => result.outputFiles.find((f) => f.path.endsWith(suffix))?.text;
  return sourceMap ? { code: file('.js'), map: file('.js.map') } : { code: file('.js') };
}

/** dist/index.js (with `sourceMap`, also its map, for the bench's CPU profile). */
export function bundleProduct({ sourceMap = false } = {}) {
  return bundle('src/index.ts', { sourceMap, outfile: 'dist/index.js' });
}
