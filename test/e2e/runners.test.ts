/**
 * Real runners, against the built bundle under Node 24, a real dockerd, a real registry
 * and the emulator: proxies, shared hosts, cancellation, what docker children and the log see, and
 * ECR's API limits. Process-table checks find this test's processes by a marker in their
 * environment, never by name: other docker CLIs run on this machine at the same time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import * as net from 'node:net';
import { join } from 'node:path';
import type { AwsEmulator } from '../fixtures/emulator';
import { BUNDLE, GitHubRunner, NODE24, oidcJobEnv } from '../fixtures/github-runner';
import { markedProcesses } from '../fixtures/process-table';
import { RecordingProxy } from '../fixtures/proxy';
import { type Registry, registryManifestDigest, registryTags, runCommand, selfSignedCert } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const ROLE = 'arn:aws:iam::123456789012:role/runners';
const SUB = 'repo:octo-org/octo-repo:ref:refs/heads/main';
const KEY = { id: 'AKIARUNNERSEXAMPLE01', secret: 'runners-secret-key-example' };
const sha = () => randomBytes(20).toString('hex');
const uniqueRepo = (name: string) => `runners/${name}-${randomBytes(3).toString('hex')}`;

let registry: Registry;
let emulator: AwsEmulator;
let work: string;
const stack = new TestStack();

beforeAll(async () => {
  ({ registry, emulator } = await stack.start());
  emulator.addRole(ROLE, { aud: 'sts.amazonaws.com', sub: SUB });
  emulator.addStaticKey(KEY.id, KEY.secret);
  work = stack.tempDir('runners-');
});

afterAll(() => stack.stop());

beforeEach(() => emulator.reset());

// ------------------------------------------------------------------ helpers

/** A user's machine: HOME with a docker config of its own, and a TMPDIR nobody else uses. */
interface Host {
  home: string;
  dockerConfig: string;
  tmp: string;
  /** In every process this test starts for the host, so its process tree can be found in /proc. */
  mark: string;
}

function newHost(userConfig?: Record<string, unknown>): Host {
  const home = stack.tempDir('runners-home-');
  const host = { home, dockerConfig: join(home, '.docker'), tmp: join(home, 'tmp'), mark: randomBytes(8).toString('hex') };
  mkdirSync(host.dockerConfig);
  mkdirSync(host.tmp);
  if (userConfig) writeFileSync(join(host.dockerConfig, 'config.json'), JSON.stringify(userConfig, null, '\t'));
  return host;
}

function hostEnv(host: Host, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: host.home,
    DOCKER_CONFIG: host.dockerConfig,
    TMPDIR: host.tmp,
    ECR_TEST_MARK: host.mark,
    ...emulator.clientEnv(),
    ...extra,
  };
}

const ambient = { AWS_ACCESS_KEY_ID: KEY.id, AWS_SECRET_ACCESS_KEY: KEY.secret };

function tokenFile(): string {
  const file = join(work, `token-${randomBytes(4).toString('hex')}`);
  writeFileSync(file, emulator.issueToken({ sub: SUB, aud: 'sts.amazonaws.com' }));
  return file;
}

interface Running {
  child: ChildProcess;
  stderr: () => string;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** The CLI started in the background (with --json), so a test can signal it mid-run. */
function startCli(args: string[], env: NodeJS.ProcessEnv): Running {
  const child = spawn(NODE24, [BUNDLE, '--json', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, stderr: () => stderr, done };
}

const deliverArgs = (repo: string, commit: string, context: string, extra: string[] = []) => [
  '--repository',
  repo,
  '--commit-sha',
  commit,
  '--context',
  context,
  ...extra,
];

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every file under `dir`, recursively (symlinks not followed). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** The registry password in any form docker or we might write it (plain, or base64 of user:password). */
function holdingPassword(dirs: string[]): string[] {
  const forms = [registry.password, Buffer.from(`${registry.user}:${registry.password}`).toString('base64')];
  return dirs.flatMap(filesUnder).filter((f) => {
    const text = readFileSync(f, 'latin1');
    return forms.some((form) => text.includes(form));
  });
}

/** A build context whose RUN step says it started, then sleeps: a build to cancel. */
function sleepingContext(mark: string): string {
  const dir = stack.tempDir('runners-sleep-');
  copyFileSync('/bin/busybox', join(dir, 'busybox'));
  writeFileSync(
    join(dir, 'Dockerfile'),
    ['FROM scratch', 'COPY busybox /bin/busybox', `RUN ["/bin/busybox", "sh", "-c", "echo build-running-${mark}; /bin/busybox sleep 120"]`, ''].join('\n'),
  );
  return dir;
}

/** Containers of this machine's daemon still running a command that carries `mark`. */
async function runningContainers(mark: string): Promise<string[]> {
  const ps = await runCommand('docker', ['ps', '--no-trunc', '--format', '{{.ID}} {{.Command}}']);
  return ps.stdout.split('\n').filter((l) => l.includes(mark));
}

async function removeContainers(mark: string): Promise<void> {
  const ps = await runCommand('docker', ['ps', '-a', '--no-trunc', '--format', '{{.ID}} {{.Command}}']);
  const ids = ps.stdout
    .split('\n')
    .filter((l) => l.includes(mark))
    .map((l) => l.split(' ')[0]);
  if (ids.length) await runCommand('docker', ['rm', '-f', ...ids]);
}

/** The workflow commands the GitHub runner would act on in a step's stdout, honouring ::stop-commands::. */
function runnerCommands(stdout: string): Array<{ name: string; message: string }> {
  const commands: Array<{ name: string; message: string }> = [];
  let stoppedUntil: string | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart();
    if (stoppedUntil !== undefined) {
      if (line.trimEnd() === `::${stoppedUntil}::`) stoppedUntil = undefined;
      continue;
    }
    const m = /^::([A-Za-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'stop-commands') stoppedUntil = m[2];
    else commands.push({ name: m[1], message: m[2] });
  }
  return commands;
}

function githubJob(host: Host, extra: NodeJS.ProcessEnv = {}): GitHubRunner {
  return new GitHubRunner({
    ...oidcJobEnv(emulator),
    ACTIONS_RUNTIME_TOKEN: `runtime-${host.mark}`,
    GITHUB_SHA: sha(),
    HOME: host.home,
    DOCKER_CONFIG: host.dockerConfig,
    TMPDIR: host.tmp,
    ECR_TEST_MARK: host.mark,
    ...extra,
  });
}

const blobUpload = (method: string, path: string) => ['POST', 'PATCH', 'PUT'].includes(method) && path.includes('/blobs/uploads/');

/** Holds the first blob upload of `repo` in the registry front until released; `reached` once it is held. */
function holdUpload(repo: string) {
  let release!: () => void;
  let reached!: () => void;
  const hold = new Promise<void>((r) => (release = r));
  const held = new Promise<void>((r) => (reached = r));
  emulator.registryFaults.push({
    match: (method, path) => {
      const hit = blobUpload(method, path) && path.startsWith(`/v2/${repo}/`);
      if (hit) reached();
      return hit;
    },
    times: 1,
    respond: { hold },
  });
  return { held, release };
}

// ------------------------------------------------------------------ 1. proxies

describe('1. proxies: HTTP(S)_PROXY and NO_PROXY are honoured by every request ecr-deliver makes itself', () => {
  let proxy: RecordingProxy;
  beforeAll(async () => {
    proxy = await new RecordingProxy().start();
  });
  afterAll(() => proxy.stop());
  beforeEach(() => {
    proxy.requests.length = 0;
    proxy.credentials = undefined;
  });

  it('GitHub delivery with HTTP_PROXY (with credentials): every OIDC, STS and ECR request, and our one registry read, goes through the proxy in absolute form', async () => {
    proxy.credentials = { user: 'ci', password: `proxy-pw-${randomBytes(4).toString('hex')}` };
    const host = newHost();
    const proxyUrl = proxy.url.replace('http://', `http://${proxy.credentials.user}:${proxy.credentials.password}@`);
    const job = githubJob(host, { HTTP_PROXY: proxyUrl });
    const repo = uniqueRepo('proxied');
    const main = await job.main({ repository: repo, 'role-to-assume': ROLE, tags: 'latest', context: stack.freshContext() });
    expect(main.code).toBe(0);
    expect(await registryManifestDigest(registry, repo, 'latest')).toBe(main.outputs.digest);

    // Every call the emulator answered came through the proxy, for each service, and nothing else did.
    const viaProxy = proxy.requests.filter((r) => r.target.startsWith(`${emulator.url}/`));
    expect(viaProxy).toHaveLength(emulator.calls.length);
    expect(proxy.requests.every((r) => r.kind === 'absolute')).toBe(true);
    expect(viaProxy.map((r) => r.status).sort()).toEqual(emulator.calls.map((c) => c.status).sort());
    expect(new Set(emulator.calls.map((c) => c.service))).toEqual(new Set(['oidc', 'sts', 'ecr']));
    expect(viaProxy.filter((r) => r.target.startsWith(`${emulator.url}/github-oidc/token`))).toHaveLength(
      emulator.calls.filter((c) => c.service === 'oidc').length,
    );
    // Docker's own traffic (the push) is the daemon's: not sent through our proxy. Ours is: the one
    // read of the pushed manifest (for the extra tag's copy), with the login on its first request.
    expect(proxy.requests.filter((r) => r.target.includes(emulator.registryFrontHost)).map((r) => [r.method, r.target, r.status])).toEqual([
      ['GET', `http://${emulator.registryFrontHost}/v2/${repo}/manifests/${encodeURIComponent(main.outputs.digest)}`, 200],
    ]);
    expect(main.everything).not.toContain(proxy.credentials.password);
  });

  it("with the emulator's host in NO_PROXY (host:port form), nothing goes through the proxy", async () => {
    const host = newHost();
    const port = new URL(emulator.url).port;
    const r = await startCli(
      deliverArgs(uniqueRepo('no-proxy'), sha(), stack.freshContext(), ['--role-to-assume', ROLE, '--web-identity-token-file', tokenFile()]),
      hostEnv(host, { http_proxy: proxy.url, HTTPS_PROXY: proxy.url, no_proxy: `example.com, 127.0.0.1:${port}` }),
    ).done;
    expect(r.code).toBe(0);
    expect(emulator.calls.map((c) => c.service)).toEqual(expect.arrayContaining(['sts', 'ecr']));
    expect(proxy.requests).toEqual([]);
  });

  describe('https endpoints through a CONNECT tunnel', () => {
    let tlsFront: HttpsServer;
    let tlsDir: string;
    let front: string;
    beforeAll(async () => {
      tlsDir = stack.tempDir('runners-tls-');
      const { key, cert } = await selfSignedCert(tlsDir, 'DNS:localhost');
      // TLS in front of the emulator: what the SDK reaches at https://localhost:PORT.
      tlsFront = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) });
      tlsFront.on('secureConnection', (socket) => {
        const upstream = net.connect(Number(new URL(emulator.url).port), '127.0.0.1');
        socket.pipe(upstream).pipe(socket);
        upstream.on('error', () => socket.destroy());
        socket.on('error', () => upstream.destroy());
      });
      await new Promise<void>((resolve) => tlsFront.listen(0, '127.0.0.1', resolve));
      front = `https://localhost:${(tlsFront.address() as net.AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => tlsFront.close(() => resolve())));

    it('HTTPS_PROXY: STS and ECR over https go through CONNECT to the endpoint, with the certificate checked end to end', async () => {
      const host = newHost();
      const repo = uniqueRepo('tunnel');
      const r = await startCli(
        deliverArgs(repo, sha(), stack.freshContext(), ['--role-to-assume', ROLE, '--web-identity-token-file', tokenFile()]),
        hostEnv(host, { AWS_ENDPOINT_URL_STS: front, AWS_ENDPOINT_URL_ECR: front, HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: join(tlsDir, 'cert.pem') }),
      ).done;
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).pushed).toBe('true');
      const authority = front.slice('https://'.length);
      expect(proxy.requests.length).toBeGreaterThan(0);
      expect(proxy.requests.every((p) => p.kind === 'connect' && p.target === authority && p.status === 200)).toBe(true);
      expect(emulator.calls.map((c) => c.service)).toEqual(expect.arrayContaining(['sts', 'ecr']));
    });

    it('a proxy that refuses the tunnel (407): one line naming the proxy, without the password from its URL', async () => {
      proxy.credentials = { user: 'ci', password: 'right-password' };
      const host = newHost();
      const r = await startCli(
        deliverArgs(uniqueRepo('tunnel-407'), sha(), stack.freshContext()),
        hostEnv(host, {
          ...ambient,
          AWS_ENDPOINT_URL_STS: front,
          AWS_ENDPOINT_URL_ECR: front,
          HTTPS_PROXY: proxy.url.replace('http://', 'http://ci:wrong-password@'),
          NODE_EXTRA_CA_CERTS: join(tlsDir, 'cert.pem'),
        }),
      ).done;
      expect(r.code).toBe(1);
      const lines = r.stderr.split('\n').filter((l) => /^(ecr-deliver|hint): /.test(l));
      expect(lines[0]).toBe(
        `ecr-deliver: the proxy ${proxy.url} (for ${front.slice('https://'.length)}) refused the tunnel: 407 Proxy Authentication Required (check the credentials in HTTPS_PROXY)`,
      );
      expect(lines[1]).toMatch(/^hint: check HTTPS_PROXY/);
      expect(r.stderr).not.toContain('wrong-password');
      expect(r.stderr).not.toMatch(/iam-policy|trust policy/);
      expect(emulator.calls).toEqual([]);
    });
  });

  it('a proxy that asks for credentials (407) or is not listening: exit 1 naming the proxy, no credentials from its URL, no IAM hint, no AWS call', async () => {
    proxy.credentials = { user: 'ci', password: 'right-password' };
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(port));
      });
    });
    for (const [proxyUrl, shown, why] of [
      [proxy.url.replace('http://', 'http://ci:wrong-password@'), proxy.url, /refused the request: 407 Proxy Authentication Required/],
      [`http://ci:wrong-password@127.0.0.1:${closed}`, `http://127.0.0.1:${closed}`, /could not be reached: ECONNREFUSED/],
    ] as const) {
      emulator.reset();
      const host = newHost();
      const r = await startCli(
        deliverArgs(uniqueRepo('refused'), sha(), stack.freshContext(), ['--role-to-assume', ROLE, '--web-identity-token-file', tokenFile()]),
        hostEnv(host, { HTTP_PROXY: proxyUrl }),
      ).done;
      expect(r.code).toBe(1);
      const lines = r.stderr.split('\n').filter((l) => /^(ecr-deliver|hint): /.test(l));
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain(`the proxy ${shown} (for 127.0.0.1:`);
      expect(lines[0]).toMatch(why);
      expect(lines[1]).toMatch(/^hint: check HTTPS_PROXY \/ HTTP_PROXY/);
      expect(r.stderr).not.toContain('wrong-password');
      expect(r.stderr).not.toMatch(/iam-policy|trust policy|identity provider/);
      expect(emulator.calls).toEqual([]);
    }
  });
});

// ------------------------------------------------------------------ 2. shared hosts

describe('2. shared hosts: a delivery logs in to a private docker config, removed when it ends', () => {
  const userConfig = {
    auths: { 'other.registry.example:5000': { auth: Buffer.from('someone:other-registry-secret').toString('base64') } },
    credHelpers: { 'helper.registry.example': 'none-such' },
    detachKeys: 'ctrl-e,e',
  };

  it("after a delivery, the user's config.json is byte-identical, nothing is left in TMPDIR, and no file under HOME or TMPDIR holds the registry password", async () => {
    const host = newHost(userConfig);
    const before = readFileSync(join(host.dockerConfig, 'config.json'));
    const repo = uniqueRepo('private-config');
    const r = await startCli(deliverArgs(repo, sha(), stack.freshContext(), ['--tags', 'latest']), hostEnv(host, ambient)).done;
    expect(r.code).toBe(0);
    expect(await registryManifestDigest(registry, repo, 'latest')).toBe(JSON.parse(r.stdout).digest);
    expect(readFileSync(join(host.dockerConfig, 'config.json')).equals(before)).toBe(true);
    expect(readdirSync(host.tmp)).toEqual([]);
    expect(holdingPassword([host.home])).toEqual([]);
  });

  it("docker children run with a 0700 DOCKER_CONFIG of their own, seeded with the user's auths and credHelpers, and without the CI's token variables", async () => {
    const host = newHost(userConfig);
    const records = stack.tempDir('runners-docker-calls-');
    const bin = stack.tempDir('runners-bin-');
    const realDocker = (await runCommand('sh', ['-c', 'command -v docker'])).stdout.trim();
    // A docker that records what it was started with, then is the real one.
    writeFileSync(
      join(bin, 'docker'),
      [
        '#!/bin/sh',
        `n="${records}/$$"`,
        'env > "$n.env"',
        'stat -c %a "$DOCKER_CONFIG" > "$n.mode"',
        'cp "$DOCKER_CONFIG/config.json" "$n.config"',
        `exec ${realDocker} "$@"`,
        '',
      ].join('\n'),
    );
    chmodSync(join(bin, 'docker'), 0o755);
    const job = githubJob(host, { PATH: `${bin}:${process.env.PATH}` });
    const main = await job.main({ repository: uniqueRepo('children'), 'role-to-assume': ROLE, context: stack.freshContext() });
    expect(main.code).toBe(0);

    const calls = readdirSync(records)
      .filter((f) => f.endsWith('.env'))
      .map((f) => f.slice(0, -'.env'.length));
    expect(calls.length).toBeGreaterThanOrEqual(3); // at least build, login, push
    for (const call of calls) {
      const env = Object.fromEntries(
        readFileSync(join(records, `${call}.env`), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      expect(env.DOCKER_CONFIG).toMatch(new RegExp(`^${host.tmp}/ecr-deliver-docker-`));
      expect(readFileSync(join(records, `${call}.mode`), 'utf8').trim()).toBe('700');
      expect(Object.keys(env).filter((k) => /^(ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RUNTIME_TOKEN|CIRCLE_OIDC_TOKEN|INPUT_)/.test(k))).toEqual([]);
      expect(JSON.stringify(env)).not.toContain(emulator.githubRequestToken);
      // What the job set for itself still reaches docker.
      expect(env.ECR_TEST_MARK).toBe(host.mark);
      const seeded = JSON.parse(readFileSync(join(records, `${call}.config`), 'utf8')) as typeof userConfig;
      expect(seeded.auths).toMatchObject(userConfig.auths);
      expect(seeded.credHelpers).toEqual(userConfig.credHelpers);
    }
    expect(existsSync(join(host.tmp))).toBe(true);
    expect(readdirSync(host.tmp)).toEqual([]);
    expect(JSON.parse(readFileSync(join(host.dockerConfig, 'config.json'), 'utf8'))).toEqual(userConfig);
  });

  it("two deliveries at once with the same HOME, to two repositories: both delivered, the user's config untouched", async () => {
    const host = newHost(userConfig);
    const before = readFileSync(join(host.dockerConfig, 'config.json'));
    const [a, b] = [uniqueRepo('same-home-a'), uniqueRepo('same-home-b')];
    const [ca, cb] = [sha(), sha()];
    const [ra, rb] = await Promise.all([
      startCli(deliverArgs(a, ca, stack.freshContext()), hostEnv(host, ambient)).done,
      startCli(deliverArgs(b, cb, stack.freshContext()), hostEnv(host, ambient)).done,
    ]);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    expect(await registryManifestDigest(registry, a, ca)).toBe(JSON.parse(ra.stdout).digest);
    expect(await registryManifestDigest(registry, b, cb)).toBe(JSON.parse(rb.stdout).digest);
    expect(readFileSync(join(host.dockerConfig, 'config.json')).equals(before)).toBe(true);
    expect(readdirSync(host.tmp)).toEqual([]);
  });

  it("a GitHub job's post step, run on the same HOME while another delivery is mid-push: that push completes, both delivered", async () => {
    const host = newHost(userConfig);
    const before = readFileSync(join(host.dockerConfig, 'config.json'));
    const pushing = uniqueRepo('mid-push');
    const commit = sha();
    const { held, release } = holdUpload(pushing);
    const a = startCli(deliverArgs(pushing, commit, stack.freshContext()), hostEnv(host, ambient));
    try {
      await held;
      const job = githubJob(host);
      const inputs = { repository: uniqueRepo('other-job'), 'role-to-assume': ROLE, context: stack.freshContext() };
      const main = await job.main(inputs);
      expect(main.code).toBe(0);
      const post = await job.post(inputs, main.state);
      expect(post.code).toBe(0);
    } finally {
      release();
    }
    const r = await a.done;
    expect(r.code).toBe(0);
    expect(await registryManifestDigest(registry, pushing, commit)).toBe(JSON.parse(r.stdout).digest);
    expect(readFileSync(join(host.dockerConfig, 'config.json')).equals(before)).toBe(true);
  });
});

// ------------------------------------------------------------------ 3. cancellation

describe('3. cancellation: SIGINT / SIGTERM / timeout-seconds stop the docker children and leave nothing behind', () => {
  /** After a run stopped during its build: no process of the host's, no build container, no tag, nothing in TMPDIR. */
  async function expectNothingLeft(host: Host, repo: string): Promise<void> {
    expect(markedProcesses(host.mark)).toEqual([]);
    await until('the build container to stop', async () => (await runningContainers(host.mark)).length === 0, 10_000);
    expect(await registryTags(registry, repo)).toEqual([]);
    expect(readdirSync(host.tmp)).toEqual([]);
  }

  const exitWithin15s = (run: Running) =>
    Promise.race([run.done, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('did not exit within 15 s of the signal')), 15_000).unref())]);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} during the build (a RUN step that sleeps): exit ${signal === 'SIGINT' ? 130 : 143} within 15 s naming docker build, no docker child or build container left, no SHA tag`, async () => {
      const host = newHost();
      const repo = uniqueRepo(`cancel-build-${signal.toLowerCase()}`);
      const commit = sha();
      const run = startCli(deliverArgs(repo, commit, sleepingContext(host.mark)), hostEnv(host, ambient));
      try {
        await until('the RUN step', () => run.stderr().includes(`build-running-${host.mark}`));
        expect(markedProcesses(host.mark).length).toBeGreaterThan(1); // the CLI and its docker build
        run.child.kill(signal);
        const r = await exitWithin15s(run);
        expect(r.code).toBe(signal === 'SIGINT' ? 130 : 143);
        expect(r.stderr.split('\n').filter((l) => l.startsWith('ecr-deliver: '))).toEqual([`ecr-deliver: cancelled by ${signal} while running docker build`]);
        await expectNothingLeft(host, repo);
      } finally {
        run.child.kill('SIGKILL');
        await removeContainers(host.mark);
      }
    });

    it(`${signal} while a blob upload is held in the registry: exits within 15 s naming docker push, no docker child left, no manifest or tag written`, async () => {
      const host = newHost();
      const repo = uniqueRepo(`cancel-push-${signal.toLowerCase()}`);
      const commit = sha();
      const { held, release } = holdUpload(repo);
      const run = startCli(deliverArgs(repo, commit, stack.freshContext(), ['--tags', 'latest']), hostEnv(host, ambient));
      try {
        await held;
        run.child.kill(signal);
        const r = await exitWithin15s(run);
        expect(r.code).toBe(signal === 'SIGINT' ? 130 : 143);
        expect(r.stderr.split('\n').filter((l) => l.startsWith('ecr-deliver: '))).toEqual([`ecr-deliver: cancelled by ${signal} while running docker push`]);
        expect(markedProcesses(host.mark)).toEqual([]);
        expect(readdirSync(host.tmp)).toEqual([]);
      } finally {
        run.child.kill('SIGKILL');
        release();
      }
      // Released now: whatever the daemon still held must not complete the push.
      const manifestPut = () => emulator.registryRequests.some((q) => q.method === 'PUT' && q.path.startsWith(`/v2/${repo}/manifests/`));
      await expect(until('a manifest PUT', manifestPut, 3_000)).rejects.toThrow(/timed out/);
      expect(emulator.calls.filter((c) => c.operation === 'PutImage')).toEqual([]);
      expect(await registryTags(registry, repo)).toEqual([]);
    });
  }

  it("SIGTERM while an ECR call hangs: the line names that call first (not the aborted request's own error); the build beside it stopped, no docker child left, nothing pushed", async () => {
    const host = newHost();
    const repo = uniqueRepo('cancel-ecr');
    emulator.faults.push({ service: 'ecr', operation: 'DescribeRepositories', times: 1, error: 'hang' });
    const run = startCli(deliverArgs(repo, sha(), stack.freshContext()), hostEnv(host, ambient));
    await until('the hanging ECR call', () => emulator.calls.some((c) => c.operation === 'DescribeRepositories'));
    run.child.kill('SIGTERM');
    const r = await exitWithin15s(run);
    expect(r.code).toBe(143);
    // The hanging call first; the registry login and the build (started once the layer cache's
    // look-up answered) run beside the repository step and may still be going.
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('ecr-deliver: '));
    expect(lines).toHaveLength(1);
    const [running, ...beside] = lines[0].replace('ecr-deliver: cancelled by SIGTERM while running ', '').split(', ');
    expect(running).toBe('ECR DescribeRepositories');
    for (const step of beside) expect(['ECR GetAuthorizationToken', 'docker login', 'docker build']).toContain(step);
    expect(markedProcesses(host.mark)).toEqual([]);
    expect(r.stderr).not.toContain('[command]docker push');
    expect(emulator.calls.map((c) => c.operation)).not.toContain('PutImage');
    expect(emulator.calls.map((c) => c.operation)).not.toContain('CreateRepository');
    expect(readdirSync(host.tmp)).toEqual([]);
  });

  it('timeout-seconds during the build: exit 1 naming docker build, the docker child stopped, nothing left in TMPDIR, no SHA tag', async () => {
    const host = newHost();
    const repo = uniqueRepo('cancel-timeout');
    const run = startCli(deliverArgs(repo, sha(), sleepingContext(host.mark), ['--timeout-seconds', '8']), hostEnv(host, ambient));
    try {
      await until('the RUN step', () => run.stderr().includes(`build-running-${host.mark}`));
      const r = await run.done;
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^ecr-deliver: gave up after 8 s \(timeout-seconds\), still waiting for docker build$/m);
      await expectNothingLeft(host, repo);
    } finally {
      run.child.kill('SIGKILL');
      await removeContainers(host.mark);
    }
  });

  it('a docker daemon that accepts the connection and never answers: the probe fails in seconds with one clear line, no AWS call', async () => {
    const host = newHost();
    const socket = join(host.home, 'hung.sock');
    const accepted: net.Socket[] = [];
    const hung = net.createServer((s) => accepted.push(s)).listen(socket);
    try {
      const r = await startCli(deliverArgs(uniqueRepo('hung'), sha(), stack.freshContext()), hostEnv(host, { ...ambient, DOCKER_HOST: `unix://${socket}` }))
        .done;
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n').filter((l) => /^(ecr-deliver|hint): /.test(l))).toEqual([
        'ecr-deliver: the docker daemon did not answer within 10 s (docker version)',
        'hint: the daemon is hung or overloaded: restart the docker engine (or check DOCKER_HOST / the docker context)',
      ]);
      expect(accepted.length).toBeGreaterThan(0);
      expect(emulator.calls).toEqual([]);
      expect(markedProcesses(host.mark)).toEqual([]);
    } finally {
      for (const s of accepted) s.destroy();
      hung.close();
    }
  });
});

// ------------------------------------------------------------------ 4. what the log may see

describe('4. GitHub: docker output cannot issue workflow commands', () => {
  it('a Dockerfile printing ::add-mask::, ::error:: and its own ::stop-commands:: reaches the log as text; our own commands still work', async () => {
    const host = newHost();
    const context = stack.tempDir('runners-commands-');
    copyFileSync('/bin/busybox', join(context, 'busybox'));
    const lines = ['::add-mask::delivered', '::error::from the Dockerfile', '::stop-commands::guessed', '::guessed::', '::warning::after a guessed resume'];
    writeFileSync(
      join(context, 'Dockerfile'),
      [
        'FROM scratch',
        'COPY busybox /bin/busybox',
        // The host's mark makes the step new, so the builder runs it (a cached step prints nothing).
        `RUN ["/bin/busybox", "sh", "-c", ${JSON.stringify([`echo ${host.mark}`, ...lines.map((l) => `echo '${l}'`)].join('; '))}]`,
        '',
      ].join('\n'),
    );
    const job = githubJob(host);
    const main = await job.main({ repository: uniqueRepo('commands'), 'role-to-assume': ROLE, context });
    expect(main.code).toBe(0);
    for (const line of lines) expect(main.stdout).toContain(`\n${line}\n`);
    const commands = runnerCommands(main.stdout);
    expect(commands.filter((c) => /delivered|Dockerfile|guessed/.test(c.message))).toEqual([]);
    // Ours are still acted on: the log groups, and the masks registered around docker's output.
    // (Repository runs beside the build: on the timeline, without a group of its own.)
    expect(commands.filter((c) => c.name === 'group').map((c) => c.message)).toEqual(['Credentials', 'Build', 'Push']);
    expect(commands.filter((c) => c.name === 'add-mask').map((c) => c.message)).toEqual(expect.arrayContaining([registry.password]));
  });
});

// ------------------------------------------------------------------ 5. ECR limits

describe('5. ECR limits: 100 extra tags', () => {
  it('a delivery with 100 extra tags: BatchGetImage in calls of at most 100 ids, every tag at the pushed digest', async () => {
    const host = newHost();
    const repo = uniqueRepo('hundred');
    const commit = sha();
    const tags = Array.from({ length: 100 }, (_, i) => `t${String(i).padStart(3, '0')}`);
    const r = await startCli(deliverArgs(repo, commit, stack.freshContext(), ['--tags', tags.join(',')]), hostEnv(host, ambient)).done;
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, string>;
    expect(out.tags.split(',')).toEqual([commit, ...tags]);
    expect(await registryTags(registry, repo)).toEqual([commit, ...tags].sort());
    for (const tag of [commit, ...tags]) expect(await registryManifestDigest(registry, repo, tag)).toBe(out.digest);
    const batches = emulator.calls.filter((c) => c.operation === 'BatchGetImage');
    expect(batches.length).toBeGreaterThan(0);
    expect(batches.filter((c) => c.params.imageIds.length > 100 || (c.status !== 200 && c.errorCode !== 'RepositoryNotFoundException'))).toEqual([]);
    expect(
      emulator.calls
        .filter((c) => c.operation === 'PutImage' && c.status === 200)
        .map((c) => c.params.imageTag)
        .sort(),
    ).toEqual(tags);
  });
});
