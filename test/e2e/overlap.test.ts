/**
 * A delivery whose AWS calls run while it builds, on this machine's dockerd and the emulator: the
 * fixtures (test/fixtures/overlap.ts) first, then each refusal found while the build runs. A held
 * call stays unanswered while the marked RUN step runs (so the two ran side by side: an order, no
 * clock); once it is answered with the refusal, the build's child is gone, nothing was pushed or
 * changed, and the lines are the ones a delivery without the overlap prints.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DescribeRepositoriesCommand, ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import type { ApiErrorSpec, AwsEmulator, EmulatorCall } from '../fixtures/emulator';
import { BUNDLE, NODE24, runProcess } from '../fixtures/github-runner';
import { holdCall, markedRunContext, runStepMark, runStepProcesses, until } from '../fixtures/overlap';
import { argvOf, livePids } from '../fixtures/process-table';
import { type Registry, registryManifestDigest, runCommand } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const KEY = { accessKeyId: 'AKIAOVERLAPEXAMPLE01', secretAccessKey: 'overlap-secret-key-example' };
let emulator: AwsEmulator;
let registry: Registry;
let dir: string;
const stack = new TestStack();

beforeAll(async () => {
  ({ emulator, registry } = await stack.start());
  emulator.addStaticKey(KEY.accessKeyId, KEY.secretAccessKey);
  dir = stack.tempDir('overlap-e2e-');
  writeFileSync(
    join(dir, 'lifecycle.json'),
    JSON.stringify({
      rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 5 }, action: { type: 'expire' } }],
    }),
  );
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

const sha = () => randomBytes(20).toString('hex');
const uniqueRepo = (name: string) => `overlap/${name}-${randomBytes(3).toString('hex')}`;
const ops = () => emulator.calls.map((c) => c.operation);
/** The failure lines the CLI prints: `ecr-deliver: …` and its `hint: …`. */
const failureLines = (stderr: string) => stderr.split('\n').filter((l) => /^(ecr-deliver|hint): /.test(l));
const writesTo = (repo: string) => emulator.registryRequests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && r.path.includes(`/${repo}/`));

function cli(args: string[]) {
  return runProcess(NODE24, [BUNDLE, ...args], {
    PATH: process.env.PATH,
    HOME: dir,
    DOCKER_CONFIG: join(dir, 'docker'),
    AWS_ACCESS_KEY_ID: KEY.accessKeyId,
    AWS_SECRET_ACCESS_KEY: KEY.secretAccessKey,
    ...emulator.clientEnv(),
  });
}

/** Live docker CLI processes whose arguments name `context` (the build's context directory): the build's child. */
function dockerBuildsOf(context: string): number[] {
  return livePids((pid) => {
    const argv = argvOf(pid);
    return /(^|\/)docker$/.test(argv[0]) && argv.includes('build') && argv.includes(context);
  });
}

interface Stopped {
  code: number;
  stderr: string;
  /** The held call as the emulator recorded it while the RUN step ran. */
  statusWhileRunning: number;
  /** The RUN step's processes seen while the call was held. */
  runStepsWhileHeld: number;
}

interface HeldBuild {
  /** The RUN step's marker and the build context that carries it. */
  mark: string;
  context: string;
  /** The held call, once the emulator has it; release() lets it be answered. */
  held: Promise<EmulatorCall>;
  release: () => void;
}

/**
 * A marked build context (its RUN step sleeping `sleepSeconds`) and the first call `match` accepts
 * held (answered with `refusal` once released), for `body`; afterwards the call is released, the
 * step's containers and the context removed.
 */
async function withHeldCall<T>(
  match: (c: EmulatorCall) => boolean,
  opts: { sleepSeconds?: number; refusal?: ApiErrorSpec },
  body: (b: HeldBuild) => Promise<T>,
): Promise<T> {
  const mark = randomBytes(6).toString('hex');
  const context = markedRunContext(mark, opts.sleepSeconds);
  const hold = holdCall(emulator, match, 60_000, opts.refusal);
  try {
    return await body({ mark, context, ...hold });
  } finally {
    hold.release();
    await removeMarkedContainers(mark);
    rmSync(context, { recursive: true, force: true });
  }
}

/**
 * One delivery whose build must wait for the `match`ed call: held, the other calls pass it (the
 * repository is created meanwhile) while no build child or RUN step appears; once it is answered,
 * the RUN step runs. Returns the run's result.
 */
function buildWaitsFor(match: (c: EmulatorCall) => boolean, args: string[]) {
  return withHeldCall(match, { sleepSeconds: 1 }, async ({ mark, context, held, release }) => {
    const run = cli([...args, '--context', context, '--commit-sha', sha()]);
    const call = await held;
    await until('CreateRepository answered', () => emulator.calls.some((c) => c.operation === 'CreateRepository' && c.status === 200));
    expect(call.status).toBe(0);
    expect(dockerBuildsOf(context)).toEqual([]);
    expect(runStepProcesses(mark)).toEqual([]);
    release();
    await until('the RUN step in the process table', () => runStepProcesses(mark).length > 0);
    return run;
  });
}

/**
 * One delivery of a marked build whose `match`ed call is held until the build's RUN step runs, then
 * answered (with `refusal`, or as the emulator would). Returns once the run has ended and its RUN
 * step and docker build child are gone. No layer cache unless `cache`: the build then needs nothing from AWS.
 */
function deliverHolding(args: string[], match: (c: EmulatorCall) => boolean, refusal?: ApiErrorSpec, cache = false): Promise<Stopped> {
  return withHeldCall(match, { refusal }, async ({ mark, context, held, release }) => {
    const run = cli([...args, '--context', context, '--cache', String(cache)]);
    const call = await held;
    await until('the RUN step in the process table', () => runStepProcesses(mark).length > 0);
    const statusWhileRunning = call.status;
    const runStepsWhileHeld = runStepProcesses(mark).length;
    release();
    const r = await run;
    await until('the RUN step to leave the process table', () => runStepProcesses(mark).length === 0, 20_000);
    expect(dockerBuildsOf(context)).toEqual([]);
    return { code: r.code, stderr: r.stderr, statusWhileRunning, runStepsWhileHeld };
  });
}

/** Nothing pushed to `repo` in the registry, no tag or policy call in ECR. */
function expectNothingChanged(repo: string, commit: string): Promise<void> {
  expect(writesTo(repo)).toEqual([]);
  for (const op of ['PutImage', 'PutLifecyclePolicy', 'SetRepositoryPolicy']) expect(ops()).not.toContain(op);
  return registryManifestDigest(registry, repo, commit).then((digest) => expect(digest).toBeUndefined());
}

describe('a refusal found while the build runs stops the build; nothing pushed or changed; the same lines', () => {
  it('an immutable tag at another image (found by the tag look-up held while the RUN step ran)', async () => {
    const repo = uniqueRepo('immutable');
    const first = await cli([
      '--repository',
      repo,
      '--context',
      stack.freshContext(),
      '--commit-sha',
      sha(),
      '--image-tag-mutability',
      'IMMUTABLE',
      '--tags',
      'stable',
      '--json',
    ]);
    expect(first.code).toBe(0);
    const stable = JSON.parse(first.stdout).digest;
    emulator.reset();
    const commit = sha();
    const r = await deliverHolding(
      ['--repository', repo, '--commit-sha', commit, '--tags', 'stable', '--lifecycle-policy', join(dir, 'lifecycle.json')],
      (c) => c.operation === 'BatchGetImage',
    );
    expect(r.statusWhileRunning).toBe(0);
    expect(r.runStepsWhileHeld).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    expect(failureLines(r.stderr)).toEqual([
      `ecr-deliver: tag stable already exists in the immutable repository ${repo} at ${stable}, which is not the image being delivered`,
      'hint: immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE',
    ]);
    expect(await registryManifestDigest(registry, repo, 'stable')).toBe(stable);
    await expectNothingChanged(repo, commit);
  });

  it('AccessDenied on DescribeRepositories (held while the RUN step ran, then refused)', async () => {
    const repo = uniqueRepo('denied');
    const commit = sha();
    const message = `User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecr:DescribeRepositories on resource: arn:aws:ecr:${emulator.region}:123456789012:repository/${repo} because no identity-based policy allows the ecr:DescribeRepositories action`;
    const r = await deliverHolding(
      ['--repository', repo, '--commit-sha', commit, '--lifecycle-policy', join(dir, 'lifecycle.json')],
      (c) => c.operation === 'DescribeRepositories',
      { status: 400, code: 'AccessDeniedException', message },
    );
    expect(r.statusWhileRunning).toBe(0);
    expect(r.runStepsWhileHeld).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    expect(failureLines(r.stderr)).toEqual([
      `ecr-deliver: ECR DescribeRepositories failed: AccessDeniedException: ${message}`,
      'hint: the credentials need ecr:DescribeRepositories on this repository (`ecr-deliver iam-policy` prints the policy)',
    ]);
    expect(ops()).not.toContain('CreateRepository');
    await expectNothingChanged(repo, commit);
  });

  it('a repository that does not exist with create-repository false (DescribeRepositories held while the RUN step ran)', async () => {
    const repo = uniqueRepo('missing');
    const commit = sha();
    const r = await deliverHolding(
      ['--repository', repo, '--commit-sha', commit, '--create-repository', 'false'],
      (c) => c.operation === 'DescribeRepositories',
    );
    expect(r.statusWhileRunning).toBe(0);
    expect(r.runStepsWhileHeld).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    expect(failureLines(r.stderr)).toEqual([`ecr-deliver: repository ${repo} does not exist`, 'hint: create it, or set create-repository: true']);
    expect(ops()).not.toContain('CreateRepository');
    expect(emulator.repositories.has(repo)).toBe(false);
    await expectNothingChanged(repo, commit);
  });

  it.each([
    ['off', false],
    ['on (the default: the build started once the cache look-up answered)', true],
  ])(
    'CreateRepository refused (held while the RUN step ran, then AccessDenied), layer cache %s: no repository, nothing pushed, the same lines',
    async (_, cache) => {
      const repo = uniqueRepo('refused');
      const commit = sha();
      const message = `User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecr:CreateRepository on resource: arn:aws:ecr:${emulator.region}:123456789012:repository/${repo} because no identity-based policy allows the ecr:CreateRepository action`;
      const r = await deliverHolding(
        ['--repository', repo, '--commit-sha', commit, '--lifecycle-policy', join(dir, 'lifecycle.json')],
        (c) => c.operation === 'CreateRepository',
        { status: 400, code: 'AccessDeniedException', message },
        cache,
      );
      expect(r.statusWhileRunning).toBe(0);
      expect(r.runStepsWhileHeld).toBeGreaterThan(0);
      expect(ops().includes('DescribeImages')).toBe(cache);
      expect(r.code).toBe(1);
      expect(failureLines(r.stderr)).toEqual([
        `ecr-deliver: ECR CreateRepository failed: AccessDeniedException: ${message}`,
        'hint: the credentials need ecr:CreateRepository on this repository (`ecr-deliver iam-policy` prints the policy)',
      ]);
      expect(emulator.repositories.has(repo)).toBe(false);
      await expectNothingChanged(repo, commit);
    },
  );
});

describe('a build that fails while the repository step is still held', () => {
  it("the run waits for the step, then fails with docker's line (no crash on the early failure); nothing pushed", async () => {
    const repo = uniqueRepo('fails-early');
    const commit = sha();
    await withHeldCall(
      (c) => c.operation === 'CreateRepository',
      { sleepSeconds: 1 },
      async ({ mark, context, held, release }) => {
        // The marked step runs a second, then fails.
        writeFileSync(join(context, 'Dockerfile'), readFileSync(join(context, 'Dockerfile'), 'utf8').replace('exit 0', 'exit 3'));
        const run = cli(['--repository', repo, '--context', context, '--commit-sha', commit, '--cache', 'false']);
        const call = await held;
        await until('the failing RUN step in the process table', () => runStepProcesses(mark).length > 0);
        await until('the docker build child to have exited', () => dockerBuildsOf(context).length === 0);
        expect(call.status).toBe(0);
        release();
        const r = await run;
        expect(call.status).toBe(200);
        expect(r.code).toBe(1);
        expect(failureLines(r.stderr)).toEqual([
          `ecr-deliver: docker build failed (exit 3): The command '/bin/busybox sh -c echo ${runStepMark(mark)}; /bin/busybox sleep 1; exit 3' returned a non-zero code: 3`,
        ]);
        expect(r.stderr).not.toMatch(/unhandled|UnhandledPromiseRejection|at .*run\.js/i);
        await expectNothingChanged(repo, commit);
      },
    );
  });
});

describe('the layer cache: the build waits for its look-up', () => {
  it('cache: true (the default): no build child while DescribeImages is held; once answered, the build runs and the run delivers', async () => {
    const repo = uniqueRepo('cache-wait');
    const r = await buildWaitsFor((c) => c.operation === 'DescribeImages', ['--repository', repo]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('No layer cache yet: the repository has no image to reuse layers from');
  });

  it('cache: true with an image to reuse: once DescribeImages has answered, the build runs with --cache-from while CreateRepository is still held (it does not wait for the repository step)', async () => {
    const repo = uniqueRepo('cache-before-repo');
    // An image to reuse, in a repository whose name the held run asks CreateRepository for (it already exists: ECR answers RepositoryAlreadyExistsException).
    const first = await cli(['--repository', repo, '--context', stack.freshContext(), '--commit-sha', sha(), '--cache', 'false', '--json']);
    expect(first.code).toBe(0);
    const cached = JSON.parse(first.stdout).digest;
    emulator.reset();
    const repositoryCall = (c: EmulatorCall) => c.operation === 'CreateRepository' || c.operation === 'DescribeRepositories';
    await withHeldCall(repositoryCall, { sleepSeconds: 1 }, async ({ mark, context, held, release }) => {
      const run = cli(['--repository', repo, '--context', context, '--commit-sha', sha()]);
      const call = await held;
      await until('the RUN step in the process table', () => runStepProcesses(mark).length > 0);
      // No repository call answered yet (a retry of the held one would be): the build did not wait for the step.
      expect(emulator.calls.filter(repositoryCall).map((c) => c.status)).toEqual([0]);
      expect(call.status).toBe(0);
      expect(emulator.calls.some((c) => c.operation === 'DescribeImages' && c.status === 200)).toBe(true);
      const [build] = dockerBuildsOf(context);
      expect(argvOf(build)).toEqual(expect.arrayContaining(['--cache-from', `${emulator.registryFrontHost}/${repo}@${cached}`]));
      release();
      const r = await run;
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`Layer cache: ${emulator.registryFrontHost}/${repo}@${cached}`);
    });
  });
});

describe('skip-existing: the look-up comes first', () => {
  it('a hit builds nothing: no docker build, the marked RUN step never ran, pushed false at the existing digest', async () => {
    const repo = uniqueRepo('skip');
    const commit = sha();
    const first = await cli(['--repository', repo, '--context', stack.freshContext(), '--commit-sha', commit, '--json']);
    expect(first.code).toBe(0);
    emulator.reset();
    const mark = randomBytes(6).toString('hex');
    const context = markedRunContext(mark);
    try {
      const again = await cli(['--repository', repo, '--context', context, '--commit-sha', commit, '--skip-existing', 'true', '--json']);
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ pushed: 'false', digest: JSON.parse(first.stdout).digest });
      expect(again.stderr).not.toContain('[command]docker build');
      expect(runStepProcesses(mark)).toEqual([]);
      expect(writesTo(repo)).toEqual([]);
    } finally {
      await removeMarkedContainers(mark);
      rmSync(context, { recursive: true, force: true });
    }
  });

  it('a miss starts the build only once the tag look-up is answered: no build child while it is held', async () => {
    const repo = uniqueRepo('skip-miss');
    const r = await buildWaitsFor((c) => c.operation === 'BatchGetImage', ['--repository', repo, '--skip-existing', 'true']);
    expect(r.code).toBe(0);
  });
});
