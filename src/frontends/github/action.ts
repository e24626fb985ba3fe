/** GitHub Action front end: inputs in, step outputs and a summary out; the post step logs out what a login recorded. */
import * as core from './runner-protocol';
import { resolveContext } from '../../core/context';
import { deliver } from '../../core/pipeline';
import { describeFailure } from '../../core/errors';
import { run } from '../../io/exec';
import { dockerChildEnv } from '../../core/child-env';
import { Docker } from '../../core/docker';
import { OUTPUTS, outputText, parseOptions, type Outputs } from '../../core/options';
import { PhaseClock, type Reporter } from '../../core/report';

const STATE_POST = 'isPost';
const STATE_REGISTRIES = 'registries';

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
}

export const isGitHubPost = (env: NodeJS.ProcessEnv): boolean => env[`STATE_${STATE_POST}`] === 'true';

export async function githubMain(): Promise<void> {
  core.saveState(STATE_POST, 'true');
  const reporter = new GitHubReporter();
  try {
    const options = parseOptions((name) => core.getInput(name));
    const context = resolveContext(options);
    const outputs = await deliver({
      options, context, reporter, run, env: process.env,
      platformToken: (audience) => core.getIDToken(audience),
    });
    for (const { name } of OUTPUTS) core.setOutput(name, outputText(outputs, name));
    writeSummary(outputs, reporter.clock);
  } catch (err) {
    const failure = describeFailure(err);
    core.setFailed(failure.hint ? `${failure.message}\nHint: ${failure.hint}` : failure.message);
  }
}

/**
 * Logs out the registries a login saved in the state. A delivery saves none: it logs in to its
 * own private docker config, so one job's post step can never log out another job's push.
 */
export async function githubPost(): Promise<void> {
  const registries = JSON.parse(core.getState(STATE_REGISTRIES) || '[]') as string[];
  const docker = new Docker(run, new GitHubReporter(), undefined, dockerChildEnv(process.env));
  for (const host of registries) await docker.logout(host);
}

function writeSummary(outputs: Outputs, clock: PhaseClock): void {
  const rows = [
    ['image', `\`${outputs.image}\``],
    ['digest', outputs.digest ? `\`${outputs.digest}\`` : '(not pushed)'],
    ['tags', outputs.tags.map((t) => `\`${t}\``).join(' ')],
    ['pushed', String(outputs.pushed)],
    ['timings', clock.describe()],
  ];
  core.appendSummary(['### ecr-deliver', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''].join('\n'));
}
