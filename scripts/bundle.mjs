// The one bundler of the repository (esbuild): dist/index.js, the option table for build.mjs, the
// README renderer for readme.mjs, and the bench with its source-mapped product build.
// Tree-shaking: esbuild drops what no import reaches, but only in ES modules. `module` first in
// mainFields makes it take each package's ESM build where it has one (every @aws-sdk/* client
// does: dist-es), so a client brings only the commands src/ imports, not all of them.
import { readFileSync } from 'node:fs';
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
 * Each SDK client imports its whole package.json (7 KB for the six bundled) to read one field,
 * `version`, for its User-Agent. The bundle keeps `name` and `version` of each.
 */
const sdkVersionsOnly = {
  name: 'sdk-versions-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]@aws-sdk[\\/][^\\/]+[\\/]package\.json$/ }, ({ path }) => {
      const { name, version } = JSON.parse(readFileSync(path, 'utf8'));
      return { contents: JSON.stringify({ name, version }), loader: 'json' };
    });
  },
};

/**
 * What the SDK carries for other runtimes than a Node process using the SDK's Node HTTP handler,
 * and reaches only there (8 KB), each replaced:
 * - a SHA-256 in JavaScript, taken only when Node's crypto cannot hash: a module that throws,
 *   naming why;
 * - the mixin for web-stream response bodies (a fetch handler's; the Node handler's are Node
 *   streams): likewise;
 * - a Lambda function runtime's store of trace ids: an empty store. ecr-deliver runs as a
 *   process of its own, where the real one is empty too.
 */
const notThisRuntime = (why) => `throw new Error(${JSON.stringify(`not bundled: ${why}`)});`;
const otherRuntimes = [
  {
    importer: /[\\/]checksum[\\/]sha256[\\/]Sha256Node\.js$/,
    path: './Sha256Js',
    contents: `export class Sha256Js { constructor() { ${notThisRuntime("a JavaScript SHA-256, for a Node without crypto; Node's computes it here")} } }`,
  },
  {
    importer: /[\\/]util-stream[\\/]sdk-stream-mixin\.js$/,
    path: './sdk-stream-mixin.browser',
    contents: `export function sdkStreamMixin() { ${notThisRuntime("web-stream bodies, from a fetch handler; the SDK's Node handler gives Node streams")} }`,
  },
  {
    importer: /[\\/]middleware-recursion-detection[\\/]/,
    path: '@aws/lambda-invoke-store',
    contents: 'export const InvokeStore = { getInstanceAsync: async () => undefined };',
  },
];
const withoutOtherRuntimes = {
  name: 'without-other-runtimes',
  setup(build) {
    build.onResolve({ filter: /^(\.\/Sha256Js|\.\/sdk-stream-mixin\.browser|@aws\/lambda-invoke-store)$/ }, ({ path, importer }) => {
      const stub = otherRuntimes.findIndex((s) => s.path === path && s.importer.test(importer));
      return stub < 0 ? undefined : { path: String(stub), namespace: 'other-runtime' };
    });
    build.onLoad({ filter: /.*/, namespace: 'other-runtime' }, ({ path }) => ({ contents: otherRuntimes[Number(path)].contents, loader: 'js' }));
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
    plugins: [withoutEventStreams, withoutOtherRuntimes, sdkVersionsOnly, builtinsRequired],
  });
  const file = (suffix) => result.outputFiles.find((f) => f.path.endsWith(suffix))?.text;
  return sourceMap ? { code: file('.js'), map: file('.js.map') } : { code: file('.js') };
}

/** dist/index.js (with `sourceMap`, also its map, for the bench's CPU profile). */
export function bundleProduct({ sourceMap = false } = {}) {
  return bundle('src/index.ts', { sourceMap, outfile: 'dist/index.js' });
}
