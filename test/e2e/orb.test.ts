/**
 * The packed orb end to end, run the way CircleCI runs it: dist/orb.yml is loaded, a command or job
 * is expanded with its parameters (defaults, `<< parameters.x >>`, `\<<` escapes, booleans as CircleCI
 * renders them), and each `run` step is executed with its own `shell` and `environment` plus the job's
 * CircleCI variables, against a real dockerd, a real registry and the STS + ECR emulator (reached only
 * through AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL_ECR). Outputs are read back by sourcing $BASH_ENV in
 * a later bash step, as a user's deploy step would.
 */

import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { bindParameters, CircleJob, envValue, expand, NODE22, NODE24, ORB, type Params, substitute } from '../fixtures/circleci-job';
import type { AwsEmulator } from '../fixtures/emulator';
import { makeBuildContext, type Registry, registryImageConfig, registryManifestDigest, registryTags, runCommand } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

/* eslint-disable @typescript-eslint/no-explicit-any */

// ------------------------------------------------------------------ the services

const ORG = '0a1b2c3d-0000-4000-8000-000000000001';
const PROJECT = '0a1b2c3d-0000-4000-8000-000000000002';
const ROLE = 'arn:aws:iam::123456789012:role/circleci-deliver';
const STATIC_KEY = ['AKIAORBSTATICEXAMPLE', 'orb-static-secret-key-example'] as const;
const sha = () => randomBytes(20).toString('hex');
const uniqueRepo = (name: string) => `orb/${name}-${randomBytes(3).toString('hex')}`;

let registry: Registry;
let emulator: AwsEmulator;
const stack = new TestStack();

beforeAll(async () => {
  ({ registry, emulator } = await stack.start());
  emulator.addRole(ROLE, { aud: ORG, sub: new RegExp(`^org/${ORG}/project/${PROJECT}/user/[0-9a-f-]+$`) });
  emulator.addStaticKey(...STATIC_KEY);
});

afterAll(() => stack.stop());

beforeEach(() => emulator.reset());

/** A CircleCI OIDC token as CircleCI issues it to a job that runs with a context. */
const circleToken = () =>
  emulator.issueToken(
    {
      aud: ORG,
      sub: `org/${ORG}/project/${PROJECT}/user/0a1b2c3d-0000-4000-8000-000000000003`,
      'oidc.circleci.com/project-id': PROJECT,
      'oidc.circleci.com/context-ids': ['0a1b2c3d-0000-4000-8000-000000000004'],
    },
    { issuer: emulator.circleciIssuer },
  );

function awsEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { AWS_ENDPOINT_URL_STS: emulator.url, AWS_ENDPOINT_URL_ECR: emulator.url, AWS_REGION: 'us-east-1', ...extra };
}

function oidcJob(commit: string, extra: NodeJS.ProcessEnv = {}, workdir?: string): CircleJob {
  const token = circleToken();
  return new CircleJob(awsEnv({ CIRCLE_SHA1: commit, CIRCLE_OIDC_TOKEN_V2: token, CIRCLE_OIDC_TOKEN: token, ...extra }), workdir);
}

const digestOf = (repo: string, ref: string) => registryManifestDigest(registry, repo, ref);
const ops = (service: string) => emulator.calls.filter((c) => c.service === service).map((c) => c.operation);

// ------------------------------------------------------------------ the emulation itself

describe('CircleCI emulation (what the e2e tests rely on)', () => {
  it('substitutes parameters like CircleCI: typed whole values, text inside strings, \\<< escapes, unknown tags fail', () => {
    expect(substitute('<< parameters.push >>', { push: false })).toBe(false);
    expect(substitute('x=<<parameters.push>>;', { push: true })).toBe('x=true;');
    expect(substitute('a\\<<2|b<< parameters.s >>', { s: 'S' })).toBe('a<<2|bS');
    expect(() => substitute('a<<2|b>>1', {})).toThrow(/Unknown or unclosed/);
    expect(() => substitute('a<<2', {})).toThrow(/Unclosed/);
    expect(() => bindParameters(ORB.commands.deliver.parameters, {}, 'deliver')).toThrow(/missing required parameter repository/);
    expect(() => bindParameters(ORB.commands.deliver.parameters, { repository: 'r', push: 'no' }, 'deliver')).toThrow(/push \(boolean\)/);
    expect(() => bindParameters(ORB.commands.deliver.parameters, { repository: 'r', encryption_type: 'DES' }, 'deliver')).toThrow(/encryption_type/);
  });

  it('the compiled deliver command runs dist/index.js itself (through run_script, after its launcher line, in bash), with booleans as 1/0 in the environment', () => {
    const params = bindParameters(ORB.commands.deliver.parameters, { repository: 'team/api' }, 'deliver');
    const [check, call] = expand(ORB.commands.deliver.steps, params);
    expect(check.run.name).toMatch(/prerequisites/);
    const [script] = expand(ORB.commands.run_script.steps, bindParameters(ORB.commands.run_script.parameters, call.run_script, 'run_script'));
    const [launcher, ...rest] = script.run.command.split('\n');
    expect(launcher).toBe(
      `':' //; n="\${ECR_DELIVER_ORB_NODE:?the ecr-deliver prerequisites step did not run}"; case $- in *s*) exec "$n" - "$@";; esac; exec "$n" "$0" "$@"`,
    );
    expect(rest.join('\n')).toBe(readFileSync('dist/index.js', 'utf8').replace(/^#!.*\n/, ''));
    expect(script.run.shell).toBeUndefined();
    expect(script.run.environment.ECR_DELIVER_COMMAND).toBe('deliver');
    expect(envValue(script.run.environment.ECR_DELIVER_PUSH)).toBe('1');
    expect(envValue(script.run.environment.ECR_DELIVER_PROVENANCE)).toBe('0');
    expect(script.run.environment.ECR_DELIVER_REPOSITORY).toBe('team/api');
    expect(script.run.environment.ECR_DELIVER_ROLE_TO_ASSUME).toBe('');
  });
});

// ------------------------------------------------------------------ end to end

describe('CircleCI orb, end to end', () => {
  it('ecr/deliver with OIDC: creates the repository, pushes SHA + extra tags at the exported digest; a later step deploys $ECR_DELIVERED_IMAGE_REF', async () => {
    const repo = uniqueRepo('oidc');
    const commit = sha();
    const job = oidcJob(commit, {}, makeBuildContext());
    const ok = await job.command('deliver', { repository: repo, role_to_assume: ROLE, tags: 'latest\nv1' });
    expect([ok, job.output]).toEqual([true, expect.any(String)]);
    expect(job.runs.map((r) => [r.name, r.code])).toEqual([
      ['Check ecr-deliver prerequisites (node, docker engine)', 0],
      ['ecr-deliver deliver', 0],
    ]);

    const uri = `${emulator.registryFrontHost}/${repo}`;
    const digest = await job.later('ECR_DELIVERED_DIGEST');
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    // What the registry holds, asked directly.
    for (const tag of [commit, 'latest', 'v1']) expect(await digestOf(repo, tag)).toBe(digest);
    // What a later step of the job sees.
    expect(await job.later('ECR_DELIVERED_IMAGE_REF')).toBe(`${uri}@${digest}`);
    expect(await job.later('ECR_DELIVERED_IMAGE')).toBe(`${uri}:${commit}`);
    expect(await job.later('ECR_DELIVERED_REGISTRY')).toBe(emulator.registryFrontHost);
    expect(await job.later('ECR_DELIVERED_REPOSITORY_URI')).toBe(uri);
    expect(await job.later('ECR_DELIVERED_TAGS')).toBe(`${commit},latest,v1`);
    expect(await job.later('ECR_DELIVERED_PUSHED')).toBe('true');

    // The CircleCI token was used as issued; the session is named after the build.
    const assume = emulator.calls.find((c) => c.operation === 'AssumeRoleWithWebIdentity');
    expect(assume).toMatchObject({ status: 200, params: { RoleArn: ROLE, RoleSessionName: 'ecr-deliver-77' } });
    expect(emulator.calls.filter((c) => c.service === 'ecr').every((c) => c.accessKeyId?.startsWith('ASIA'))).toBe(true);
    expect(job.output).not.toContain(job.env.CIRCLE_OIDC_TOKEN_V2);
    expect(readFileSync(job.bashEnv, 'utf8')).not.toContain(job.env.CIRCLE_OIDC_TOKEN_V2);
    const labels = await runCommand('docker', ['image', 'inspect', '--format', '{{json .Config.Labels}}', `${uri}:${commit}`]);
    expect(JSON.parse(labels.stdout)).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/acme/api',
      'org.opencontainers.image.revision': commit,
    });
  });

  it('ecr/deliver job with static keys: parameters pass through the job (push: false renders 0, then a push with build_context)', async () => {
    const repo = uniqueRepo('job');
    const commit = sha();
    const context = makeBuildContext();
    const keys = { AWS_ACCESS_KEY_ID: STATIC_KEY[0], AWS_SECRET_ACCESS_KEY: STATIC_KEY[1], CIRCLE_SHA1: commit };

    const branch = new CircleJob(awsEnv(keys));
    expect([await branch.job('deliver', { repository: repo, build_context: context, push: false, tags: 'pr-7' }), branch.output]).toEqual([
      true,
      expect.any(String),
    ]);
    expect(await branch.later('ECR_DELIVERED_PUSHED')).toBe('false');
    expect(await branch.later('ECR_DELIVERED_IMAGE')).toBe(`${emulator.registryFrontHost}/${repo}:${commit}`);
    expect(await digestOf(repo, commit)).toBeUndefined();
    expect(ops('ecr')).not.toContain('CreateRepository');

    emulator.reset();
    const main = new CircleJob(awsEnv(keys));
    const ok = await main.job('deliver', {
      repository: repo,
      build_context: context,
      tags: 'stable',
      image_tag_mutability: 'IMMUTABLE_WITH_EXCLUSION',
      scan_on_push: false,
    });
    expect([ok, main.output]).toEqual([true, expect.any(String)]);
    const digest = await main.later('ECR_DELIVERED_DIGEST');
    expect(await digestOf(repo, commit)).toBe(digest);
    expect(await digestOf(repo, 'stable')).toBe(digest);
    expect(ops('sts')).toEqual([]);
    expect(emulator.calls.filter((c) => c.service === 'ecr').every((c) => c.accessKeyId === STATIC_KEY[0])).toBe(true);
    expect(emulator.repositories.get(repo)).toMatchObject({
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageScanningConfiguration: { scanOnPush: false },
    });
  });

  it('ecr/login, then a plain `docker push` in a later step of the same job', async () => {
    const repo = uniqueRepo('login');
    const ecr = new ECRClient({ endpoint: emulator.url, region: 'us-east-1', credentials: { accessKeyId: STATIC_KEY[0], secretAccessKey: STATIC_KEY[1] } });
    await ecr.send(new CreateRepositoryCommand({ repositoryName: repo }));
    ecr.destroy();
    const local = `orb-login-local:${randomBytes(4).toString('hex')}`;
    expect((await runCommand('docker', ['build', '-q', '-t', local, makeBuildContext()], { timeoutMs: 120_000 })).code).toBe(0);
    emulator.reset();

    const job = oidcJob(sha());
    const ok = await job.steps([
      { 'ecr/login': { role_to_assume: ROLE } },
      {
        run: {
          name: 'Push with plain docker',
          command: `docker tag ${local} "$ECR_DELIVERED_REGISTRY/${repo}:pushed"\ndocker push "$ECR_DELIVERED_REGISTRY/${repo}:pushed"`,
        },
      },
    ]);
    expect([ok, job.output]).toEqual([true, expect.any(String)]);
    expect(job.runs.map((r) => r.name)).toEqual(['Check ecr-deliver prerequisites (node, docker engine)', 'ecr-deliver login', 'Push with plain docker']);
    expect(await job.later('ECR_DELIVERED_REGISTRY')).toBe(emulator.registryFrontHost);
    // The registry, and the node the prerequisites step found for the node step: nothing else.
    expect(readFileSync(job.bashEnv, 'utf8')).toBe(`export ECR_DELIVER_ORB_NODE=${NODE24}\nexport ECR_DELIVERED_REGISTRY='${emulator.registryFrontHost}'\n`);
    expect(await digestOf(repo, 'pushed')).toMatch(/^sha256:/);
    expect(ops('sts')).toEqual(['AssumeRoleWithWebIdentity']);
    expect(ops('ecr')).toEqual(['GetAuthorizationToken']);
    // docker's auth went to the job's docker config, where later steps find it; no AWS key was exported.
    expect(JSON.parse(readFileSync(join(job.env.DOCKER_CONFIG!, 'config.json'), 'utf8')).auths).toHaveProperty([emulator.registryFrontHost]);
    expect(readFileSync(job.bashEnv, 'utf8')).not.toMatch(/AWS_|ASIA/);
  });

  it("ecr/login with each step's command handed to bash on stdin instead of as a file: the launcher line hands the rest of the script to node", async () => {
    const job = oidcJob(sha());
    job.commandVia = 'stdin';
    const ok = await job.steps([{ 'ecr/login': { role_to_assume: ROLE } }]);
    expect([ok, job.output]).toEqual([true, expect.any(String)]);
    expect(job.runs.map((r) => r.name)).toEqual(['Check ecr-deliver prerequisites (node, docker engine)', 'ecr-deliver login']);
    expect(await job.later('ECR_DELIVERED_REGISTRY')).toBe(emulator.registryFrontHost);
    expect(ops('sts')).toEqual(['AssumeRoleWithWebIdentity']);
    expect(ops('ecr')).toEqual(['GetAuthorizationToken']);
  });

  it('two ecr/deliver steps and a CLI delivery in one job: outputs are ECR_DELIVERED_*, so the CLI builds and tags only what it was asked', async () => {
    const [first, second, cli] = [uniqueRepo('first'), uniqueRepo('second'), uniqueRepo('cli')];
    const commit = sha();
    const job = oidcJob(commit, {}, makeBuildContext());
    const ok = await job.steps([
      { 'ecr/deliver': { repository: first, role_to_assume: ROLE } },
      { 'ecr/deliver': { repository: second, role_to_assume: ROLE, tags: 'latest\nv2' } },
      {
        run: {
          name: 'A later ecr-deliver in a bash step',
          command: `"$ECR_DELIVER_ORB_NODE" ${resolve('dist/index.js')} --json --repository ${cli} --role-to-assume ${ROLE} > cli.json`,
        },
      },
    ]);
    expect(ok ? '' : job.output).toBe('');
    const cliStep = job.runs.at(-1)!;
    const front = emulator.registryFrontHost;
    expect(await job.later('ECR_DELIVERED_IMAGE')).toBe(`${front}/${second}:${commit}`);
    expect(await job.later('ECR_DELIVERED_TAGS')).toBe(`${commit},latest,v2`);
    // The CLI run built its own image and applied only its SHA tag: nothing of the steps before.
    const outputs = JSON.parse(readFileSync(join(job.workdir, 'cli.json'), 'utf8')) as Record<string, string>;
    expect(outputs).toMatchObject({ image: `${front}/${cli}:${commit}`, tags: commit, pushed: 'true' });
    expect(cliStep.stderr).toContain('▶ Build');
    expect(await registryTags(registry, cli)).toEqual([commit]);
    expect(await registryTags(registry, second)).toEqual([commit, 'latest', 'v2'].sort());
    expect(await registryTags(registry, first)).toEqual([commit]);
    expect(readFileSync(job.bashEnv, 'utf8')).not.toMatch(/^export ECR_DELIVER_(?!ORB_NODE=)/m);
  });

  it('node reachable only through a login profile (nvm on machine images): the prerequisites step finds it and the node step runs with that exact node', async () => {
    const repo = uniqueRepo('nvm');
    const commit = sha();
    // PATH has docker and tail, but no node; node is on PATH only in a login shell, as nvm puts it there.
    const bin = mkdtempSync(join(tmpdir(), 'no-node-path-'));
    for (const tool of ['docker', 'tail']) symlinkSync((await runCommand('bash', ['-c', `command -v ${tool}`])).stdout.trim(), join(bin, tool));
    const job = new CircleJob(
      awsEnv({ PATH: bin, CIRCLE_SHA1: commit, AWS_ACCESS_KEY_ID: STATIC_KEY[0], AWS_SECRET_ACCESS_KEY: STATIC_KEY[1] }),
      makeBuildContext(),
    );
    const nvmBin = join(job.dir, '.nvm', 'bin');
    mkdirSync(nvmBin, { recursive: true });
    writeFileSync(join(nvmBin, 'node'), `#!/bin/sh\necho "$*" >> "$HOME/node-calls"\nexec ${NODE24} "$@"\n`);
    chmodSync(join(nvmBin, 'node'), 0o755);
    writeFileSync(join(job.dir, '.bash_profile'), 'export PATH="$HOME/.nvm/bin:$PATH"\n');

    const ok = await job.command('deliver', { repository: repo });
    expect([ok, job.output]).toEqual([true, expect.any(String)]);
    expect(readFileSync(job.bashEnv, 'utf8')).toContain(`export ECR_DELIVER_ORB_NODE=${join(nvmBin, 'node')}\n`);
    // The deliver step's own file (step-1) was run by that node.
    const calls = readFileSync(join(job.dir, 'node-calls'), 'utf8').trim().split('\n');
    expect(calls).toContain(join(job.dir, 'step-1'));
    expect(await digestOf(repo, commit)).toBe(await job.later('ECR_DELIVERED_DIGEST'));
  });

  describe('parameter values are data, never shell', () => {
    let marker: string;
    beforeEach(() => {
      marker = join(mkdtempSync(join(tmpdir(), 'orb-inject-')), 'pwned');
    });

    it('build_args with $(…), backticks, quotes and newlines reach the build literally', async () => {
      const context = mkdtempSync(join(tmpdir(), 'orb-args-'));
      copyFileSync('/bin/busybox', join(context, 'busybox'));
      chmodSync(join(context, 'busybox'), 0o755);
      writeFileSync(
        join(context, 'Dockerfile'),
        [
          'FROM scratch',
          'COPY busybox /bin/busybox',
          'ARG MARK',
          'ARG QUOTE',
          `RUN ["/bin/busybox", "sh", "-c", "printf '%s|%s' \\"$MARK\\" \\"$QUOTE\\" > /args"]`,
          'CMD ["/bin/busybox", "cat", "/args"]',
          '',
        ].join('\n'),
      );
      const mark = `$(touch ${marker})`;
      const quote = `it's "q" \`touch ${marker}\`; touch ${marker}`;
      const repo = uniqueRepo('args');
      const job = oidcJob(sha(), {}, context);
      const ok = await job.command('deliver', { repository: repo, role_to_assume: ROLE, build_args: `MARK=${mark}\nQUOTE=${quote}\n` });
      expect([ok, job.output]).toEqual([true, expect.any(String)]);
      const run = await runCommand('docker', ['run', '--rm', await job.later('ECR_DELIVERED_IMAGE')]);
      expect(run.stdout).toBe(`${mark}|${quote}`);
      expect(existsSync(marker)).toBe(false);
    });

    it.each([
      ['tags', (m: string) => `latest,$(touch ${m})`, 'tags: "$(touch '],
      ['repository', (m: string) => `\`touch ${m}\``, 'repository: "`touch '],
      ['target', (m: string) => `build\n$(touch ${m})`, 'target: "build\\n$(touch '],
      ['role_session_name', (m: string) => `x'; touch ${m}; '`, 'role_session_name'],
      ['dockerfile', (m: string) => `Dockerfile"; touch ${m}; "`, 'dockerfile: "Dockerfile\\"; touch '],
    ])('%s with shell metacharacters fails with exit 2 and one line, before any AWS call, running nothing', async (param, value, start) => {
      const job = oidcJob(sha(), {}, makeBuildContext());
      const params: Params = { repository: 'team/api', role_to_assume: ROLE, [param]: value(marker) };
      expect(await job.command('deliver', params)).toBe(false);
      const step = job.runs.at(-1)!;
      expect(step.code).toBe(2);
      const lines = step.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`ecr-deliver: ${start.replace('role_session_name', 'role-session-name')}`);
      expect(step.stdout).toBe('');
      expect(emulator.calls).toEqual([]);
      expect(existsSync(marker)).toBe(false);
    });
  });

  describe('a missing prerequisite gets one clear line', () => {
    const checkStep = () => ORB.commands.deliver.steps[0].run;

    it('no node on the executor, neither on PATH nor in a login shell', async () => {
      const empty = mkdtempSync(join(tmpdir(), 'empty-path-'));
      const job = new CircleJob({ PATH: empty });
      // A login shell reads /etc/profile (which may find a system node) and then this profile.
      writeFileSync(join(job.dir, '.bash_profile'), `PATH=${empty}\n`);
      const r = await job.run(checkStep());
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^ecr-deliver: no node on this executor: use the ecr\/default executor/)]);
    });

    it('node older than 22: one line naming the version; Node 22 with a docker engine passes the check', async () => {
      const docker = (await runCommand('bash', ['-c', 'command -v docker'])).stdout.trim();
      const executor = (node: string) => {
        const bin = mkdtempSync(join(tmpdir(), 'node-version-'));
        symlinkSync(node, join(bin, 'node'));
        symlinkSync(docker, join(bin, 'docker'));
        return new CircleJob({ PATH: `${bin}:/usr/bin:/bin` });
      };
      // A stand-in for a Node 20 executor: answers the two questions the check asks.
      const old = join(mkdtempSync(join(tmpdir(), 'node20-')), 'node');
      writeFileSync(old, '#!/bin/sh\ncase "$1" in -p) echo 20 ;; --version) echo v20.19.0 ;; esac\n');
      chmodSync(old, 0o755);
      const r = await executor(old).run(checkStep());
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual([
        'ecr-deliver: node v20.19.0 on this executor is too old: it needs Node.js 22+ (use ecr/default or cimg/node)',
      ]);
      const ok = await executor(NODE22).run(checkStep());
      expect({ code: ok.code, stderr: ok.stderr }).toEqual({ code: 0, stderr: '' });
    });

    it('no docker engine: suggests setup_remote_docker or the machine executor', async () => {
      const bin = mkdtempSync(join(tmpdir(), 'node-only-'));
      symlinkSync(NODE24, join(bin, 'node'));
      const docker = (await runCommand('bash', ['-c', 'command -v docker'])).stdout.trim();
      symlinkSync(docker, join(bin, 'docker'));
      const job = new CircleJob({ PATH: bin, DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
      const r = await job.run(checkStep());
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^ecr-deliver: no docker engine .*setup_remote_docker.*machine executor/)]);
    });

    it("ecr/merge's check needs node only: it passes with no docker engine, and hands node on", async () => {
      const bin = mkdtempSync(join(tmpdir(), 'node-only-'));
      symlinkSync(NODE24, join(bin, 'node'));
      const job = new CircleJob({ PATH: bin, DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
      const r = await job.run(ORB.commands.merge.steps[0].run);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      expect(readFileSync(job.bashEnv, 'utf8')).toContain(`export ECR_DELIVER_ORB_NODE=${join(bin, 'node')}`);
    });

    it('no OIDC token (job without a context): suggests a context', async () => {
      const job = new CircleJob(awsEnv({ CIRCLE_SHA1: sha() }), makeBuildContext());
      expect(await job.command('deliver', { repository: uniqueRepo('notoken'), role_to_assume: ROLE })).toBe(false);
      const step = job.runs.at(-1)!;
      expect(step.code).toBe(1);
      expect(step.stderr).toMatch(/ecr-deliver: CircleCI did not give this job an OIDC token/);
      expect(step.stderr).toMatch(/hint: .*context/);
      expect(ops('sts')).toEqual([]);
    });

    it('an unknown ECR_DELIVER_COMMAND is one line with exit 2', async () => {
      const job = new CircleJob(awsEnv({ CIRCLE_SHA1: sha() }));
      const [check] = expand(ORB.commands.login.steps, bindParameters(ORB.commands.login.parameters, {}, 'login'));
      expect((await job.run(check.run)).code).toBe(0);
      const [script] = expand(ORB.commands.run_script.steps, bindParameters(ORB.commands.run_script.parameters, { subcommand: 'login' }, 'run_script'));
      const r = await job.run({ ...script.run, environment: { ...script.run.environment, ECR_DELIVER_COMMAND: 'deploy' } });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual(['ecr-deliver: ECR_DELIVER_COMMAND: "deploy" is not one of deliver, login, merge']);
    });
  });
});

// ------------------------------------------------------------------ tags from git, labels

describe('CircleCI orb: tags from git and labels, end to end', () => {
  it('a tag build (CIRCLE_TAG=v2.3.4) with semver_tags and labels: 2.3.4, 2.3 and 2 exported and in the registry at the digest; labels in the pushed config', async () => {
    const repo = uniqueRepo('semver');
    const commit = sha();
    const job = oidcJob(commit, { CIRCLE_TAG: 'v2.3.4', CIRCLE_BRANCH: '' }, makeBuildContext());
    const ok = await job.command('deliver', {
      repository: repo,
      role_to_assume: ROLE,
      semver_tags: true,
      branch_tag: true,
      labels: 'com.example.team=platform',
    });
    // A failure shows the job's output.
    expect({ ok, output: ok ? '' : job.output }).toEqual({ ok: true, output: '' });
    const digest = await job.later('ECR_DELIVERED_DIGEST');
    expect(await job.later('ECR_DELIVERED_TAGS')).toBe(`${commit},2.3.4,2.3,2`);
    for (const tag of [commit, '2.3.4', '2.3', '2']) expect({ tag, at: await digestOf(repo, tag) }).toEqual({ tag, at: digest });
    const { config } = await registryImageConfig(registry, repo, '2.3.4');
    expect(config?.Labels).toMatchObject({
      'org.opencontainers.image.version': '2.3.4',
      'com.example.team': 'platform',
      'org.opencontainers.image.revision': commit,
    });
  });

  it('a branch build with a pull request and branch_tag: the branch made a tag, and pr-<n>', async () => {
    const repo = uniqueRepo('branch');
    const commit = sha();
    const job = oidcJob(commit, { CIRCLE_BRANCH: 'feature/Login', CIRCLE_PULL_REQUEST: 'https://github.com/acme/api/pull/12' }, makeBuildContext());
    const ok = await job.command('deliver', { repository: repo, role_to_assume: ROLE, branch_tag: true, semver_tags: true });
    // A failure shows the job's output.
    expect({ ok, output: ok ? '' : job.output }).toEqual({ ok: true, output: '' });
    expect(await job.later('ECR_DELIVERED_TAGS')).toBe(`${commit},feature-login,pr-12`);
    const digest = await job.later('ECR_DELIVERED_DIGEST');
    for (const tag of ['feature-login', 'pr-12']) expect({ tag, at: await digestOf(repo, tag) }).toEqual({ tag, at: digest });
  });
});
