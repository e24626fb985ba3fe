/**
 * The test daemons themselves (test/fixtures/engines.ts): each kind starts as dockerd 26 with the
 * image store asked for, builds a FROM scratch busybox image through buildx, and is stopped by its
 * pid with nothing left behind: no process, folder, bridge or containerd namespace, and the system's
 * docker0 untouched.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Engine, startEngine } from '../fixtures/engines';
import { runCommand } from '../fixtures/services';

const links = () => execFileSync('ip', ['-o', 'link', 'show'], { encoding: 'utf8' });
const namespaces = (sock: string) => execFileSync('ctr', ['--address', sock, 'namespaces', 'list', '--quiet'], { encoding: 'utf8' });
const CONTAINERD = existsSync('/run/containerd/containerd.sock') ? '/run/containerd/containerd.sock' : '/var/run/docker/containerd/containerd.sock';

let ctx: string;
beforeAll(() => {
  ctx = mkdtempSync(join(tmpdir(), 'engines-ctx-'));
  copyFileSync('/bin/busybox', join(ctx, 'busybox'));
  writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo built > /marker"]\n');
});
afterAll(() => rmSync(ctx, { recursive: true, force: true }));

describe.each(['classic', 'containerd', 'tls'] as const)('a %s test daemon', (kind) => {
  let engine: Engine | undefined;
  afterAll(() => engine?.stop());

  it('starts as dockerd 26 with its own bridge, builds a busybox image with buildx, and stops leaving nothing behind', async () => {
    const docker0Before = links().includes(': docker0:');
    engine = await startEngine(kind);
    const e = engine;
    const network = JSON.parse((await e.docker(['network', 'inspect', 'bridge', '--format', '{{json .Options}}'])).stdout);
    expect(network['com.docker.network.bridge.name']).toBe(e.bridge);
    expect(links()).toContain(`: ${e.bridge}:`);

    // The client's own environment reaches it: the docker 26 CLI, buildx from DOCKER_CONFIG/cli-plugins.
    const version = await runCommand('docker', ['version', '--format', '{{.Client.Version}} {{.Server.Version}}'], { env: e.env });
    expect(version.stdout.trim()).toBe('26.1.5+dfsg1 26.1.5+dfsg1');
    const buildx = await runCommand('docker', ['buildx', 'version'], { env: e.env });
    expect(buildx.stdout).toContain('0.13.1');
    const info = await e.docker(['info', '--format', '{{json .DriverStatus}}']);
    if (kind === 'containerd') expect(info.stdout).toContain('io.containerd.snapshotter.v1');
    else expect(info.stdout).not.toContain('io.containerd.snapshotter.v1');
    if (kind === 'tls') {
      expect(e.host).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
      // Without the client certificate the daemon refuses the connection.
      const plain = await runCommand('docker', ['version', '--format', '{{.Server.Version}}'], {
        env: { ...e.env, DOCKER_TLS_VERIFY: '', DOCKER_CERT_PATH: '' },
      });
      expect(plain.code).not.toBe(0);
    }

    const tag = `engines-smoke-${kind}:1`;
    const built = await runCommand('docker', ['buildx', 'build', '--load', '--tag', tag, ctx], { env: e.env, timeoutMs: 120_000 });
    expect(built.stderr).toMatch(/naming to docker\.io\/library\/engines-smoke/);
    expect(built.code).toBe(0);
    const run = await e.docker(['run', '--rm', tag, '/bin/busybox', 'cat', '/marker']);
    expect(run.stdout.trim()).toBe('built');
    // The system's daemon never saw the image.
    expect((await runCommand('docker', ['image', 'inspect', tag], { env: { PATH: process.env.PATH } })).code).not.toBe(0);

    const before = namespaces(CONTAINERD).split('\n');
    expect(before).toContain(e.namespaces[0]);
    await e.stop();
    engine = undefined;
    expect(() => process.kill(e.pid, 0)).toThrow();
    expect(existsSync(dirname(e.socket))).toBe(false);
    expect(links()).not.toContain(`: ${e.bridge}:`);
    const after = namespaces(CONTAINERD).split('\n');
    for (const ns of e.namespaces) expect(after).not.toContain(ns);
    expect(links().includes(': docker0:')).toBe(docker0Before);
  }, 240_000);
});
