import { readFileSync } from 'node:fs';

// The committed bundle (CI checks it matches a fresh `npm run build`): what every front end runs,
// what the orb embeds in each use, what reviewers of the action's dist/ read.
const bundle = readFileSync('dist/index.js', 'utf8');
const bytes = Buffer.byteLength(bundle);
const readme = readFileSync('README.md', 'utf8');

describe('dist/index.js', () => {
  it('is at most 450 KB (450,000 bytes)', () => {
    expect(bytes).toBeLessThanOrEqual(450_000);
  });

  it('is in lines a stack trace can point into: none over 2,000 characters', () => {
    const longest = Math.max(...bundle.split('\n').map((line) => line.length));
    expect(longest).toBeLessThanOrEqual(2_000);
  });

  it('compiles no code at run time: it loads neither the vm module nor a code string', () => {
    expect(bundle).not.toMatch(/require\("(node:)?vm"\)|compileFunction|new Function\(/);
  });

  it("makes no dynamic import(): the SDK's lazy imports of Node modules are requires (an import() starts Node's ES module loader)", () => {
    expect(bundle).not.toMatch(/[^\w$.]import\(/);
    expect(bundle).toContain('require("node:http")');
  });

  it("leaves out the SDK's event-stream codec, in its place a module that says why", () => {
    expect(bundle).toContain('@smithy/core/event-streams is not bundled: no ECR or STS operation streams events');
    // One of the codec's own messages (its header marshaller).
    expect(bundle).not.toContain('Unrecognized header type tag');
  });

  it("leaves out the SDK's fallbacks for other runtimes, in their place modules that say why", () => {
    expect(bundle).toContain("not bundled: a JavaScript SHA-256, for a Node without crypto; Node's computes it here");
    expect(bundle).toContain("not bundled: web-stream bodies, from a fetch handler; the SDK's Node handler gives Node streams");
    // SHA-256's first round constant (0x428a2f98), which only the JavaScript SHA-256 spells out.
    expect(bundle).not.toContain('1116352408');
    // The web-stream mixin's own message, and the Lambda trace-id store's key.
    expect(bundle).not.toContain('Unexpected stream implementation, expect Blob or ReadableStream');
    expect(bundle).not.toContain('_AWS_LAMBDA_X_RAY_TRACE_ID');
  });

  it("keeps of each SDK client's package.json its name and version (the User-Agent's), nothing else", () => {
    for (const client of ['client-ecr', 'client-ecr-public', 'nested-clients']) {
      const { name, version } = JSON.parse(readFileSync(`node_modules/@aws-sdk/${client}/package.json`, 'utf8'));
      expect(bundle).toContain(`{name:"${name}",version:"${version}"}`);
    }
    expect(bundle).not.toContain('AWS SDK for JavaScript');
  });

  it("the README's CircleCI size note matches it: its size in KB, and the uses that fit CircleCI's 8 MB compiled configuration", () => {
    const note = readme.match(/puts the orb's script,\s+about (\d+) KB,[^:]*:\s+no more than (\d+) uses\s+fit, so plan for at most (\d+)\s/);
    expect(note).not.toBeNull();
    const [, kb, fit, plan] = note!.map(Number);
    expect(Math.abs(kb * 1000 - bytes)).toBeLessThan(5_000);
    expect(fit).toBe(Math.floor(8_000_000 / bytes));
    expect(plan).toBe(fit - 1);
  });
});
