/**
 * The built CLI through buildx 0.13 on dockerd 26 (test/fixtures/engines.ts), against the emulator
 * and a real registry: the layer cache on a fresh runner, provenance on the containerd image store,
 * build secrets and cancellation through buildx, and docker contexts. Asserts what the registry
 * holds and what the emulator and the process table saw; processes are found by a marker in their
 * environment or command line, never by name.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AwsEmulator } from '../fixtures/emulator';
import { type EngineUser, engineUserCli, engineUserEnv, ok } from '../fixtures/engine-user';
import { ENGINES_DIR, type Engine, startEngine } from '../fixtures/engines';
import { BUNDLE, NODE24 } from '../fixtures/github-runner';
import { markedRunContext, runStepMark, runStepProcesses, until } from '../fixtures/overlap';
import { markedProcesses } from '../fixtures/process-table';
import { MANIFEST_ACCEPT, type Registry, registryImage, registryManifestDigest, registryTags, runCommand } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const KEY = 'AKIAENGINESBUILDX001';
const SECRET = 'engines-buildx-static-secret-key';
const DOCKER26 = join(ENGINES_DIR, 'bin/docker');
/** The SBOM generator buildx's `--sbom true` asks BuildKit for by default (Docker Hub). */
const SCANNER = 'docker/buildkit-syft-scanner';
const stack = new TestStack();
let registry: Registry;
let emulator: AwsEmulator;
/** Classic image store: the first delivery of the cache test, secrets, cancellation, contexts. */
let classic: Engine;
/** Classic image store, untouched until the cache test's second delivery: a fresh runner's empty daemon. */
let fresh: Engine;
/** Containerd image store, Docker Hub mirrored by the registry front (where the fake SBOM scanner is). */
let containerd: Engine;
/** Docker Hub as the containerd engine sees it (its registry mirror): anonymous reads of the test registry. */
let dockerHub: { server: Server; url: string; requests: Array<{ method: string; path: string; status: number; loggedIn: boolean }> };

/** Pulls without credentials, as from Docker Hub: GET and HEAD forwarded to the test registry with its credentials. */
async function startDockerHub(): Promise<typeof dockerHub> {
  const requests: Array<{ method: string; path: string; status: number; loggedIn: boolean }> = [];
  const upstream = new URL(registry.url);
  const server = createServer((req, res) => {
    // Whether docker's login to the target had succeeded by then: its authenticated ping was answered.
    const loggedIn = emulator.registryRequests.some((q) => q.method === 'GET' && q.path === '/v2/' && q.status === 200);
    const seen = { method: req.method ?? '', path: (req.url ?? '').split('?')[0], status: 0, loggedIn };
    requests.push(seen);
    if (seen.method !== 'GET' && seen.method !== 'HEAD') {
      seen.status = 405;
      res.writeHead(405).end();
      return;
    }
    const headers = { ...req.headers, host: upstream.host, authorization: basic() };
    const forward = request({ host: upstream.hostname, port: upstream.port, method: seen.method, path: req.url, headers }, (answer) => {
      seen.status = answer.statusCode ?? 0;
      res.writeHead(seen.status, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.destroy());
    forward.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

beforeAll(async () => {
  ({ registry, emulator } = await stack.start());
  emulator.addStaticKey(KEY, SECRET);
  dockerHub = await startDockerHub();
  [classic, fresh, containerd] = await Promise.all([
    startEngine('classic'),
    startEngine('classic'),
    startEngine('containerd', { daemonConfig: { 'registry-mirrors': [dockerHub.url] } }),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.allSettled([classic, fresh, containerd].map((e) => e?.stop()));
  dockerHub?.server.closeAllConnections();
  dockerHub?.server.close();
  await stack.stop();
});
beforeEach(() => emulator.reset());

const sha = () => randomBytes(20).toString('hex');
const hex = (n: number) => randomBytes(n).toString('hex');
const repoName = (name: string) => `buildx/${name}-${hex(3)}`;
const ref = (repo: string, tag: string) => `${emulator.registryFrontHost}/${repo}:${tag}`;
const user: EngineUser = { stack, emulator: () => emulator, accessKeyId: KEY, secretAccessKey: SECRET, homePrefix: 'buildx-home-' };
/** The built CLI as a user of `engine` runs it (its docker 26 CLI first on PATH, DOCKER_HOST, DOCKER_CONFIG); `env` overrides, undefined removes. */
const cliEnv = (engine: Engine, env: NodeJS.ProcessEnv = {}) => engineUserEnv(user, engine, env);
const cli = (engine: Engine, args: string[], env: NodeJS.ProcessEnv = {}) => engineUserCli(user, engine, args, env);

/** FROM scratch with busybox, then `steps`; `files` beside the Dockerfile. */
function context(steps: string[], files: Record<string, string> = {}): string {
  const dir = stack.tempDir('buildx-ctx-');
  copyFileSync('/bin/busybox', join(dir, 'busybox'));
  writeFileSync(join(dir, 'Dockerfile'), ['FROM scratch', 'COPY busybox /bin/busybox', ...steps, ''].join('\n'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const sh = (script: string, mounts = '') => `RUN ${mounts ? `${mounts} ` : ''}${JSON.stringify(['/bin/busybox', 'sh', '-c', script])}`;

const basic = () => `Basic ${Buffer.from(`${registry.user}:${registry.password}`).toString('base64')}`;
async function registryGet(repo: string, path: string): Promise<{ type: string; digest: string; body: Buffer }> {
  const res = await fetch(`${registry.url}/v2/${repo}/${path}`, { headers: { authorization: basic(), accept: MANIFEST_ACCEPT.join(', ') } });
  if (!res.ok) throw new Error(`GET ${repo}/${path} -> ${res.status}`);
  return {
    type: String(res.headers.get('content-type')),
    digest: String(res.headers.get('docker-content-digest')),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

/** Every process's command line on this machine, as `ps` shows it to anyone. */
function allCommandLines(): string {
  const lines: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      lines.push(readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0/g, ' '));
    } catch {
      // gone meanwhile
    }
  }
  return lines.join('\n');
}

function startCli(engine: Engine, args: string[], env: NodeJS.ProcessEnv) {
  const child: ChildProcess = spawn(NODE24, [BUNDLE, ...args], { env: cliEnv(engine, env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, stderr: () => stderr, done };
}

describe('the layer cache on a fresh runner (buildx, docker driver, classic image store)', () => {
  it('cache: true: the second delivery, from an empty daemon, reuses the slow layer from ECR and uploads only the changed layer', async () => {
    const repo = repoName('cache');
    const uri = `${emulator.registryFrontHost}/${repo}`;
    const deps = sh(`/bin/busybox head -c 3000000 /dev/urandom > /deps.bin; echo ${hex(4)} > /deps.id`);
    const ctx = context([deps, 'COPY src/ /src/'], { 'src/app.txt': 'version 1\n' });
    const first = sha();
    const r1 = await cli(classic, ['--repository', repo, '--context', ctx, '--commit-sha', first, '--cache', 'true', '--json']);
    ok(r1);
    expect(r1.stderr).toContain('Builder: buildx (docker buildx build)');
    expect(r1.stderr).toContain('No layer cache yet');
    const digest1 = JSON.parse(r1.stdout).digest as string;
    const firstUpload = emulator.uploadedBytes(repo);
    expect(firstUpload).toBeGreaterThan(3_000_000);

    // The next commit on a fresh runner: another daemon, with no image and no build cache.
    expect((await fresh.docker(['images', '--all', '--quiet'])).stdout.trim()).toBe('');
    expect((await fresh.docker(['buildx', 'du'])).stdout).not.toMatch(/^[a-z0-9]{25}/m);
    emulator.reset();
    writeFileSync(join(ctx, 'src/app.txt'), 'version 2\n');
    const second = sha();
    const r2 = await cli(fresh, ['--repository', repo, '--context', ctx, '--commit-sha', second, '--cache', 'true', '--json']);
    ok(r2);
    expect(r2.stderr).toContain(`Layer cache: ${uri}@${digest1}`);
    expect(r2.stderr).toMatch(/\[command\]docker buildx build [^\n]*--cache-to type=inline [^\n]*--cache-from type=registry,ref=\S+@sha256:/);
    // BuildKit read the previous image from the registry and skipped the slow step.
    expect(emulator.registryRequests.some((q) => q.method === 'GET' && q.path === `/v2/${repo}/manifests/${digest1}`)).toBe(true);
    expect(r2.stderr).toMatch(/#(\d+) \[\d\/\d\] RUN [^\n]*deps[^\n]*\n(?:#\1 [^\n]*\n)*#\1 CACHED/);
    const [one, two] = await Promise.all([registryImage(registry, repo, digest1), registryImage(registry, repo, second)]);
    expect(two.layerSizes.slice(0, 2)).toEqual(one.layerSizes.slice(0, 2));
    // Only the changed source layer, the config and the manifest went up the second time.
    expect(two.layerSizes).toHaveLength(3);
    expect(emulator.uploadedBytes(repo)).toBeLessThan(two.layerSizes[2] + 20_000);
    expect((await registryTags(registry, repo)).sort()).toEqual([first, second].sort());
  }, 180_000);
});

describe('provenance on the containerd image store', () => {
  /**
   * `--sbom true` (which buildx gets with provenance) runs BuildKit's default SBOM generator from
   * Docker Hub. Here Docker Hub is the daemon's registry mirror in front of the test registry, and
   * the generator a busybox script that follows BuildKit's SBOM protocol.
   */
  async function pushFakeScanner(mark: string): Promise<void> {
    // The protocol's output: an in-toto statement whose predicate is the SPDX document.
    const spdx = JSON.stringify({
      _type: 'https://in-toto.io/Statement/v0.1',
      predicateType: 'https://spdx.dev/Document',
      predicate: { spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: `fake-scan-${mark}`, dataLicense: 'CC0-1.0', packages: [] },
    });
    const dir = context(['COPY scan.sh /scan.sh', 'ENTRYPOINT ["/bin/busybox", "sh", "/scan.sh"]'], {
      'scan.sh': `/bin/busybox ls "$BUILDKIT_SCAN_SOURCE" >/dev/null\necho '${spdx}' > "$BUILDKIT_SCAN_DESTINATION/fake.spdx.json"\n`,
    });
    const config = stack.tempDir('buildx-scanner-config-');
    cpSync(join(containerd.dockerConfig, 'cli-plugins'), join(config, 'cli-plugins'), { recursive: true });
    const docker = (args: string[], input?: string) =>
      runCommand(DOCKER26, args, { input, timeoutMs: 120_000, env: { PATH: process.env.PATH, DOCKER_HOST: containerd.host, DOCKER_CONFIG: config } });
    const tag = `${registry.host}/${SCANNER}:stable-1`;
    for (const step of [
      await docker(['login', '--username', registry.user, '--password-stdin', registry.host], registry.password),
      await docker(['buildx', 'build', '--provenance', 'false', '--tag', tag, '--push', dir]),
      // Not left in the daemon: the build must fetch it from "Docker Hub".
      await docker(['image', 'rm', tag]),
    ]) {
      if (step.code !== 0) throw new Error(`fake scanner: ${step.stderr}`);
    }
  }

  it('provenance: true: the builder, which pushes itself, starts once docker is logged in; the SHA tag is an index of the image and its attestation manifest (provenance and SBOM); digest is the index', async () => {
    const mark = hex(6);
    await pushFakeScanner(mark);
    emulator.reset();
    // docker login's first request waits 3 s: a builder started before the login ends would resolve the scanner meanwhile.
    const slowLogin = new Promise<void>((resolve) => setTimeout(resolve, 3_000));
    emulator.registryFaults.push({ match: (method, path) => method === 'GET' && path === '/v2/', times: 1, respond: { hold: slowLogin } });
    const hubBefore = dockerHub.requests.length;
    const repo = repoName('provenance');
    const commit = sha();
    const r = await cli(containerd, [
      '--repository',
      repo,
      '--context',
      context([sh(`echo ${mark} > /built`)]),
      '--commit-sha',
      commit,
      '--provenance',
      'true',
      '--tags',
      'latest',
      '--json',
    ]);
    ok(r);
    // On the containerd store buildx pushes through the image exporter (`--push` would push twice).
    expect(r.stderr).toMatch(/\[command\]docker buildx build [^\n]*--provenance mode=max --sbom true --output type=image,push= /);
    const out = JSON.parse(r.stdout);
    const index = await registryGet(repo, `manifests/${commit}`);
    expect(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']).toContain(index.type);
    expect(out.digest).toBe(index.digest);
    expect(await registryManifestDigest(registry, repo, 'latest')).toBe(out.digest);
    const manifests = JSON.parse(index.body.toString('utf8')).manifests as Array<{
      digest: string;
      platform?: { os: string; architecture: string };
      annotations?: Record<string, string>;
    }>;
    const images = manifests.filter((m) => m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest');
    const attestations = manifests.filter((m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest');
    expect(images.map((m) => `${m.platform?.os}/${m.platform?.architecture}`)).toEqual(['linux/amd64']);
    expect(attestations).toHaveLength(1);
    expect(attestations[0].annotations?.['vnd.docker.reference.digest']).toBe(images[0].digest);
    // The attestation manifest holds a provenance statement and the SBOM our scanner wrote.
    const attestation = JSON.parse((await registryGet(repo, `manifests/${attestations[0].digest}`)).body.toString('utf8')) as {
      layers: Array<{ digest: string; annotations?: Record<string, string> }>;
    };
    const predicates = attestation.layers.map((l) => l.annotations?.['in-toto.io/predicate-type']).sort();
    expect(predicates).toEqual(['https://slsa.dev/provenance/v0.2', 'https://spdx.dev/Document']);
    const sbomLayer = attestation.layers.find((l) => l.annotations?.['in-toto.io/predicate-type'] === 'https://spdx.dev/Document')!;
    const sbom = JSON.parse((await registryGet(repo, `blobs/${sbomLayer.digest}`)).body.toString('utf8'));
    expect(sbom.predicate.name).toBe(`fake-scan-${mark}`);
    // The generator came from the mirror, i.e. from where `--sbom true` looks for it.
    const scannerRequests = dockerHub.requests.slice(hubBefore).filter((q) => q.path.startsWith(`/v2/${SCANNER}/manifests/`));
    expect(scannerRequests.map((q) => [q.path, q.status])).toContainEqual([`/v2/${SCANNER}/manifests/stable-1`, 200]);
    expect(scannerRequests.map((q) => q.loggedIn)).not.toContain(false);
    const image = await registryImage(registry, repo, images[0].digest);
    expect(image.config.config.Labels['org.opencontainers.image.revision']).toBe(commit);
  }, 180_000);
});

describe('build secrets through buildx', () => {
  it('the RUN step sees `secrets` and `secret-files`; no value in any process argv while it runs, the log, the outputs, a layer or the image config', async () => {
    const inline = `inline-${hex(12)}`;
    const fromEnv = `env-${hex(12)}`;
    const fromFile = `file-${hex(12)}`;
    const secretFile = join(stack.tempDir('buildx-secret-'), 'token.txt');
    writeFileSync(secretFile, `${fromFile}\n`, { mode: 0o600 });
    const mark = hex(6);
    const repo = repoName('secrets');
    const commit = sha();
    // The step hashes each secret into the image, then waits (marked in its command line) until the test has read the process table.
    const seen = `for s in one two three; do /bin/busybox sha256sum /run/secrets/$s | /bin/busybox cut -c1-64; done > /seen; echo ${runStepMark(mark)}; /bin/busybox sleep 6; exit 0`;
    const ctx = context([sh(seen, '--mount=type=secret,id=one --mount=type=secret,id=two --mount=type=secret,id=three')]);
    // As a CI hands them over: in the environment (a value given as a CLI flag would be in the CLI's own argv).
    const run = startCli(classic, ['--repository', repo, '--context', ctx, '--commit-sha', commit, '--json'], {
      ECR_DELIVER_SECRETS: `one=${inline}\ntwo=env:MY_TOKEN`,
      ECR_DELIVER_SECRET_FILES: `three=${secretFile}`,
      MY_TOKEN: fromEnv,
    });
    await until('the RUN step with the secrets mounted', () => runStepProcesses(mark).length > 0, 120_000);
    const argvWhileBuilding = allCommandLines();
    expect(argvWhileBuilding).toContain('--secret id=one,env=ECR_DELIVER_BUILD_SECRET_0');
    const r = await run.done;
    ok(r);

    const image = await registryImage(registry, repo, commit);
    const layers = image.layers.map((l) => gunzipSync(l).toString('latin1')).join('\n');
    const hash = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(layers).toContain([inline, fromEnv, `${fromFile}\n`].map(hash).join('\n'));
    const everywhere = [argvWhileBuilding, r.stdout, r.stderr, layers, image.configText].join('\n');
    expect([inline, fromEnv, fromFile].filter((value) => everywhere.includes(value))).toEqual([]);
  }, 180_000);
});

describe('cancellation through buildx', () => {
  it('SIGTERM during a RUN step: exit 143 naming docker buildx build; no docker child, no build step running in the daemon, no tag, no manifest written', async () => {
    const mark = hex(6);
    const ctx = markedRunContext(mark, 120);
    const repo = repoName('cancel');
    const run = startCli(classic, ['--repository', repo, '--context', ctx, '--commit-sha', sha(), '--tags', 'latest'], { ECR_TEST_MARK: mark });
    try {
      await until('the RUN step', () => runStepProcesses(mark).length > 0, 120_000);
      expect(markedProcesses(mark).length).toBeGreaterThan(1); // the CLI and its docker buildx build
      run.child.kill('SIGTERM');
      const r = await Promise.race([
        run.done,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('did not exit within 15 s of SIGTERM')), 15_000).unref()),
      ]);
      expect(r.code).toBe(143);
      expect(r.stderr.split('\n').filter((l) => l.startsWith('ecr-deliver: '))).toEqual([
        'ecr-deliver: cancelled by SIGTERM while running docker buildx build',
      ]);
      expect(markedProcesses(mark)).toEqual([]);
      // BuildKit cancels the solve when its client goes: the step's process ends.
      await until('the RUN step to stop in the daemon', () => runStepProcesses(mark).length === 0, 15_000);
      expect(await registryTags(registry, repo)).toEqual([]);
      expect(emulator.registryRequests.filter((q) => q.method === 'PUT' && q.path.startsWith(`/v2/${repo}/manifests/`))).toEqual([]);
      expect(emulator.calls.filter((c) => c.operation === 'PutImage')).toEqual([]);
    } finally {
      run.child.kill('SIGKILL');
      rmSync(ctx, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('docker contexts', () => {
  /** A user's docker config dir with buildx and a context `name` for the classic engine's socket, made with docker 26's own command. */
  async function userConfigWithContext(dir: string, name: string, use: boolean): Promise<void> {
    mkdirSync(join(dir, 'cli-plugins'), { recursive: true });
    cpSync(join(classic.dockerConfig, 'cli-plugins'), join(dir, 'cli-plugins'), { recursive: true, dereference: true });
    const docker = (args: string[]) => runCommand(DOCKER26, args, { env: { PATH: process.env.PATH, HOME: join(dir, '..'), DOCKER_CONFIG: dir } });
    const steps = [
      await docker(['context', 'create', name, '--docker', `host=unix://${classic.socket}`]),
      ...(use ? [await docker(['context', 'use', name])] : []),
    ];
    for (const step of steps) if (step.code !== 0) throw new Error(`docker context: ${step.stderr}`);
  }

  /** Built on the context's daemon (the classic engine), not on the one DOCKER_HOST would name without it (the system's). */
  async function builtOnContextDaemon(repo: string, commit: string): Promise<void> {
    expect((await classic.docker(['image', 'inspect', ref(repo, commit)])).code).toBe(0);
    expect((await runCommand('docker', ['image', 'inspect', ref(repo, commit)])).code).not.toBe(0);
  }

  it('DOCKER_CONTEXT=<name> (the context in ~/.docker, no DOCKER_HOST): built and pushed on that context daemon', async () => {
    const home = stack.tempDir('buildx-context-home-');
    const name = `ctx-${hex(3)}`;
    await userConfigWithContext(join(home, '.docker'), name, false);
    const repo = repoName('context-env');
    const commit = sha();
    const r = await cli(classic, ['--repository', repo, '--context', context([sh(`echo ${hex(4)} > /x`)]), '--commit-sha', commit, '--json'], {
      HOME: home,
      DOCKER_CONFIG: undefined,
      DOCKER_HOST: undefined,
      DOCKER_CONTEXT: name,
    });
    ok(r);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(JSON.parse(r.stdout).digest);
    await builtOnContextDaemon(repo, commit);
  }, 120_000);

  it("the currentContext of the user's config.json (DOCKER_CONFIG, no DOCKER_HOST or DOCKER_CONTEXT): built and pushed on that context's daemon", async () => {
    const config = join(stack.tempDir('buildx-context-config-'), 'docker');
    const name = `ctx-${hex(3)}`;
    await userConfigWithContext(config, name, true);
    expect(JSON.parse(readFileSync(join(config, 'config.json'), 'utf8')).currentContext).toBe(name);
    const before = readFileSync(join(config, 'config.json'));
    const repo = repoName('context-current');
    const commit = sha();
    const r = await cli(classic, ['--repository', repo, '--context', context([sh(`echo ${hex(4)} > /x`)]), '--commit-sha', commit, '--json'], {
      DOCKER_CONFIG: config,
      DOCKER_HOST: undefined,
    });
    ok(r);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(JSON.parse(r.stdout).digest);
    await builtOnContextDaemon(repo, commit);
    // The delivery logged in elsewhere (its private config): the user's file is as it was.
    expect(readFileSync(join(config, 'config.json')).equals(before)).toBe(true);
  }, 120_000);
});
