/**
 * The command line front end as a user meets it: the built dist/index.js under Node 24 (and 22), help,
 * version, bad input (exit 2, one line naming option, value and rule), and `iam-policy`.
 * No docker, AWS or registry needed (failures that need a docker daemon: test/e2e/cli-failures.test.ts).
 */
import { readFileSync } from 'node:fs';
import { IAM_POLICY_FLAGS, LOGIN_OPTIONS, MERGE_OPTIONS, OPTIONS } from '../../src/core/options/table';
import { cli, SHA, VALID } from '../fixtures/cli';
import { NODE22, runProcess } from '../fixtures/github-runner';

/** Bad input: exit 2, nothing on stdout, exactly one line on stderr naming the option and the value. */
async function expectBadInput(args: string[], env: NodeJS.ProcessEnv, ...mentions: string[]) {
  const r = await cli(args, env);
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^ecr-deliver: /);
  for (const m of mentions) expect(lines[0]).toContain(m);
  return lines[0];
}

describe('ecr-deliver --help / --version', () => {
  it('--help lists every option of the table, --json, the subcommands and the exit codes', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const o of OPTIONS) expect(r.stdout.includes(`  --${o.name} <value>\n`)).toBe(!o.githubOnly);
    for (const word of [
      '--json',
      '--version',
      'ecr-deliver login',
      'ecr-deliver iam-policy',
      'ECR_DELIVER_<OPTION>',
      'Exit codes: 0 delivered, 1 failed, 2 bad input',
    ]) {
      expect(r.stdout).toContain(word);
    }
    // Readable in a terminal: wrapped, and no Markdown backticks from the table's descriptions.
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    expect(r.stdout).not.toContain('`');
    expect((await cli(['-h'])).stdout).toBe(r.stdout);
  });

  it('login --help lists just the credential options; iam-policy --help lists its flags', async () => {
    const login = await cli(['login', '--help']);
    expect(login.code).toBe(0);
    for (const o of OPTIONS) expect(login.stdout.includes(`--${o.name} <value>`)).toBe(LOGIN_OPTIONS.includes(o.name));
    const iam = await cli(['iam-policy', '--help']);
    expect(iam.code).toBe(0);
    for (const f of IAM_POLICY_FLAGS) expect(iam.stdout).toContain(`--${f.name} ${f.value}`);
    for (const line of `${login.stdout}${iam.stdout}`.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('merge --help lists the options a merge reads (none of building or pushing, no --mode)', async () => {
    const merge = await cli(['merge', '--help']);
    expect(merge.code).toBe(0);
    for (const o of OPTIONS) expect(merge.stdout.includes(`--${o.name} <value>`)).toBe(MERGE_OPTIONS.includes(o.name));
    expect(merge.stdout).toContain('Usage: ecr-deliver merge --platform linux/amd64,linux/arm64');
    for (const line of merge.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--version prints the package version', async () => {
    const r = await cli(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`, stderr: '' });
  });
});

describe('ecr-deliver: bad input exits 2 with one line naming the option, nothing on stdout', () => {
  it('an invalid value names the option, the value and the rule', async () => {
    const line = await expectBadInput(['--repository', 'Team/API'], {}, 'repository', '"Team/API"', 'not a valid ECR repository name');
    expect(line).toBe(
      'ecr-deliver: repository: "Team/API" is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2–256 characters',
    );
    await expectBadInput([...VALID, '--push', 'maybe'], {}, 'push: "maybe" is not a boolean');
    await expectBadInput([...VALID, '--role-to-assume', 'my-role'], {}, 'role-to-assume: "my-role"', 'IAM role ARN');
    await expectBadInput([...VALID, '--tags', 'latest,no spaces'], {}, 'tags: "no spaces"');
    await expectBadInput([...VALID, '--commit-sha', 'abc'], {}, 'commit-sha: "abc"', '40 hex');
  });

  it('a missing required option, or a region from nowhere', async () => {
    await expectBadInput([], {}, 'repository', 'is required');
    await expectBadInput(['--repository', 'team/api', '--context', 'examples/hello', '--commit-sha', SHA], {}, 'aws-region', 'is required');
  });

  it('unknown flags, flags without values, stray words', async () => {
    await expectBadInput(['--repo', 'x'], {}, '--repo: is not a flag of ecr-deliver');
    await expectBadInput(['--repository'], {}, '--repository: needs a value');
    await expectBadInput(['--repository', '--json'], {}, '--repository: needs a value');
    await expectBadInput(['--json=yes'], {}, '--json: takes no value');
    await expectBadInput(['deliverr', '--repository', 'x'], {}, '"deliverr" is not a command or flag');
    await expectBadInput(['login', '--context', '.'], {}, '--context: is not a flag of ecr-deliver login');
  });

  it('reads ECR_DELIVER_* from the environment; a flag wins over it', async () => {
    await expectBadInput([], { ECR_DELIVER_REPOSITORY: 'Bad_Name' }, 'repository: "Bad_Name"');
    await expectBadInput(['--repository', 'Flag_Name'], { ECR_DELIVER_REPOSITORY: 'team/api' }, '"Flag_Name"');
    await expectBadInput(VALID, { ECR_DELIVER_SCAN_ON_PUSH: 'sometimes' }, 'scan-on-push: "sometimes"');
    await expectBadInput(['login'], { ECR_DELIVER_ROLE_TO_ASSUME: 'nope' }, 'role-to-assume: "nope"');
  });

  it('merge and --mode: the multi-arch rules, before any AWS call (no region needed to say them)', async () => {
    const base = ['--repository', 'team/api', '--commit-sha', SHA];
    await expectBadInput(['merge', ...base, '--platform', 'linux/amd64'], {}, 'platform: "linux/amd64" needs at least two platforms with `mode: merge`');
    await expectBadInput(['merge', ...base], { ECR_DELIVER_MODE: 'part' }, 'platform: "" needs at least two platforms with `mode: merge`');
    await expectBadInput(
      ['--mode', 'merge', ...base, '--platform', 'linux/amd64,linux/arm64', '--cache', 'false'],
      {},
      'cache: "false" cannot be combined with `mode: merge`',
    );
    await expectBadInput(
      ['merge', ...base, '--platform', 'linux/amd64,linux/arm64'],
      { ECR_DELIVER_CONTEXT: 'examples/hello' },
      'context: "examples/hello" cannot be combined',
    );
    await expectBadInput(['merge', '--mode', 'merge', ...base], {}, '--mode: is not a flag of ecr-deliver merge');
    await expectBadInput(
      ['--mode', 'part', ...base, '--context', 'examples/hello', '--platform', 'linux/amd64,linux/arm64'],
      {},
      'platform: "linux/amd64,linux/arm64" takes one platform with `mode: part`',
    );
    await expectBadInput(['--mode', 'build', ...base], {}, 'mode: "build" is not one of deliver, login, part, merge');
    // --mode login is `ecr-deliver login`: no repository needed (a delivery would ask for it first).
    await expectBadInput(['--mode', 'login', '--role-to-assume', 'nope'], {}, 'role-to-assume: "nope"');
  });

  it('a missing build context or Dockerfile is bad input too', async () => {
    await expectBadInput(
      ['--repository', 'team/api', '--aws-region', 'eu-west-1', '--commit-sha', SHA, '--context', '/nonexistent'],
      {},
      'context: "/nonexistent" is not a directory',
    );
    await expectBadInput([...VALID, '--dockerfile', '/nonexistent/Dockerfile'], {}, 'dockerfile: "/nonexistent/Dockerfile" is not a readable file');
  });
});

describe("the orb's commands (CIRCLECI=true, ECR_DELIVER_COMMAND): bad input is one line, before any AWS call", () => {
  const circle = (env: NodeJS.ProcessEnv) => expectBadInput([], { CIRCLECI: 'true', ...env });

  it('merge is a merge whatever mode run_script passes (its default, deliver)', async () => {
    const line = await circle({
      ECR_DELIVER_COMMAND: 'merge',
      ECR_DELIVER_MODE: 'deliver',
      ECR_DELIVER_REPOSITORY: 'team/api',
      ECR_DELIVER_PLATFORM: 'linux/amd64',
    });
    expect(line).toBe('ecr-deliver: platform: "linux/amd64" needs at least two platforms with `mode: merge`, e.g. `linux/amd64,linux/arm64`');
  });

  it('deliver with mode login is the login command (no repository needed); with mode part, the part rules', async () => {
    expect(await circle({ ECR_DELIVER_COMMAND: 'deliver', ECR_DELIVER_MODE: 'login', ECR_DELIVER_ROLE_TO_ASSUME: 'nope' })).toMatch(
      /^ecr-deliver: role-to-assume: "nope"/,
    );
    expect(
      await circle({
        ECR_DELIVER_COMMAND: 'deliver',
        ECR_DELIVER_MODE: 'part',
        ECR_DELIVER_REPOSITORY: 'team/api',
        ECR_DELIVER_PLATFORM: 'linux/amd64,linux/arm64',
      }),
    ).toMatch(/^ecr-deliver: platform: "linux\/amd64,linux\/arm64" takes one platform with `mode: part`/);
  });
});

describe('on Node 22, the oldest supported (engines)', () => {
  it('--version, --help and a bad input line are what Node 24 prints', async () => {
    const bad = [...VALID, '--push', 'maybe'];
    for (const args of [['--version'], ['--help'], bad]) {
      const [on22, on24] = await Promise.all([cli(args, {}, NODE22), cli(args)]);
      expect(on22).toEqual(on24);
    }
    expect((await cli(['--version'], {}, NODE22)).code).toBe(0);
    expect((await cli(bad, {}, NODE22)).code).toBe(2);
  });

  it('NODE22 is a Node 22 (the control: the comparison above is between two majors)', async () => {
    const r = await runProcess(NODE22, ['-p', 'process.versions.node'], { PATH: process.env.PATH });
    expect(r.stdout).toMatch(/^22\./);
  });
});

describe('ecr-deliver iam-policy', () => {
  const args = ['iam-policy', '--repository', 'team/api', '--account-id', '012345678901', '--aws-region', 'eu-west-1', '--repo', 'octo-org/octo-repo'];

  it('prints both policies as JSON on stdout, exit 0, nothing on stderr; --json is accepted', async () => {
    const r = await cli([...args, '--json']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['permissionsPolicy', 'trustPolicy']);
    expect(out.trustPolicy.Statement[0].Condition.StringEquals['token.actions.githubusercontent.com:sub']).toBe('repo:octo-org/octo-repo:ref:refs/heads/main');
  });

  it('--only prints one document, as IAM takes it', async () => {
    const r = await cli([...args, '--only', 'permissions']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ Version: '2012-10-17', Statement: expect.any(Array) });
  });

  it('bad input: exit 2 and one line', async () => {
    await expectBadInput([...args, '--account-id', '12345'], {}, 'account-id: "12345"', '12 digits');
    await expectBadInput([...args, '--provider', 'gitlab'], {}, 'provider: "gitlab"');
    await expectBadInput([...args, '--bogus', '1'], {}, '--bogus: is not a flag of ecr-deliver iam-policy');
    await expectBadInput([...args, 'extra'], {}, 'iam-policy: "extra" is not a flag');
  });
});
