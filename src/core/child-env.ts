/**
 * The environment docker children run with: the job's, minus what only mints credentials for
 * this job (GitHub's and CircleCI's OIDC request tokens, the runner's own token) and the step's
 * inputs. A Dockerfile or a docker plugin never needs them, and a docker CLI that logs its
 * environment must not hand them on. Proxy settings, AWS_* (credential helpers) and the rest stay.
 */
const WITHHELD = [/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/, /^ACTIONS_RUNTIME_TOKEN$/, /^CIRCLE_OIDC_TOKEN/, /^INPUT_/];

export function dockerChildEnv(env: NodeJS.ProcessEnv, dockerConfig?: string): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(Object.entries(env).filter(([name]) => !WITHHELD.some((re) => re.test(name))));
  return dockerConfig ? { ...kept, DOCKER_CONFIG: dockerConfig } : kept;
}
