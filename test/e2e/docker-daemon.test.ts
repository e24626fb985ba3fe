/**
 * The fast docker prerequisite check: which socket the docker CLI would use, a `docker` on PATH,
 * and the daemon's answer to a ping, against real unix-socket servers (and the real dockerd).
 * Every "don't know" must be false, so that docker.ts asks the CLI.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { daemonAnswers, daemonSocket, onPath, pingDaemon } from '../../src/io/docker-daemon';
import { ensureDockerd } from '../fixtures/services';

let dir: string;
const servers: Server[] = [];
const connections: Socket[] = [];
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'ecr-deliver-daemon-')); });
afterAll(async () => {
  for (const c of connections) c.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  rmSync(dir, { recursive: true, force: true });
});

/** A unix-socket server that answers every connection with `reply` (or never, when undefined). */
async function fakeDaemon(name: string, reply?: string): Promise<string> {
  const path = join(dir, name);
  const server = createServer((conn: Socket) => {
    connections.push(conn);
    conn.on('error', () => undefined);
    if (reply !== undefined) conn.once('data', () => conn.end(reply));
  });
  await new Promise<void>((r) => server.listen(path, r));
  servers.push(server);
  return path;
}

function home(config?: string): string {
  const h = mkdtempSync(join(dir, 'home-'));
  if (config !== undefined) {
    mkdirSync(join(h, '.docker'));
    writeFileSync(join(h, '.docker', 'config.json'), config);
  }
  return h;
}

describe('daemonSocket: the socket the docker CLI would use, or undefined (ask the CLI)', () => {
  it('DOCKER_HOST: a unix socket is used as given; tcp and ssh hosts are left to the CLI', () => {
    expect(daemonSocket({ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' })).toBe('/run/user/1000/docker.sock');
    expect(daemonSocket({ DOCKER_HOST: 'tcp://10.0.0.5:2376', HOME: home() })).toBeUndefined();
    expect(daemonSocket({ DOCKER_HOST: 'ssh://me@builder' })).toBeUndefined();
  });

  it('no DOCKER_HOST: the default socket, unless a docker context is chosen or the config is unreadable', () => {
    expect(daemonSocket({ HOME: home() })).toBe('/var/run/docker.sock');
    expect(daemonSocket({ HOME: home('{"auths":{}}') })).toBe('/var/run/docker.sock');
    expect(daemonSocket({ HOME: home('{"currentContext":"default"}') })).toBe('/var/run/docker.sock');
    expect(daemonSocket({ HOME: home('{"currentContext":"remote"}') })).toBeUndefined();
    expect(daemonSocket({ HOME: home('{not json') })).toBeUndefined();
    expect(daemonSocket({ HOME: home(), DOCKER_CONTEXT: 'remote' })).toBeUndefined();
    expect(daemonSocket({ HOME: home(), DOCKER_CONTEXT: 'default' })).toBe('/var/run/docker.sock');
    const config = home('{"currentContext":"remote"}');
    expect(daemonSocket({ HOME: home(), DOCKER_CONFIG: join(config, '.docker') })).toBeUndefined();
  });
});

describe('onPath', () => {
  it('finds an executable file only', () => {
    const bin = mkdtempSync(join(dir, 'bin-'));
    writeFileSync(join(bin, 'docker'), '#!/bin/sh\n');
    expect(onPath('docker', { PATH: `/nonexistent:${bin}` })).toBe(false); // not executable yet
    chmodSync(join(bin, 'docker'), 0o755);
    expect(onPath('docker', { PATH: `/nonexistent:${bin}` })).toBe(true);
    const dirNamedDocker = mkdtempSync(join(dir, 'bin-'));
    mkdirSync(join(dirNamedDocker, 'docker'));
    expect(onPath('docker', { PATH: dirNamedDocker })).toBe(false);
    expect(onPath('docker', {})).toBe(false);
  });
});

describe('pingDaemon', () => {
  it('true only for an HTTP 200 answer', async () => {
    expect(await pingDaemon(await fakeDaemon('ok.sock', 'HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK'))).toBe(true);
    expect(await pingDaemon(await fakeDaemon('err.sock', 'HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n'))).toBe(false);
    expect(await pingDaemon(await fakeDaemon('garbage.sock', 'SSH-2.0-OpenSSH_9.2\r\n'))).toBe(false);
    expect(await pingDaemon(await fakeDaemon('closes.sock', ''))).toBe(false);
    expect(await pingDaemon(join(dir, 'nothing-listens.sock'))).toBe(false);
  });

  it('false when the daemon does not answer within the timeout', async () => {
    const silent = await fakeDaemon('silent.sock');
    const started = Date.now();
    expect(await pingDaemon(silent, 200)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('the real dockerd answers on its socket; daemonAnswers needs docker on PATH too', async () => {
    await ensureDockerd();
    const env = { PATH: process.env.PATH, HOME: home() };
    expect(await daemonAnswers(env)).toBe(true);
    expect(await daemonAnswers({ ...env, PATH: mkdtempSync(join(dir, 'empty-')) })).toBe(false);
    expect(await daemonAnswers({ ...env, DOCKER_HOST: `unix://${join(dir, 'nothing-listens.sock')}` })).toBe(false);
  });
});
