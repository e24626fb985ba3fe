/**
 * `mode: login`: credentials and `docker login` only, into the user's own docker config, for jobs
 * that run their own docker steps afterwards.
 */
import { dockerChildEnv } from './child-env';
import { Deadline } from './deadline';
import { Docker } from './docker';
import { pullRegistryLogins } from './pull-registries';
import type { RegistryLogin } from './registry/target';
import { type DeliverRequest, fetchToken, openRegistry, resolveCredentials } from './session';

export interface LoginResult {
  /** The target registry host. */
  registry: string;
  /** Every host logged in to: the target first, then the pull registries. */
  registries: string[];
  /** The target's docker credentials (GitHub `docker-credentials-output`). */
  login: RegistryLogin;
}

/** The run's credentials, then docker logged in to the target and every pull registry. */
export function loginOnly(req: DeliverRequest): Promise<LoginResult> {
  const deadline = new Deadline(req.options.timeoutSeconds, req.lifetime);
  return deadline.bound(() => loginWithin(req, deadline));
}

async function loginWithin(req: DeliverRequest, deadline: Deadline): Promise<LoginResult> {
  const docker = new Docker(req.run, req.reporter, deadline, dockerChildEnv(req.env));
  const probe = docker.check();
  const token = fetchToken(req);
  await probe;
  const credentials = await req.reporter.phase('Credentials', () => resolveCredentials(req, token, deadline));
  const ecr = openRegistry(req, credentials, deadline);
  try {
    return await req.reporter.phase('Login', async () => {
      const [login, pulls] = await Promise.all([ecr.login(), pullRegistryLogins(req.options.pullRegistries, req.context.region, credentials, deadline)]);
      const all = [login, ...pulls.filter((p) => p.host !== login.host)];
      for (const each of all) {
        req.onLogin?.(each.host);
        await docker.login(each);
      }
      return { registry: login.host, registries: all.map((l) => l.host), login };
    });
  } finally {
    ecr.close();
  }
}
