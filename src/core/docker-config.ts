/**
 * A private docker config directory for one delivery (DOCKER_CONFIG of its docker children).
 * Jobs on one host often share one user and one ~/.docker: logging in there would leave the
 * registry password behind for 12 hours, and a job's logout would pull it from under another
 * job's push. So a delivery logs in here, and the directory is removed when the run ends, however
 * it ends. Seeded from the user's config, so base-image pulls, credential helpers, buildx and docker
 * contexts keep working. Other logins a delivery needs (e.g. pull registries) go here too.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a docker client needs from the user's config.json to pull and build as the user would (credsStore: see withoutCredsStore). */
const SEEDED_KEYS = ['auths', 'credHelpers', 'credsStore', 'currentContext', 'proxies'] as const;
/** Where buildx builders, CLI plugins and docker contexts live: linked, not copied (buildx keeps state there). */
const SEEDED_DIRS = ['buildx', 'cli-plugins', 'contexts'] as const;

/** The user's docker config directory, as the docker CLI finds it. */
export function userDockerConfigDir(env: NodeJS.ProcessEnv): string {
  return env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
}

export class PrivateDockerConfig {
  private removed = false;
  private readonly onExit = () => this.remove();

  private constructor(readonly dir: string) {
    // Also on process.exit (a cancelled run ends through it): nothing may stay behind.
    process.once('exit', this.onExit);
  }

  /** A fresh 0700 directory (mkdtemp's mode) holding a 0600 config.json seeded from the user's. */
  static create(env: NodeJS.ProcessEnv): PrivateDockerConfig {
    const config = new PrivateDockerConfig(mkdtempSync(join(tmpdir(), 'ecr-deliver-docker-')));
    const source = userDockerConfigDir(env);
    writeFileSync(join(config.dir, 'config.json'), JSON.stringify(seed(join(source, 'config.json')), null, 2), { mode: 0o600 });
    for (const name of SEEDED_DIRS) {
      if (existsSync(join(source, name))) symlinkSync(join(source, name), join(config.dir, name));
    }
    return config;
  }

  /** Removes the directory and every credential in it; safe to call more than once. */
  remove(): void {
    if (this.removed) return;
    this.removed = true;
    process.off('exit', this.onExit);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function seed(file: string): Record<string, unknown> {
  let user: Record<string, unknown>;
  try {
    user = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {}; // none, or unreadable: docker would not have used it either
  }
  const seeded = Object.fromEntries(SEEDED_KEYS.filter((k) => user[k] !== undefined).map((k) => [k, user[k]]));
  return typeof user.credsStore === 'string' && user.credsStore ? withoutCredsStore(seeded, user.credsStore) : seeded;
}

/**
 * With a `credsStore`, docker would store this run's ECR login in the user's keychain (shared, and
 * left behind). So the store becomes a credHelper for each registry it holds (docker lists those in
 * `auths` without inline credentials): pulls keep using it, and the ECR login stays in this directory.
 */
function withoutCredsStore(config: Record<string, unknown>, store: string): Record<string, unknown> {
  const { credsStore: _store, ...rest } = config;
  const auths = (config.auths ?? {}) as Record<string, { auth?: string }>;
  const helpers: Record<string, string> = {};
  for (const [host, entry] of Object.entries(auths)) if (!entry?.auth) helpers[host] = store;
  return { ...rest, credHelpers: { ...helpers, ...(config.credHelpers as Record<string, string> | undefined) } };
}
