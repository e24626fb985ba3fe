/**
 * Hardening: every fault is injected for real, against the built bundle under Node 24:
 * AWS API faults and hangs in the emulator, registry faults in its front proxy, a missing docker,
 * a dead daemon, hostile values. Each test names the row of the issue it proves.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { join } from 'node:path';
import { attemptTimeouts } from '../../src/core/aws';
import type { AwsEmulator, EmulatorCall } from '../fixtures/emulator';
import { BUNDLE, GitHubRunner, NODE24, oidcJobEnv, runProcess } from '../fixtures/github-runner';
import { type Registry, registryManifestDigest, registryTags } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const ROLE = 'arn:aws:iam::123456789012:role/deliver';
const SUB = 'repo:octo-org/octo-repo:ref:refs/heads/main';
const KEY = { id: 'AKIAHARDENINGEXAMPLE', secret: 'hardening-secret-key-example' };
const sha = () => randomBytes(20).toString('hex');
const uniqueRepo = (name: string) => `hard/${name}-${randomBytes(3).toString('hex')}`;

let registry: Registry;
let emulator: AwsEmulator;
let work: string;
const stack = new TestStack();

beforeAll(async () => {
  ({ registry, emulator } = await stack.start());
  emulator.addRole(ROLE, { aud: 'sts.amazonaws.com', sub: SUB });
  emulator.addStaticKey(KEY.id, KEY.secret);
  work = stack.tempDir('hardening-');
});

afterAll(() => stack.stop());

beforeEach(() => emulator.reset());

const freshContext = (): string => stack.freshContext();

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** The `--json` outputs of a successful run. */
  outputs: Record<string, string>;
}

/** The CLI as another CI would run it: a clean environment, endpoints pointed at the emulator. */
async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const home = mkdtempSync(join(work, 'home-'));
  const result = await runProcess(NODE24, [BUNDLE, '--json', ...args], {
    PATH: process.env.PATH,
    HOME: home,
    DOCKER_CONFIG: join(home, '.docker'),
    ...emulator.clientEnv(),
    ...env,
  });
  let outputs: Record<string, string> = {};
  try {
    outputs = JSON.parse(result.stdout) as Record<string, string>;
  } catch {
    // a failed run prints no JSON
  }
  return { ...result, outputs };
}

const ambient = { AWS_ACCESS_KEY_ID: KEY.id, AWS_SECRET_ACCESS_KEY: KEY.secret };

/** OIDC the way a CI without its own front end does it: a token file. */
function tokenFile(claims: Record<string, unknown> = {}, opts: Parameters<AwsEmulator['issueToken']>[1] = {}): string {
  const file = join(work, `token-${randomBytes(4).toString('hex')}`);
  writeFileSync(file, emulator.issueToken({ sub: SUB, aud: 'sts.amazonaws.com', ...claims }, opts));
  return file;
}

/** The flags that assume ROLE with an OIDC token file (a fresh token unless `file` is given). */
const asRole = (file = tokenFile()) => ['--role-to-assume', ROLE, '--web-identity-token-file', file];

const deliverArgs = (repo: string, commit: string, context: string, extra: string[] = []) => [
  '--repository',
  repo,
  '--commit-sha',
  commit,
  '--context',
  context,
  ...extra,
];

const calls = (operation: string): EmulatorCall[] => emulator.calls.filter((c) => c.operation === operation);
const awsCalls = () => emulator.calls.filter((c) => c.service !== 'oidc');
const writes = () => emulator.registryRequests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
/** The failure lines the CLI prints: `ecr-deliver: …` and its `hint: …`. */
const failureLines = (r: CliResult) => r.stderr.split('\n').filter((l) => /^(ecr-deliver|hint): /.test(l));
const blobUpload = (method: string, path: string) => ['POST', 'PATCH', 'PUT'].includes(method) && path.includes('/blobs/uploads/');

describe('AWS throttling is retried by the SDK (adaptive), and gives up clearly', () => {
  it('ThrottlingException on the first STS call and the first 2 ECR DescribeRepositories calls: delivered', async () => {
    emulator.faults.push(
      { service: 'sts', operation: 'AssumeRoleWithWebIdentity', times: 1, error: { status: 400, code: 'Throttling', message: 'Rate exceeded' } },
      { service: 'ecr', operation: 'DescribeRepositories', times: 2, error: { status: 400, code: 'ThrottlingException', message: 'Rate exceeded' } },
    );
    const repo = uniqueRepo('throttled');
    const commit = sha();
    const run = await cli(deliverArgs(repo, commit, freshContext(), asRole()));
    expect(failureLines(run)).toEqual([]);
    expect(run.code).toBe(0);
    // The SDK's retry strategy made the second attempt.
    expect(calls('AssumeRoleWithWebIdentity').map((c) => [c.errorCode ?? c.status, c.userAgent?.split('/')[0]])).toEqual([
      ['Throttling', 'aws-sdk-js'],
      [200, 'aws-sdk-js'],
    ]);
    // The SDK retried until ECR answered for real (the repository did not exist yet).
    expect(
      calls('DescribeRepositories')
        .slice(0, 3)
        .map((c) => c.errorCode),
    ).toEqual(['ThrottlingException', 'ThrottlingException', 'RepositoryNotFoundException']);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(run.outputs.digest);
  });

  it('throttled past the retry limit (STS and ECR, two runs at once): exit 1 after 5 attempts, with the operation and the fix', async () => {
    emulator.faults.push(
      { service: 'sts', operation: 'AssumeRoleWithWebIdentity', times: 99, error: { status: 400, code: 'Throttling', message: 'Rate exceeded' } },
      { service: 'ecr', operation: 'DescribeRepositories', times: 99, error: { status: 400, code: 'ThrottlingException', message: 'Rate exceeded' } },
    );
    const [sts, ecr] = await Promise.all([
      cli(deliverArgs(uniqueRepo('sts-throttled'), sha(), freshContext(), asRole())),
      cli(deliverArgs(uniqueRepo('ecr-throttled'), sha(), freshContext()), ambient),
    ]);
    expect(sts.code).toBe(1);
    expect(failureLines(sts)).toEqual([
      expect.stringMatching(
        new RegExp(`^ecr-deliver: STS AssumeRoleWithWebIdentity for ${ROLE} failed after 5 attempt\\(s\\) \\(Throttling: Rate exceeded\\); token iss=`),
      ),
      expect.stringMatching(/^hint: AWS kept throttling STS .*Service Quotas/),
    ]);
    expect(ecr.code).toBe(1);
    expect(failureLines(ecr)).toEqual([
      'ecr-deliver: ECR DescribeRepositories failed after 5 attempt(s): ThrottlingException: Rate exceeded',
      expect.stringMatching(/^hint: AWS kept throttling ECR .*Service Quotas/),
    ]);
    expect(calls('AssumeRoleWithWebIdentity')).toHaveLength(5);
    expect(calls('DescribeRepositories')).toHaveLength(5);
    expect(calls('CreateRepository')).toEqual([]);
    expect(`${sts.stderr}${ecr.stderr}`).not.toMatch(/\n\s+at /);
  });
});

describe('registry faults during the push', () => {
  it.each([
    ['503 Service Unavailable', { status: 503, body: '' }],
    ['a connection reset', 'reset' as const],
  ])('%s on the first 2 blob uploads: the push is retried and the image delivered', async (_name, respond) => {
    emulator.registryFaults.push({ match: blobUpload, times: 2, respond });
    const repo = uniqueRepo('flaky-upload');
    const commit = sha();
    const run = await cli(deliverArgs(repo, commit, freshContext(), ['--tags', 'latest']), ambient);
    expect(failureLines(run)).toEqual([]);
    expect(run.code).toBe(0);
    const faulted = emulator.registryRequests.filter((r) => blobUpload(r.method, r.path) && r.status === (respond === 'reset' ? 0 : 503));
    expect(faulted).toHaveLength(2);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(run.outputs.digest);
    expect(await registryManifestDigest(registry, repo, 'latest')).toBe(run.outputs.digest);
  });

  it('every blob upload refused (429 TOOMANYREQUESTS, which docker does not retry itself): 3 attempts, exit 1, no tag in the registry', async () => {
    const body = JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'Rate exceeded' }] });
    emulator.registryFaults.push({ match: blobUpload, times: 1000, respond: { status: 429, body } });
    const repo = uniqueRepo('always-429');
    const commit = sha();
    const run = await cli(deliverArgs(repo, commit, freshContext(), ['--tags', 'latest']), ambient);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/warning: docker push failed .*retrying \(1\/2\)/);
    expect(failureLines(run)).toEqual([
      expect.stringMatching(new RegExp(`^ecr-deliver: docker push .*/${repo}:${commit} failed after 3 attempt\\(s\\): .*toomanyrequests`)),
    ]);
    expect(emulator.registryRequests.filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'))).toEqual([]);
    expect(await registryTags(registry, repo)).toEqual([]);
    expect(calls('PutImage')).toEqual([]);
  });
});

describe('two deliveries to the same new repository at once', () => {
  it('both succeed (one loses the CreateRepository race and takes RepositoryAlreadyExistsException as success), both SHA tags present', async () => {
    // Hold the first CreateRepository until the second arrives: both runs saw the repository missing.
    let release!: () => void;
    const bothCreating = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fallback = setTimeout(() => release(), 20_000); // a run that never gets here fails the test, not hangs it
    emulator.beforeAnswer = async (call) => {
      if (call.operation !== 'CreateRepository') return;
      if (calls('CreateRepository').length >= 2) release();
      await bothCreating;
    };
    const repo = uniqueRepo('race');
    const [a, b] = [sha(), sha()];
    const [one, two] = await Promise.all([cli(deliverArgs(repo, a, freshContext()), ambient), cli(deliverArgs(repo, b, freshContext(), asRole()))]);
    expect([one.code, two.code, ...failureLines(one), ...failureLines(two)]).toEqual([0, 0]);
    clearTimeout(fallback);
    expect(
      calls('CreateRepository')
        .map((c) => c.errorCode ?? c.status)
        .sort(),
    ).toEqual([200, 'RepositoryAlreadyExistsException']);
    expect(await registryManifestDigest(registry, repo, a)).toBe(one.outputs.digest);
    expect(await registryManifestDigest(registry, repo, b)).toBe(two.outputs.digest);
  });
});

describe('STS refusals name the role, the token claims and the fix (AccessDenied: github.e2e.test.ts)', () => {
  it.each([
    [
      'InvalidIdentityToken (no OIDC provider for the issuer)',
      { issuer: 'https://token.ci.example.invalid' },
      'https://token.ci.example.invalid',
      /^hint: the account needs an IAM OIDC identity provider for this issuer/,
    ],
    ['ExpiredTokenException (token expired)', { expiresIn: -60 }, undefined, /^hint: the OIDC token expired before it was used/],
  ])('%s: exit 1, no ECR call, never the token', async (name, opts, issuer, hint) => {
    const file = tokenFile({ sub: 'repo:octo-org/octo-repo:environment:prod' }, opts);
    const run = await cli(deliverArgs(uniqueRepo('sts-refused'), sha(), freshContext(), asRole(file)));
    expect(run.code).toBe(1);
    const [error, fix] = failureLines(run);
    expect(error).toContain(`STS refused AssumeRoleWithWebIdentity for ${ROLE} (${name.split(' ')[0]}`);
    expect(error).toContain(`iss=${issuer ?? emulator.githubIssuer}`);
    expect(error).toContain('sub=repo:octo-org/octo-repo:environment:prod');
    expect(error).toContain('aud=sts.amazonaws.com');
    expect(fix).toMatch(hint);
    expect(emulator.calls.filter((c) => c.service === 'ecr')).toEqual([]);
    expect(run.stdout + run.stderr).not.toContain(readFileSync(file, 'utf8'));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('registry credentials refused mid-push', () => {
  // What ECR answers when its 12-hour login token ran out during a long push.
  const expired = {
    status: 403,
    body: JSON.stringify({ errors: [{ code: 'DENIED', message: 'Your authorization token has expired. Reauthenticate and try again.' }] }),
  };

  it('the ECR token expires mid-push: one fresh login, then delivered', async () => {
    emulator.registryFaults.push({ match: blobUpload, times: 1, respond: expired });
    const repo = uniqueRepo('relogin');
    const commit = sha();
    const run = await cli(deliverArgs(repo, commit, freshContext()), ambient);
    expect(failureLines(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: the registry refused the credentials \(denied: Your authorization token has expired\. .*\); logging in again/);
    expect(calls('GetAuthorizationToken')).toHaveLength(2);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(run.outputs.digest);
  });

  it('a 401 on a blob upload: survived (docker retries the layer), delivered', async () => {
    const unauthorized = { status: 401, body: JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }) };
    emulator.registryFaults.push({ match: blobUpload, times: 1, respond: unauthorized });
    const repo = uniqueRepo('blob-401');
    const commit = sha();
    const run = await cli(deliverArgs(repo, commit, freshContext()), ambient);
    expect(failureLines(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(emulator.registryRequests.filter((r) => r.status === 401 && blobUpload(r.method, r.path))).toHaveLength(1);
    expect(calls('GetAuthorizationToken').length).toBeLessThanOrEqual(2);
    expect(await registryManifestDigest(registry, repo, commit)).toBe(run.outputs.digest);
  });

  it('refused again after the fresh login: exit 1 with a clear error, no tag', async () => {
    // Persistent 401s would cost docker's own 5 layer retries (50 s) per push; a persistent
    // refusal is the same path for us, and docker gives up on DENIED at once.
    emulator.registryFaults.push({ match: blobUpload, times: 1000, respond: expired });
    const repo = uniqueRepo('always-denied');
    const commit = sha();
    const run = await cli(deliverArgs(repo, commit, freshContext()), ambient);
    expect(run.code).toBe(1);
    expect(failureLines(run)).toEqual([
      `ecr-deliver: docker push ${emulator.registryFrontHost}/${repo}:${commit} was refused after a fresh login: denied: Your authorization token has expired. Reauthenticate and try again.`,
      expect.stringMatching(/^hint: the credentials need ecr:InitiateLayerUpload/),
    ]);
    expect(calls('GetAuthorizationToken')).toHaveLength(2);
    expect(await registryTags(registry, repo)).toEqual([]);
  });
});

describe('immutable tags (GitHub path: github.e2e.test.ts)', () => {
  it('CLI: an extra tag already at another digest fails with exit 1 and changes nothing', async () => {
    const repo = uniqueRepo('immutable');
    const first = await cli(deliverArgs(repo, sha(), freshContext(), ['--image-tag-mutability', 'IMMUTABLE', '--tags', 'stable']), ambient);
    expect(first.code).toBe(0);
    emulator.reset();
    const commit = sha();
    const clash = await cli(deliverArgs(repo, commit, freshContext(), ['--tags', 'stable']), ambient);
    expect(clash.code).toBe(1);
    expect(failureLines(clash)[0]).toMatch(new RegExp(`^ecr-deliver: tag stable already exists in the immutable repository ${repo} at sha256:`));
    expect(await registryManifestDigest(registry, repo, 'stable')).toBe(first.outputs.digest);
    expect(await registryManifestDigest(registry, repo, commit)).toBeUndefined();
    expect(writes()).toEqual([]);
    expect(calls('PutImage')).toEqual([]);
  });
});

/** A TCP listener that never completes a handshake: its process is stopped with a full accept queue. */
async function blackHole(): Promise<{ url: string; close: () => void }> {
  const script =
    "const s=require('net').createServer().listen({port:0,host:'127.0.0.1',backlog:0},()=>{process.stdout.write(s.address().port+'\\n');process.kill(process.pid,'SIGSTOP')})";
  const child: ChildProcess = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  const port = await new Promise<number>((resolve) => child.stdout!.once('data', (d) => resolve(Number(String(d).trim()))));
  const fillers: net.Socket[] = [];
  // Fill the queue until a handshake no longer completes; then every new connect hangs.
  for (let i = 0; i < 8; i++) {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    fillers.push(socket);
    const connected = await new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true));
      setTimeout(() => resolve(false), 300);
    });
    if (!connected) break;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      for (const s of fillers) s.destroy();
      child.kill('SIGKILL');
    },
  };
}

/*
 * No wall clock here: the deadline's own failure line (which only its timer writes) shows that
 * timeout-seconds ended the run, the attempts seen by the endpoint that the per-attempt timeout
 * came first, and the process ending by itself (exit 1) that nothing kept it alive afterwards.
 */
describe('a hung endpoint is bounded by timeouts (timeout-seconds, per-attempt and connect timeouts)', () => {
  const TIMEOUT = 3;

  it('each SDK attempt is bounded (connect ≤ 5 s, answer ≤ 30 s), scaled down to fit a short deadline', () => {
    expect(attemptTimeouts()).toEqual({ connectionTimeout: 5_000, requestTimeout: 30_000 });
    expect(attemptTimeouts(3_600_000)).toEqual({ connectionTimeout: 5_000, requestTimeout: 30_000 });
    expect(attemptTimeouts(3_000)).toEqual({ connectionTimeout: 1_000, requestTimeout: 1_000 });
  });

  it.each([
    ['STS', 'sts' as const, 'AssumeRoleWithWebIdentity'],
    ['ECR', 'ecr' as const, 'DescribeRepositories'],
  ])(
    '%s never answers: each attempt timed out and was retried until timeout-seconds ended the run: exit 1, naming what it waited for',
    async (label, service, operation) => {
      emulator.faults.push({ service, operation, times: 1000, error: 'hang' });
      const run = await cli(deliverArgs(uniqueRepo('hung'), sha(), freshContext(), ['--timeout-seconds', String(TIMEOUT), ...asRole()]));
      expect(run.code).toBe(1);
      expect(failureLines(run)).toEqual([
        `ecr-deliver: gave up after ${TIMEOUT} s (timeout-seconds), still waiting for ${label} ${operation}`,
        expect.stringMatching(/^hint: check that the runner can reach AWS/),
      ]);
      expect(calls(operation).length).toBeGreaterThanOrEqual(2);
      expect(calls(operation).every((c) => c.errorCode === 'hang')).toBe(true);
    },
  );

  it('a registry that takes a blob upload and never answers: timeout-seconds ends the run during the docker push (exit 1), no tag left', async () => {
    const repo = uniqueRepo('hungpush');
    const commit = sha();
    emulator.registryFaults.push({
      match: (method, path) => method !== 'GET' && method !== 'HEAD' && path.includes('/blobs/uploads/'),
      times: 1000,
      respond: 'hang',
    });
    const run = await cli(deliverArgs(repo, commit, freshContext(), ['--timeout-seconds', String(TIMEOUT * 2), ...asRole()]));
    expect(run.code).toBe(1);
    // The upload reached the registry (and hung there) before the deadline passed.
    expect(emulator.registryRequests.some((r) => blobUpload(r.method, r.path))).toBe(true);
    expect(failureLines(run)[0]).toMatch(new RegExp(`^ecr-deliver: gave up after ${TIMEOUT * 2} s \\(timeout-seconds\\), still waiting for .*docker push`));
    expect(await registryManifestDigest(registry, repo, commit)).toBeUndefined();
  });

  it('an endpoint that never completes the TCP handshake: timeout-seconds ends the run (exit 1); no AWS request got through', async () => {
    const hole = await blackHole();
    try {
      const run = await cli(deliverArgs(uniqueRepo('blackhole'), sha(), freshContext(), ['--timeout-seconds', String(TIMEOUT), ...asRole()]), {
        AWS_ENDPOINT_URL_STS: hole.url,
      });
      expect(run.code).toBe(1);
      expect(failureLines(run)[0]).toBe(`ecr-deliver: gave up after ${TIMEOUT} s (timeout-seconds), still waiting for STS AssumeRoleWithWebIdentity`);
      expect(awsCalls()).toEqual([]);
    } finally {
      hole.close();
    }
  });
});

describe('docker missing or its daemon down: one line naming what is missing, no AWS call', () => {
  it('no docker on PATH', async () => {
    const emptyBin = mkdtempSync(join(work, 'bin-'));
    const run = await cli(deliverArgs(uniqueRepo('nodocker'), sha(), freshContext()), { ...ambient, PATH: emptyBin });
    expect(run.code).toBe(1);
    expect(failureLines(run)).toEqual([
      'ecr-deliver: docker is not installed: no `docker` command on PATH',
      expect.stringMatching(/^hint: use a runner or executor with Docker/),
    ]);
    expect(emulator.calls).toEqual([]);
  });

  it('DOCKER_HOST pointing at a dead socket', async () => {
    const run = await cli(deliverArgs(uniqueRepo('nodaemon'), sha(), freshContext()), { ...ambient, DOCKER_HOST: `unix://${join(work, 'no-daemon.sock')}` });
    expect(run.code).toBe(1);
    expect(failureLines(run)).toEqual([
      expect.stringMatching(/^ecr-deliver: the docker daemon is not reachable: Cannot connect to the Docker daemon at unix:\/\/.*no-daemon\.sock/),
      expect.stringMatching(/^hint: start the docker engine/),
    ]);
    expect(emulator.calls).toEqual([]);
  });
});

describe('shell metacharacters in values are data, never code', () => {
  const marker = () => join(work, `pwned-${randomBytes(4).toString('hex')}`);

  it.each([(m: string) => `team/api$(touch ${m})`, (m: string) => `team/api\`touch ${m}\``, (m: string) => `team/api;touch ${m}`])(
    'repository %#: refused as input (exit 2), nothing executed',
    async (value) => {
      const m = marker();
      const [flag, env] = await Promise.all([
        cli(deliverArgs(value(m), sha(), freshContext()), ambient),
        cli(['--commit-sha', sha(), '--context', freshContext()], { ...ambient, ECR_DELIVER_REPOSITORY: value(m) }),
      ]);
      for (const run of [flag, env]) {
        expect(run.code).toBe(2);
        expect(failureLines(run)).toEqual([expect.stringMatching(/^ecr-deliver: repository: ".*" is not a valid ECR repository name/)]);
      }
      expect(existsSync(m)).toBe(false);
      expect(emulator.calls).toEqual([]);
    },
  );

  it('build-args and the context path reach docker as argv: the image holds the literal value, no marker file', async () => {
    const m = marker();
    const payload = `$(touch ${m}) \`touch ${m}\`; touch ${m} && echo '"' | cat`;
    const name = `pwned-${randomBytes(4).toString('hex')}`;
    const context = join(mkdtempSync(join(work, 'ctx-')), `dir $(touch ${name});\`touch ${name}\`;touch ${name}`);
    mkdirSync(context);
    copyFileSync('/bin/busybox', join(context, 'busybox'));
    writeFileSync(
      join(context, 'Dockerfile'),
      [
        'FROM scratch',
        'COPY busybox /bin/busybox',
        'ARG PAYLOAD',
        // The shell expands "$PAYLOAD" once, to its value: any code in the value stays text.
        'RUN ["/bin/busybox", "sh", "-c", "printf %s \\"$PAYLOAD\\" > /payload"]',
        '',
      ].join('\n'),
    );
    const repo = uniqueRepo('metachar');
    const commit = sha();
    const run = await cli(['--repository', repo, '--commit-sha', commit, `--context=${context}`], {
      ...ambient,
      ECR_DELIVER_BUILD_ARGS: `PAYLOAD=${payload}\nOTHER=x;id`,
    });
    expect(failureLines(run)).toEqual([]);
    expect(run.code).toBe(0);
    const inside = await runProcess(
      'docker',
      ['run', '--rm', `${emulator.registryFrontHost}/${repo}:${commit}`, '/bin/busybox', 'cat', '/payload'],
      process.env,
    );
    expect(inside.stdout).toBe(payload);
    for (const place of [m, name, join(context, name), join(context, '..', name)]) expect(existsSync(place)).toBe(false);
  });
});

describe('GitHub post step after a failed main step', () => {
  it("the build fails after login: the failure waits for the login, and the job's docker config is untouched by main and post", async () => {
    const context = mkdtempSync(join(work, 'failing-'));
    copyFileSync('/bin/busybox', join(context, 'busybox'));
    writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "false"]\n');
    const job = new GitHubRunner({ ...oidcJobEnv(emulator), GITHUB_SHA: sha() });
    const other = { auth: Buffer.from('someone:other-registry-secret').toString('base64') };
    const seeded = { auths: { 'other.registry.example:5000': other }, detachKeys: 'ctrl-e,e' };
    mkdirSync(job.dockerConfig, { recursive: true });
    writeFileSync(join(job.dockerConfig, 'config.json'), JSON.stringify(seeded, null, '\t'));
    const config = () => JSON.parse(readFileSync(join(job.dockerConfig, 'config.json'), 'utf8')) as typeof seeded;

    // The ECR login answers only after the build has failed: the failure must wait for it and not
    // crash on the late answer. The login goes to the run's private docker config.
    emulator.beforeAnswer = (call) => (call.operation === 'GetAuthorizationToken' ? new Promise((r) => setTimeout(r, 1500)) : undefined);
    const inputs = { repository: uniqueRepo('failing-build'), 'role-to-assume': ROLE, context };
    const main = await job.main(inputs);
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/::error::docker build failed/);
    expect(calls('GetAuthorizationToken')).toHaveLength(1);
    expect(main.state.registries).toBeUndefined();
    expect(config()).toEqual(seeded);
    expect(main.stderr).not.toMatch(/Unhandled|\n\s+at /);

    const post = await job.post(inputs, main.state);
    expect(post.code).toBe(0);
    expect(config()).toEqual(seeded);
  });
});
