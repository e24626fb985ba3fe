/**
 * The command line front end end to end: the built bundle under Node 24 (and a delivery under
 * Node 22, the oldest supported) against a real dockerd,
 * a real registry and the STS + ECR emulator (reached only through AWS_ENDPOINT_URL_*), the way a
 * GitLab/Buildkite/Jenkins job or a laptop runs it.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUTS } from '../../src/core/options/outputs';
import type { AwsEmulator } from '../fixtures/emulator';
import { BUNDLE, NODE22, NODE24, runProcess } from '../fixtures/github-runner';
import { type Registry, registryManifestDigest } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const KEY = 'AKIACLIE2ETESTKEY001';
const SECRET = 'cli-e2e-test-secret-key';
const ROLE = 'arn:aws:iam::123456789012:role/gitlab-deliver';
const SUB = 'project_path:octo-group/octo-project:ref_type:branch:ref:main';

let registry: Registry;
let emulator: AwsEmulator;
let dir: string;
const stack = new TestStack();
const sha = () => randomBytes(20).toString('hex');
const freshContext = () => stack.freshContext();

beforeAll(async () => {
  ({ registry, emulator } = await stack.start());
  emulator.addStaticKey(KEY, SECRET);
  dir = stack.tempDir('cli-e2e-');
});

afterAll(() => stack.stop());

beforeEach(() => emulator.reset());

function cli(args: string[], env: NodeJS.ProcessEnv = {}, node = NODE24) {
  return runProcess(node, [BUNDLE, ...args], {
    PATH: process.env.PATH,
    HOME: dir,
    DOCKER_CONFIG: join(dir, 'docker'),
    ...emulator.clientEnv(),
    ...env,
  });
}
const ambient = { AWS_ACCESS_KEY_ID: KEY, AWS_SECRET_ACCESS_KEY: SECRET };

describe('ecr-deliver (CLI), end to end', () => {
  it('--json: one JSON object on stdout; progress, docker output and the summary on stderr', async () => {
    const commit = sha();
    // No layer cache: the build needs nothing from AWS and starts at once.
    const r = await cli(
      ['--repository', 'cli/app', '--context', freshContext(), '--commit-sha', commit, '--tags', 'latest,v1', '--cache', 'false', '--json'],
      ambient,
    );
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(2); // one line, newline-terminated
    const outputs = JSON.parse(r.stdout);
    expect(Object.keys(outputs)).toEqual(OUTPUTS.map((o) => o.name));
    const uri = `${emulator.registryFrontHost}/cli/app`;
    expect(outputs).toEqual({
      registry: emulator.registryFrontHost,
      'repository-uri': uri,
      image: `${uri}:${commit}`,
      digest: expect.stringMatching(/^sha256:[a-f0-9]{64}$/),
      'image-ref': `${uri}@${outputs.digest}`,
      tags: `${commit},latest,v1`,
      pushed: 'true',
      'scan-findings': '',
    });
    for (const tag of [commit, 'latest', 'v1']) expect(await registryManifestDigest(registry, 'cli/app', tag)).toBe(outputs.digest);

    // What a person follows: phases with timings, docker's own output, then one summary block. The
    // build ran from the start: the AWS steps beside it are timed, not phases of their own.
    for (const phase of ['Build', 'Push', 'Tag']) {
      expect(r.stderr).toContain(`▶ ${phase}\n`);
      expect(r.stderr).toMatch(new RegExp(`✔ ${phase} \\(\\d+\\.\\d s\\)`));
    }
    expect(r.stderr).toContain(`Created repository ${uri} (MUTABLE)`);
    expect(r.stderr).toContain('Successfully built'); // docker build output goes to stderr, not stdout
    const summary = r.stderr.slice(r.stderr.indexOf('── ecr-deliver: '));
    expect(summary.split('\n')[0]).toBe(`── ecr-deliver: delivered ${uri}:${commit} ──`);
    expect(summary).toContain(`  image-ref       ${outputs['image-ref']}\n`);
    // The timings row lists the steps in the order they started (the build and the credentials in the same millisecond, often).
    const row = / {2}time {12}(.*); total \d+\.\d s\n {2}timeline\n/
      .exec(summary)![1]
      .split(', ')
      .map((p) => p.replace(/ [\d.]+ s$/, ''));
    expect([...row.slice(0, 2)].sort()).toEqual(['Build', 'Credentials']);
    expect(row).toEqual(expect.arrayContaining(['Repository', 'Login', 'Push', 'Tag']));
    expect(summary).toContain('Alongside the build: ');
    // The text timeline: one bar per phase; the AWS steps start after the build did, while it runs.
    const bars = new Map([...summary.matchAll(/\n {4}(\w+) +[·█]{40} {2}([\d.]+)–([\d.]+) s/g)].map((m) => [m[1], { start: Number(m[2]), end: Number(m[3]) }]));
    for (const step of ['Credentials', 'Repository', 'Login']) {
      expect(bars.get(step)!.start).toBeGreaterThanOrEqual(bars.get('Build')!.start);
      expect(bars.get(step)!.start).toBeLessThan(bars.get('Build')!.end);
    }
  });

  it('the same delivery again: already delivered, pushed=false with the reason, still exit 0', async () => {
    const commit = sha();
    const context = freshContext();
    const first = await cli(['--repository', 'cli/again', '--context', context, '--commit-sha', commit, '--json'], ambient);
    expect(first.code).toBe(0);
    const again = await cli(['--repository', 'cli/again', '--context', context, '--commit-sha', commit, '--skip-existing', 'true', '--json'], ambient);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ pushed: 'false', digest: JSON.parse(first.stdout).digest });
    expect(again.stderr).toContain(`── ecr-deliver: already delivered: ${emulator.registryFrontHost}/cli/again:${commit} ──`);
    expect(again.stderr).toContain('pushed          false (the SHA tag was already in ECR: nothing built or uploaded)');
  });

  it('options from ECR_DELIVER_* only (no flags), and without --json nothing on stdout', async () => {
    const r = await cli([], {
      ...ambient,
      ECR_DELIVER_REPOSITORY: 'cli/env',
      ECR_DELIVER_CONTEXT: freshContext(),
      ECR_DELIVER_COMMIT_SHA: sha(),
      ECR_DELIVER_PUSH: 'false',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`── ecr-deliver: built ${emulator.registryFrontHost}/cli/env:`);
    expect(r.stderr).toContain('pushed          false (push: false, built and tagged locally only)');
    expect(emulator.calls.map((c) => c.operation)).not.toContain('CreateRepository');
  });

  describe('OIDC from a token file (GitLab, Buildkite, Jenkins)', () => {
    let tokenFile: string;
    beforeAll(() => {
      const issuer = `${emulator.url}/gitlab`;
      emulator.addIssuer(issuer);
      emulator.addRole(ROLE, { aud: 'sts.amazonaws.com', sub: SUB });
      tokenFile = join(dir, 'oidc-token');
      writeFileSync(tokenFile, emulator.issueToken({ sub: SUB, aud: 'sts.amazonaws.com' }, { issuer }));
    });

    it('assumes the role with the token file and delivers with the session credentials', async () => {
      const r = await cli([
        '--repository',
        'cli/oidc',
        '--context',
        freshContext(),
        '--commit-sha',
        sha(),
        '--json',
        '--role-to-assume',
        ROLE,
        '--web-identity-token-file',
        tokenFile,
        '--role-session-name',
        'gitlab-job-77',
      ]);
      expect(r.code).toBe(0);
      // One STS call; every call is the SDK's.
      expect(emulator.calls.filter((c) => c.operation === 'AssumeRoleWithWebIdentity')).toEqual([
        expect.objectContaining({ status: 200, params: expect.objectContaining({ RoleArn: ROLE, RoleSessionName: 'gitlab-job-77' }) }),
      ]);
      expect(emulator.calls.every((c) => c.userAgent?.startsWith('aws-sdk-js/'))).toBe(true);
      // Each names the version of the SDK client that sent it (the bundle keeps it from the client's package.json).
      const sdkVersion = (client: string) => JSON.parse(readFileSync(`node_modules/@aws-sdk/${client}/package.json`, 'utf8')).version;
      expect(new Set(emulator.calls.map((c) => `${c.service} ${c.userAgent?.split(' ')[0]}`))).toEqual(
        new Set([`sts aws-sdk-js/${sdkVersion('nested-clients')}`, `ecr aws-sdk-js/${sdkVersion('client-ecr')}`]),
      );
      expect(emulator.calls.filter((c) => c.service === 'ecr').every((c) => c.accessKeyId?.startsWith('ASIA'))).toBe(true);
      expect(r.stderr).toContain(`Assuming ${ROLE} as gitlab-job-77 with the OIDC token from file ${tokenFile}`);
      // The token never shows up in anything the user can read.
      const token = readFileSync(tokenFile, 'utf8');
      expect(r.stdout + r.stderr).not.toContain(token.split('.')[2]);
    });

    it('login with a role and a shared config file present: AssumeRoleWithWebIdentity, then GetAuthorizationToken', async () => {
      const home = mkdtempSync(join(dir, 'home-'));
      mkdirSync(join(home, '.aws'));
      writeFileSync(join(home, '.aws', 'config'), '[default]\n');
      const r = await cli(['login', '--role-to-assume', ROLE, '--web-identity-token-file', tokenFile, '--json'], {
        HOME: home,
        DOCKER_CONFIG: mkdtempSync(join(dir, 'login-')),
      });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ registry: emulator.registryFrontHost });
      expect(emulator.calls.map((c) => [c.operation, c.status, c.userAgent?.split('/')[0]])).toEqual([
        ['AssumeRoleWithWebIdentity', 200, 'aws-sdk-js'],
        ['GetAuthorizationToken', 200, 'aws-sdk-js'],
      ]);
    });

    it('on Node 22 (the oldest supported): the same delivery, no warning from Node or the SDK', async () => {
      const commit = sha();
      const r = await cli(
        [
          '--repository',
          'cli/node22',
          '--context',
          freshContext(),
          '--commit-sha',
          commit,
          '--tags',
          'latest',
          '--json',
          '--role-to-assume',
          ROLE,
          '--web-identity-token-file',
          tokenFile,
        ],
        {},
        NODE22,
      );
      expect(r.code).toBe(0);
      const outputs = JSON.parse(r.stdout);
      expect(outputs).toMatchObject({ image: `${emulator.registryFrontHost}/cli/node22:${commit}`, tags: `${commit},latest`, pushed: 'true' });
      for (const tag of [commit, 'latest']) expect(await registryManifestDigest(registry, 'cli/node22', tag)).toBe(outputs.digest);
      expect(emulator.calls.filter((c) => c.service === 'ecr').every((c) => c.accessKeyId?.startsWith('ASIA'))).toBe(true);
      expect(r.stderr).not.toMatch(/\(node:\d+\) \w*Warning/); // how Node prints process.emitWarning
    });

    it('a trust policy that does not match: exit 1, the claims that explain it, and the fix', async () => {
      emulator.addRole(`${ROLE}-other`, { aud: 'sts.amazonaws.com', sub: 'project_path:someone/else:ref_type:branch:ref:main' });
      const r = await cli([
        '--repository',
        'cli/oidc',
        '--context',
        freshContext(),
        '--commit-sha',
        sha(),
        '--role-to-assume',
        `${ROLE}-other`,
        '--web-identity-token-file',
        tokenFile,
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `ecr-deliver: STS refused AssumeRoleWithWebIdentity for ${ROLE}-other (AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity); token iss=${emulator.url}/gitlab sub=${SUB} aud=sts.amazonaws.com\n`,
      );
      expect(r.stderr).toContain("hint: the role's trust policy must allow this token");
      expect(emulator.calls.filter((c) => c.service === 'ecr')).toEqual([]);
    });
  });

  it('login: credentials and docker login only; --json prints the registry', async () => {
    const dockerConfig = mkdtempSync(join(dir, 'login-'));
    const r = await cli(['login', '--json'], { ...ambient, DOCKER_CONFIG: dockerConfig });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ registry: emulator.registryFrontHost });
    expect(r.stderr).toContain(`── ecr-deliver: logged in to ${emulator.registryFrontHost} ──`);
    const auths = JSON.parse(readFileSync(join(dockerConfig, 'config.json'), 'utf8')).auths;
    expect(auths).toHaveProperty([emulator.registryFrontHost]);
    expect(emulator.calls.map((c) => c.operation)).toEqual(['GetAuthorizationToken']);
  });

  it('ECR refusing the credentials: exit 1 naming the operation, and the hint to `iam-policy`', async () => {
    const r = await cli(['--repository', 'cli/denied', '--context', freshContext(), '--commit-sha', sha()], {
      AWS_ACCESS_KEY_ID: 'AKIAUNKNOWNKEY000001',
      AWS_SECRET_ACCESS_KEY: 'nope',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ecr-deliver: ECR \w+ failed: UnrecognizedClientException: The security token included in the request is invalid\.\n/);
    expect(r.stderr).toMatch(/hint: the credentials need ecr:\w+ on this repository \(`ecr-deliver iam-policy` prints the policy\)\n/);
  });
});
