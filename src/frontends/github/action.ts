/** GitHub Action front end: inputs in, step outputs and a summary out; the post step logs out. */
import * as core from './runner-protocol';
import { resolveContext } from '../../core/context';
import { deliver } from '../../core/pipeline';
import { describeFailure } from '../../core/errors';
import { run } from '../../io/exec';
import { Docker } from '../../core/docker';
import { OUTPUTS, outputText, parseOptions } from '../../core/options';
import { PhaseClock, type Reporter } from '../../core/report';
import { scanVerdict } from '../../core/scan';
import { githubSummary } from './summary';

const STATE_POST = 'isPost';
const STATE_REGISTRIES = 'registries';

class GitHubReporter implements Reporter {
  readonly clock = new PhaseClock();
  readonly output = process.stdout;
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
  const registries = new Set<string>();
  try {
    const options = parseOptions((name) => core.getInput(name));
    const context = resolveContext(options);
    const { outputs, scan } = await deliver({
      options, context, reporter, run, env: process.env,
      platformToken: (audience) => core.getIDToken(audience),
      onLogin: (host) => {
        registries.add(host);
        core.saveState(STATE_REGISTRIES, JSON.stringify([...registries]));
      },
    });
    for (const { name } of OUTPUTS) core.setOutput(name, outputText(outputs, name));
    core.appendSummary(githubSummary(outputs, reporter.clock, scan));
    // The gate decides only now, with every output set and the summary written.
    const verdict = scanVerdict(scan, outputs['image-ref']);
    if (verdict.warning) core.warning(verdict.warning);
    if (verdict.failure) throw verdict.failure;
  } catch (err) {
    const failure = describeFailure(err);
    core.setFailed(failure.hint ? `${failure.message}\nHint: ${failure.hint}` : failure.message);
  }
}

export async function githubPost(): Promise<void> {
  const registries = JSON.parse(core.getState(STATE_REGISTRIES) || '[]') as string[];
  const docker = new Docker(run, new GitHubReporter());
  for (const host of registries) await docker.logout(host);
}
