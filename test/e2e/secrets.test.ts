/**
 * No secret ever leaves the process except to the runner's mask: every delivery
 * scenario the e2e suites run (success, re-run, immutable clash, refusals, re-login, failed build,
 * build-only, ambient keys; GitHub, CLI and CircleCI front ends) is run once more here, and every
 * place a user or a later step can read is scanned for every secret the emulator handed out.
 * docker runs through a PATH shim that records its argv: what `ps` would show.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AwsEmulator } from '../fixtures/emulator';
import { BUNDLE, GitHubRunner, NODE24, oidcJobEnv, runProcess, type StepResult } from '../fixtures/github-runner';
import type { Registry } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const ROLE = 'arn:aws:iam::123456789012:role/deliver';
const GITHUB_SUB = 'repo:octo-org/octo-repo:ref:refs/heads/main';
const CIRCLE_ORG = 'a1b2c3d4-0000-4000-8000-00000000c1c1';
const CIRCLE_SUB = `org/${CIRCLE_ORG}/project/b2c3d4e5-0000-4000-8000-00000000c2c2/user/c3d4e5f6-0000-4000-8000-00000000c3c3`;
const CIRCLE_ROLE = 'arn:aws:iam::123456789012:role/circle-deliver';
const STATIC = { id: 'AKIASECRETSSTATIC001', secret: 'static/Secret+Key/for-the-leak-scan-0123456789' };
const sha = () => randomBytes(20).toString('hex');
const uniqueRepo = (name: string) => `secrets/${name}-${randomBytes(3).toString('hex')}`;

let registry: Registry;
let emulator: AwsEmulator;
let work: string;
let shimLog: string;
let shimPath: string;

/** Everything readable after each scenario, by where it was read. */
const sinks: Array<{ where: string; text: string }> = [];
const stack = new TestStack();

beforeAll(async () => {
  ({ registry, emulator } = await stack.start());
  emulator.addRole(ROLE, { aud: 'sts.amazonaws.com', sub: GITHUB_SUB });
  emulator.addRole(CIRCLE_ROLE, { aud: CIRCLE_ORG, sub: CIRCLE_SUB });
  emulator.addStaticKey(STATIC.id, STATIC.secret);
  work = stack.tempDir('secrets-');
  // A `docker` first on PATH that logs its argv, one argument a line, then runs the real one.
  const realDocker = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim();
  const bin = join(work, 'bin');
  mkdirSync(bin);
  shimLog = join(work, 'docker-argv.log');
  writeFileSync(join(bin, 'docker'), `#!/bin/sh\n{ printf '%s\\n' "$@"; echo '--'; } >> '${shimLog}'\nexec '${realDocker}' "$@"\n`);
  chmodSync(join(bin, 'docker'), 0o755);
  shimPath = `${bin}:${process.env.PATH}`;
});

afterAll(() => stack.stop());

const freshContext = (): string => stack.freshContext();

/** What a GitHub step leaves readable: logs (mask commands aside), outputs, state, summary, env. */
function keepStep(where: string, step: StepResult): StepResult {
  const unmasked = step.everything
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  sinks.push({ where, text: unmasked });
  return step;
}

/** The docker config directory, every file in it, as left after the job. */
function keepDockerConfig(where: string, dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = join(dir, name);
    try {
      sinks.push({ where: `${where}: ${name}`, text: readFileSync(file, 'utf8') });
    } catch {
      // a directory
    }
  }
}

function githubJob(extra: NodeJS.ProcessEnv = {}): GitHubRunner {
  return new GitHubRunner({
    PATH: shimPath,
    ...oidcJobEnv(emulator),
    GITHUB_SHA: sha(),
    ...extra,
  });
}

/** main, then post with main's state, as the runner runs them; both scanned, then docker's config. */
async function githubScenario(name: string, inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}): Promise<StepResult & { authsBeforePost: string }> {
  const job = githubJob(extra);
  const main = keepStep(`${name} (main)`, await job.main(inputs));
  const authsBeforePost = JSON.stringify(job.dockerAuths());
  keepStep(`${name} (post)`, await job.post(inputs, main.state));
  keepDockerConfig(`${name} docker config after post`, job.dockerConfig);
  return { ...main, authsBeforePost };
}

/** The CLI or the CircleCI front end: a plain process, outputs on stdout or in $BASH_ENV. */
async function plainScenario(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number }> {
  const home = mkdtempSync(join(work, 'home-'));
  const bashEnv = join(home, 'bash_env');
  writeFileSync(bashEnv, '');
  const result = await runProcess(NODE24, [BUNDLE, ...args], {
    PATH: shimPath,
    HOME: home,
    DOCKER_CONFIG: join(home, '.docker'),
    BASH_ENV: bashEnv,
    ...emulator.clientEnv(),
    ...env,
  });
  sinks.push(
    { where: `${name} stdout/stderr`, text: `${result.stdout}\n${result.stderr}` },
    { where: `${name} $BASH_ENV`, text: readFileSync(bashEnv, 'utf8') },
  );
  return result;
}

/** Every secret handed out during the run, by kind (the kind is what a failure names). */
function secrets(): Array<{ kind: string; value: string }> {
  const out = [
    ...emulator.issued.tokens.map((value) => ({ kind: 'OIDC token', value })),
    ...emulator.issued.credentials.flatMap((c) => [
      { kind: 'STS access key id', value: c.accessKeyId },
      { kind: 'STS secret access key', value: c.secretAccessKey },
      { kind: 'STS session token', value: c.sessionToken },
    ]),
    { kind: 'ECR password', value: registry.password },
    { kind: 'ECR password, base64 (docker auth)', value: Buffer.from(`AWS:${registry.password}`).toString('base64') },
    { kind: 'static secret access key', value: STATIC.secret },
    { kind: 'GitHub token request bearer', value: emulator.githubRequestToken },
  ];
  return out;
}

/** The secret itself, or any 24-character stretch of it (a cut or wrapped copy leaks too). */
function leaks(text: string, secret: string): boolean {
  if (text.includes(secret)) return true;
  for (let i = 0; i + 24 <= secret.length; i += 8) if (text.includes(secret.slice(i, i + 24))) return true;
  return false;
}

describe('secrets never reach a log, an output, a later step or a process argv', () => {
  it('runs every delivery scenario through every front end, then finds no secret anywhere but ::add-mask::', async () => {
    const repo = uniqueRepo('github');
    const context = freshContext();
    const job = { 'role-to-assume': ROLE, repository: repo };

    // GitHub: delivery into a new IMMUTABLE repository, with an extra tag.
    const commit = sha();
    const first = await githubScenario('deliver', { ...job, context, 'image-tag-mutability': 'IMMUTABLE', tags: 'stable' }, { GITHUB_SHA: commit });
    expect(first.code).toBe(0);
    // Even between main and post, the job's docker config never held the credential: the login
    // went to the run's private docker config, removed when main ended.
    const auth = Buffer.from(`AWS:${registry.password}`).toString('base64');
    expect(leaks(first.authsBeforePost, auth)).toBe(false);
    // The scan is sharp: it finds the credential in any text that holds it.
    expect(leaks(`…${auth.slice(5)}…`, auth)).toBe(true);
    // Re-run of the same SHA with skip-existing and a new tag (no build, manifest copy).
    expect((await githubScenario('skip-existing', { ...job, context, 'skip-existing': 'true', tags: 'v2' }, { GITHUB_SHA: commit })).code).toBe(0);
    // A new SHA that wants the immutable `stable`: refused after STS and ECR calls.
    expect((await githubScenario('immutable clash', { ...job, context: freshContext(), tags: 'stable' })).code).toBe(1);
    // The ECR token expires mid-push: a second login, so the password goes to docker twice.
    const expired = {
      status: 403,
      body: JSON.stringify({ errors: [{ code: 'DENIED', message: 'Your authorization token has expired. Reauthenticate and try again.' }] }),
    };
    emulator.registryFaults.push({ match: (m, p) => m === 'POST' && p.includes('/blobs/uploads/'), times: 1, respond: expired });
    expect((await githubScenario('re-login', { ...job, repository: uniqueRepo('relogin'), context: freshContext() })).code).toBe(0);
    // The build fails after login.
    const failing = mkdtempSync(join(work, 'failing-'));
    copyFileSync('/bin/busybox', join(failing, 'busybox'));
    writeFileSync(join(failing, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "false"]\n');
    expect((await githubScenario('failed build', { ...job, context: failing })).code).toBe(1);
    // Build only (a pull request).
    expect((await githubScenario('push false', { ...job, context: freshContext(), push: 'false' })).code).toBe(0);
    // The role's trust policy refuses the token.
    emulator.githubClaims = { ...emulator.githubClaims, sub: 'repo:octo-org/octo-repo:ref:refs/heads/feature' };
    expect((await githubScenario('sts denied', { ...job, context: freshContext() })).code).toBe(1);
    emulator.githubClaims = { ...emulator.githubClaims, sub: GITHUB_SUB };
    // Ambient static keys, no role.
    expect(
      (
        await githubScenario(
          'ambient keys',
          { repository: uniqueRepo('ambient'), context: freshContext() },
          { AWS_ACCESS_KEY_ID: STATIC.id, AWS_SECRET_ACCESS_KEY: STATIC.secret },
        )
      ).code,
    ).toBe(0);

    // CLI: OIDC through a token file; then a token STS refuses.
    const tokenFile = join(work, 'token');
    writeFileSync(tokenFile, emulator.issueToken({ sub: GITHUB_SUB, aud: 'sts.amazonaws.com' }));
    const cliArgs = [
      '--json',
      '--repository',
      uniqueRepo('cli'),
      '--commit-sha',
      sha(),
      '--context',
      freshContext(),
      '--role-to-assume',
      ROLE,
      '--web-identity-token-file',
      tokenFile,
    ];
    expect((await plainScenario('cli', cliArgs, {})).code).toBe(0);
    writeFileSync(tokenFile, emulator.issueToken({ sub: GITHUB_SUB, aud: 'sts.amazonaws.com' }, { signWithForeignKey: true }));
    expect((await plainScenario('cli bad token', cliArgs, {})).code).toBe(1);

    // CircleCI: options as ECR_DELIVER_*, the job's OIDC token in CIRCLE_OIDC_TOKEN_V2, outputs to $BASH_ENV.
    const circle = await plainScenario('circleci', [], {
      CIRCLECI: 'true',
      CIRCLE_SHA1: sha(),
      CIRCLE_BUILD_NUM: '77',
      CIRCLE_OIDC_TOKEN_V2: emulator.issueToken({ sub: CIRCLE_SUB, aud: CIRCLE_ORG }, { issuer: emulator.circleciIssuer }),
      ECR_DELIVER_REPOSITORY: uniqueRepo('circleci'),
      ECR_DELIVER_ROLE_TO_ASSUME: CIRCLE_ROLE,
      ECR_DELIVER_CONTEXT: freshContext(),
    });
    expect(circle.code).toBe(0);
    expect(sinks.find((s) => s.where === 'circleci $BASH_ENV')?.text).toMatch(/^export ECR_DELIVERED_DIGEST='sha256:/m);

    // The scenarios really handed out what the scan looks for.
    expect(emulator.issued.credentials.length).toBeGreaterThanOrEqual(8);
    expect(emulator.calls.filter((c) => c.operation === 'GetAuthorizationToken').length).toBeGreaterThanOrEqual(7);
    // No GitHub job's docker config was written at all: deliveries log in to a private one.
    expect(sinks.filter((s) => s.where.includes('docker config after post'))).toEqual([]);
    const found = secrets().flatMap(({ kind, value }) => sinks.filter((s) => leaks(s.text, value)).map((s) => `${kind} in ${s.where}`));
    expect(found).toEqual([]);

    // docker's argv, as `ps` shows it: never a secret; the password goes to `login` on stdin.
    const argv = readFileSync(shimLog, 'utf8');
    expect(
      secrets()
        .filter(({ value }) => leaks(argv, value))
        .map(({ kind }) => kind),
    ).toEqual([]);
    const logins = argv.split('\n--\n').filter((call) => call.startsWith('login\n'));
    expect(logins.length).toBeGreaterThanOrEqual(7);
    for (const login of logins) expect(login.split('\n')).toEqual(['login', '--username', 'AWS', '--password-stdin', emulator.registryFrontHost]);
  });

  it('GitHub registers each secret with the runner (::add-mask::) before it is used', async () => {
    const step = await githubJob().main({ 'role-to-assume': ROLE, repository: uniqueRepo('masks'), context: freshContext() });
    expect(step.code).toBe(0);
    const masked = new Set(
      step.stdout
        .split('\n')
        .filter((l) => l.startsWith('::add-mask::'))
        .map((l) => l.slice('::add-mask::'.length).trim()),
    );
    const token = emulator.calls.filter((c) => c.operation === 'AssumeRoleWithWebIdentity').pop()?.params.WebIdentityToken as string;
    const keys = emulator.issued.credentials[emulator.issued.credentials.length - 1];
    for (const value of [
      token,
      keys.accessKeyId,
      keys.secretAccessKey,
      keys.sessionToken,
      registry.password,
      Buffer.from(`AWS:${registry.password}`).toString('base64'),
    ]) {
      expect(masked.has(value)).toBe(true);
    }
    const firstMask = step.stdout.indexOf(`::add-mask::${registry.password}`);
    expect(firstMask).toBeGreaterThanOrEqual(0);
    expect(firstMask).toBeLessThan(step.stdout.indexOf('Login Succeeded'));
  });
});
