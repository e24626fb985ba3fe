/** GitHub Action front end: inputs in, step outputs and a summary out; the post step logs out what a login recorded. */

import { dockerChildEnv } from '../../core/child-env';
import { resolveContext } from '../../core/context';
import { Docker } from '../../core/docker';
import { describeFailure } from '../../core/errors';
import { loginOnly } from '../../core/login';
import { OUTPUTS, outputText } from '../../core/options/outputs';
import { parseActionMode, parseOptions } from '../../core/options/parse';
import { deliver } from '../../core/pipeline';
import { PhaseClock, type Reporter } from '../../core/report';
import { scanVerdict } from '../../core/scan';
import type { DeliverRequest } from '../../core/session';
import { run } from '../../io/exec';
import { processLifetime } from '../../io/lifetime';
import * as core from './runner-protocol';
import { githubSummary } from './summary';

type RunnerParts = Omit<DeliverRequest, 'options' | 'context' | 'reporter'> & { reporter: GitHubReporter };

const STATE_POST = 'isPost';
const STATE_REGISTRIES = 'registries';
const STATE_SKIP_LOGOUT = 'skipLogout';

class GitHubReporter implements Reporter {
  readonly clock = new PhaseClock();
  /** Docker's output cannot issue workflow commands (a Dockerfile may print `::add-mask::` and the like). */
  readonly output = core.childOutput;
  info = (message: string) => core.info(message);
  warning = (message: string) => core.warning(message);
  secret = (value: string) => core.setSecret(value);
  phase<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return core.group(title, () => this.clock.time(title, fn));
  }
  track<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return this.clock.time(title, fn);
  }
}

export const isGitHubPost = (env: NodeJS.ProcessEnv): boolean => env[`STATE_${STATE_POST}`] === 'true';

export async function githubMain(): Promise<void> {
  core.saveState(STATE_POST, 'true');
  const reporter = new GitHubReporter();
  // Only `mode: login` records registries: a delivery logs in to its own private docker config.
  const registries = new Set<string>();
  const onLogin = (host: string) => {
    registries.add(host);
    core.saveState(STATE_REGISTRIES, JSON.stringify([...registries]));
  };
  const lifetime = processLifetime();
  // What every run of this front end hands the core besides its options.
  const runner: RunnerParts = { reporter, run, env: process.env, platformToken: (audience) => core.getIDToken(audience), lifetime };
  try {
    const action = parseActionMode((name) => core.getInput(name));
    if (action.mode === 'login') return await githubLogin(runner, onLogin, action);
    const options = parseOptions((name) => core.getInput(name));
    const context = resolveContext(options);
    const { outputs, scan } = await deliver({ options, context, ...runner });
    for (const { name } of OUTPUTS) core.setOutput(name, outputText(outputs, name));
    core.appendSummary(githubSummary(outputs, reporter.clock, scan));
    // The gate decides only now, with every output set and the summary written.
    const verdict = scanVerdict(scan, outputs['image-ref']);
    if (verdict.warning) core.warning(verdict.warning);
    if (verdict.failure) throw verdict.failure;
  } catch (err) {
    const failure = describeFailure(err);
    core.setFailed(failure.hint ? `${failure.message}\nHint: ${failure.hint}` : failure.message);
  } finally {
    lifetime.end();
  }
}

/**
 * `mode: login`: credentials, then docker logged in to the target and every pull
 * registry in the job's own docker config (by design: later steps push and pull with it).
 */
async function githubLogin(
  runner: RunnerParts,
  onLogin: (host: string) => void,
  action: { skipLogout: boolean; dockerCredentialsOutput: boolean },
): Promise<void> {
  // Saved first: a login that fails halfway must still be kept when the user asked for that.
  if (action.skipLogout) core.saveState(STATE_SKIP_LOGOUT, 'true');
  const options = parseOptions((name) => core.getInput(name), 'login');
  const context = resolveContext(options, process.env, 'login');
  const result = await loginOnly({ options, context, ...runner, onLogin });
  core.setOutput('registry', result.registry);
  core.setOutput('registries', result.registries.join(','));
  if (action.dockerCredentialsOutput) {
    // The password is registered as a secret (docker.login did); "AWS" is not one, and masking it
    // would blank every "AWS" in the log.
    core.setSecret(result.login.password);
    core.setOutput('docker-username', result.login.username);
    core.setOutput('docker-password', result.login.password);
  }
  core.info(`Logged in to ${result.registries.join(', ')}${action.skipLogout ? ' (kept after the job: skip-logout)' : '; the post step logs out'}`);
  core.appendSummary(
    ['### ecr-deliver login', '', ...result.registries.map((r) => `- \`${r}\``), '', `timings: ${runner.reporter.clock.describe()}`, ''].join('\n'),
  );
}

/**
 * Logs out the registries `mode: login` saved in the state. A delivery saves none: it logs in to
 * its own private docker config, so one job's post step can never log out another job's push.
 */
export async function githubPost(): Promise<void> {
  const registries = JSON.parse(core.getState(STATE_REGISTRIES) || '[]') as string[];
  if (core.getState(STATE_SKIP_LOGOUT) === 'true') {
    core.info(`skip-logout: docker stays logged in to ${registries.join(', ') || 'nothing'}`);
    return;
  }
  const docker = new Docker(run, new GitHubReporter(), undefined, dockerChildEnv(process.env));
  for (const host of registries) await docker.logout(host);
}
