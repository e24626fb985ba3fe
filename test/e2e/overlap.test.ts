/**
 * The fixtures for a delivery whose AWS calls run while it builds (test/fixtures/overlap.ts), tried
 * on this machine's dockerd and the emulator: a held call stays unanswered while a marked RUN step
 * runs, other calls pass it, and the step leaves the process table once its build is stopped.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { DescribeRepositoriesCommand, ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import type { AwsEmulator } from '../fixtures/emulator';
import { holdCall, markedRunContext, runStepMark, runStepProcesses, until } from '../fixtures/overlap';
import { runCommand } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const KEY = { accessKeyId: 'AKIAOVERLAPEXAMPLE01', secretAccessKey: 'overlap-secret-key-example' };
let emulator: AwsEmulator;
const stack = new TestStack();

beforeAll(async () => {
  ({ emulator } = await stack.start());
  emulator.addStaticKey(KEY.accessKeyId, KEY.secretAccessKey);
});
afterAll(() => stack.stop());
beforeEach(() => emulator.reset());

/** Build containers (running or not) whose command carries the step's marker, removed by id. */
async function removeMarkedContainers(mark: string): Promise<void> {
  const ps = await runCommand('docker', ['ps', '-a', '--no-trunc', '--format', '{{.ID}} {{.Command}}']);
  const ids = ps.stdout
    .split('\n')
    .filter((l) => l.includes(runStepMark(mark)))
    .map((l) => l.split(' ')[0]);
  if (ids.length) await runCommand('docker', ['rm', '-f', ...ids]);
}

describe('overlap fixtures', () => {
  it('a held ECR call stays unanswered while a docker build runs its marked RUN step, other calls pass it, and the step is gone once the build CLI is stopped', async () => {
    const mark = randomBytes(6).toString('hex');
    const context = markedRunContext(mark);
    const ecr = new ECRClient({ region: 'us-east-1', endpoint: emulator.url, credentials: KEY });
    const { held, release } = holdCall(emulator, (c) => c.operation === 'DescribeRepositories');
    const build = spawn('docker', ['build', '--rm', '--force-rm', context], { stdio: 'ignore' });
    try {
      const answer = ecr.send(new DescribeRepositoriesCommand({}));
      const call = await held;
      await until('the RUN step in the process table', () => runStepProcesses(mark).length > 0);
      // The order, from the two records: the step ran while the call had no answer yet.
      expect(call.status).toBe(0);
      await ecr.send(new GetAuthorizationTokenCommand({}));
      expect(emulator.calls.map((c) => [c.operation, c.status])).toEqual([
        ['DescribeRepositories', 0],
        ['GetAuthorizationToken', 200],
      ]);
      release();
      expect((await answer).repositories).toEqual([]);
      expect(call.status).toBe(200);

      build.kill('SIGTERM');
      await until('the RUN step to leave the process table', () => runStepProcesses(mark).length === 0, 20_000);
    } finally {
      release();
      build.kill('SIGKILL');
      ecr.destroy();
      await removeMarkedContainers(mark);
      rmSync(context, { recursive: true, force: true });
    }
  });
});
