import { userDockerConfigDir } from './docker-config';

/**
 * The environment docker children run with: the job's, minus what only mints credentials for
 * this job (GitHub's and CircleCI's OIDC request tokens, the runner's own token) and the step's
 * inputs. A Dockerfile or a docker plugin never needs them, and a docker CLI that logs its
 * environment must not hand them on. Proxy settings, AWS_* (credential helpers) and the rest stay.
 */
const WITHHELD = [/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/, /^ACTIONS_RUNTIME_TOKEN$/, /^CIRCLE_OIDC_TOKEN/, /^INPUT_/];

export function dockerChildEnv(env: NodeJS.ProcessEnv, dockerConfig?: string): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(Object.entries(env).filter(([name]) => !WITHHELD.some((re) => re.test(name))));
  return dockerConfig ? { ...kept, ...certPath(env), DOCKER_CONFIG: dockerConfig } : kept;
}

/**
 * With TLS on and no DOCKER_CERT_PATH, docker reads its certificates from its config directory:
 * the user's, which a private DOCKER_CONFIG would otherwise replace.
 */
function certPath(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (env.DOCKER_CERT_PATH || !(env.DOCKER_TLS_VERIFY || env.DOCKER_TLS)) return {};
  return { DOCKER_CERT_PATH: userDockerConfigDir(env) };
}
