/**
 * The fast "yes" of the docker prerequisite: a `docker` executable is on PATH and the daemon
 * answers `GET /_ping` on the unix socket the docker CLI would use. That takes about a millisecond;
 * starting the CLI for `docker version` costs 20–90 ms of CPU, on the path to the first AWS request.
 * Anything else (a tcp/ssh DOCKER_HOST, a docker context, no answer) is "don't know": docker.ts
 * then asks the CLI, which also words the error.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const DEFAULT_SOCKET = '/var/run/docker.sock';
const PING_MS = 1_000;

/** The unix socket the docker CLI would talk to, or undefined when only the CLI can tell. */
export function daemonSocket(env: NodeJS.ProcessEnv): string | undefined {
  if (env.DOCKER_HOST) return env.DOCKER_HOST.startsWith('unix://') ? env.DOCKER_HOST.slice('unix://'.length) : undefined;
  if (env.DOCKER_CONTEXT && env.DOCKER_CONTEXT !== 'default') return undefined;
  const config = join(env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker'), 'config.json');
  try {
    const current = (JSON.parse(readFileSync(config, 'utf8')) as { currentContext?: unknown }).currentContext;
    return current && current !== 'default' ? undefined : DEFAULT_SOCKET;
  } catch (err) {
    // No config file: the CLI's default socket. An unreadable one: let the CLI say what it makes of it.
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? DEFAULT_SOCKET : undefined;
  }
}

/** An executable file named `command` in one of PATH's directories. */
export function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => {
    const file = join(dir || '.', command);
    try {
      accessSync(file, constants.X_OK);
      return statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

/** True only when the daemon answers HTTP 200 on the socket within the timeout. */
export function pingDaemon(socket: string, timeoutMs = PING_MS): Promise<boolean> {
  return new Promise((resolve) => {
    let answer = '';
    const conn = connect(socket);
    const done = () => {
      conn.destroy();
      resolve(/^HTTP\/1\.[01] 200 /.test(answer));
    };
    conn.setTimeout(timeoutMs, done);
    conn.on('error', done);
    conn.on('end', done);
    conn.on('connect', () => conn.write('GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n'));
    conn.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n')) done();
    });
  });
}

/** The docker CLI and its daemon are certainly there; false means "ask the CLI". */
export async function daemonAnswers(env: NodeJS.ProcessEnv): Promise<boolean> {
  const socket = daemonSocket(env);
  return socket !== undefined && onPath('docker', env) && pingDaemon(socket);
}
