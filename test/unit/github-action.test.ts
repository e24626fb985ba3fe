/**
 * frontends/github/action.ts run in-process as the runner runs a step: inputs as INPUT_* variables,
 * outputs, state and summary through the runner's files, workflow commands on stdout, the post
 * step reading STATE_*. Against the emulator and a real registry; the delivery is one whose SHA
 * tag is already in ECR (skip-existing), so nothing is built; a merge, of parts uploaded over the registry API.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { OUTPUTS } from '../../src/core/options/outputs';
import { githubMain, githubPost, isGitHubPost } from '../../src/frontends/github/action';
import { parseCommandFile } from '../fixtures/github-runner';
import { seedImage } from '../fixtures/seed-image';
import { TestStack } from '../fixtures/stack';

const KEY = 'AKIAGITHUBACTIONTST1';
const SECRET = 'github-action-secret';
const SHA = 'facade0000000000000000000000000000000002';

const stack = new TestStack();
let context: string;
let dockerConfig: string;
let stdout: string;
const saved: Record<string, string | undefined> = {};
const savedExitCode = process.exitCode;

function setEnv(vars: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(vars)) {
    if (!(name in saved)) saved[name] = process.env[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

interface Step {
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  stdout: string;
  exitCode: typeof process.exitCode;
}

/** One step: its inputs and state as the runner sets them, fresh runner files, then what it left. */
async function step(run: () => Promise<void>, inputs: Record<string, string>, state: Record<string, string> = {}): Promise<Step> {
  const dir = stack.tempDir('gh-step-');
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STATE: join(dir, 'state'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const vars = {
    ...files,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value])),
  };
  setEnv(vars);
  process.exitCode = undefined;
  stdout = '';
  try {
    await run();
    return {
      outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      state: parseCommandFile(readFileSync(files.GITHUB_STATE, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      stdout,
      exitCode: process.exitCode,
    };
  } finally {
    process.exitCode = savedExitCode;
    setEnv(Object.fromEntries(Object.keys(vars).map((name) => [name, undefined])));
  }
}

const deliverInputs = (inputs: Record<string, string>) => ({ context, 'commit-sha': SHA, ...inputs });

beforeAll(async () => {
  await stack.start();
  stack.emulator.addStaticKey(KEY, SECRET);
  context = stack.tempDir('gh-ctx-');
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\n');
  dockerConfig = stack.tempDir('gh-docker-');
  setEnv({ ...stack.emulator.clientEnv(), AWS_ACCESS_KEY_ID: KEY, AWS_SECRET_ACCESS_KEY: SECRET, DOCKER_CONFIG: dockerConfig });
  const ecr = new ECRClient({ region: stack.emulator.region, endpoint: stack.emulator.url, credentials: { accessKeyId: KEY, secretAccessKey: SECRET } });
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'gh/app' }));
  ecr.destroy();
});

afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await stack.stop();
});

beforeEach(() => {
  stack.emulator.reset();
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});

afterEach(() => jest.restoreAllMocks());

const dockerAuths = (): string[] => {
  try {
    return Object.keys(JSON.parse(readFileSync(join(dockerConfig, 'config.json'), 'utf8')).auths ?? {});
  } catch {
    return [];
  }
};

describe('isGitHubPost', () => {
  it('is true only once the main step saved its isPost state', () => {
    expect(isGitHubPost({ STATE_isPost: 'true' })).toBe(true);
    expect(isGitHubPost({})).toBe(false);
  });
});

describe('githubMain: a delivery', () => {
  it('bad input fails the step with one error naming the option, before any AWS call', async () => {
    const result = await step(githubMain, deliverInputs({ repository: 'Bad Name!' }));
    expect(result.exitCode).toBe(1);
    expect(result.stdout.match(/^::error::.*$/gm)).toEqual([expect.stringMatching(/^::error::repository: "Bad Name!" /)]);
    expect(result.outputs).toEqual({});
    expect(result.state).toEqual({ isPost: 'true' });
    expect(stack.emulator.calls).toEqual([]);
  });

  it('an existing SHA tag: every output set, a summary written, the step not failed, no registry saved for the post step', async () => {
    const image = await seedImage(stack.registry, 'gh/app', SHA);
    const result = await step(githubMain, deliverInputs({ repository: 'gh/app', 'skip-existing': 'true' }));
    expect(result.exitCode).toBeUndefined();
    expect(result.stdout).not.toContain('::error::');
    const uri = `${stack.emulator.registryFrontHost}/gh/app`;
    expect(Object.keys(result.outputs).sort()).toEqual(OUTPUTS.map((o) => o.name).sort());
    expect(result.outputs).toMatchObject({
      registry: stack.emulator.registryFrontHost,
      'repository-uri': uri,
      image: `${uri}:${SHA}`,
      digest: image.digest,
      'image-ref': `${uri}@${image.digest}`,
      tags: SHA,
      pushed: 'false',
      'scan-findings': '',
    });
    expect(result.summary).toMatch(/^### ecr-deliver: already delivered/);
    expect(result.summary).toContain(`| image | \`${uri}:${SHA}\` |`);
    expect(result.summary).toContain(`| digest | \`${image.digest}\` |`);
    // A delivery logs in to its own private docker config: nothing for the post step to log out.
    expect(result.state).toEqual({ isPost: 'true' });
    // Each phase in its own log group.
    expect(result.stdout).toMatch(/^::group::Credentials$/m);
    expect(result.stdout).toMatch(/^::group::Repository$/m);
  });

  it('a refused delivery fails the step with the message and its hint in one error', async () => {
    const result = await step(githubMain, deliverInputs({ repository: 'gh/missing', 'create-repository': 'false' }));
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^::error::repository gh\/missing does not exist%0AHint: create it, or set create-repository: true$/m);
    expect(result.outputs).toEqual({});
  });
});

describe('githubMain mode: merge', () => {
  it('puts the parts in ECR together: every output set from the index, nothing through the registry front (no docker login)', async () => {
    const sha = 'facade0000000000000000000000000000000020';
    const amd = await seedImage(stack.registry, 'gh/app', `${sha}-linux-amd64`, { platform: 'linux/amd64' });
    const arm = await seedImage(stack.registry, 'gh/app', `${sha}-linux-arm64`, { platform: 'linux/arm64' });
    stack.emulator.reset();
    const result = await step(githubMain, { mode: 'merge', repository: 'gh/app', platform: 'linux/amd64,linux/arm64', 'commit-sha': sha, tags: 'multi' });
    expect(result.stdout).not.toContain('::error::');
    expect(result.exitCode).toBeUndefined();
    const uri = `${stack.emulator.registryFrontHost}/gh/app`;
    expect(result.outputs).toMatchObject({ image: `${uri}:${sha}`, tags: `${sha},multi`, pushed: 'true', 'image-ref': `${uri}@${result.outputs.digest}` });
    const index = await fetch(`${stack.registry.url}/v2/gh/app/manifests/multi`, {
      headers: {
        authorization: `Basic ${Buffer.from(`${stack.registry.user}:${stack.registry.password}`).toString('base64')}`,
        accept: 'application/vnd.docker.distribution.manifest.list.v2+json',
      },
    });
    expect(index.headers.get('docker-content-digest')).toBe(result.outputs.digest);
    expect(JSON.parse(await index.text()).manifests.map((m: { digest: string }) => m.digest)).toEqual([amd.digest, arm.digest]);
    expect(stack.emulator.registryRequests).toEqual([]);
    expect(result.state).toEqual({ isPost: 'true' });
  });
});

describe('githubMain mode: login, then githubPost', () => {
  it('logs the job docker in, saves the registry for the post step, which logs it out', async () => {
    const host = stack.emulator.registryFrontHost;
    const login = await step(githubMain, { mode: 'login', 'docker-credentials-output': 'true' });
    expect(login.exitCode).toBeUndefined();
    expect(login.outputs).toEqual({ registry: host, registries: host, 'docker-username': stack.registry.user, 'docker-password': stack.registry.password });
    // The password is masked: on stdout only inside ::add-mask::.
    expect(login.stdout).toContain(`::add-mask::${stack.registry.password}`);
    expect(login.stdout.replaceAll(`::add-mask::${stack.registry.password}`, '')).not.toContain(stack.registry.password);
    expect(login.state).toEqual({ isPost: 'true', registries: JSON.stringify([host]) });
    expect(login.summary).toContain('### ecr-deliver login');
    expect(login.summary).toContain(`- \`${host}\``);
    expect(dockerAuths()).toContain(host);

    const post = await step(githubPost, {}, login.state);
    expect(post.exitCode).toBeUndefined();
    expect(dockerAuths()).not.toContain(host);
  });

  it('with skip-logout the post step leaves docker logged in and says so', async () => {
    const host = stack.emulator.registryFrontHost;
    const login = await step(githubMain, { mode: 'login', 'skip-logout': 'true' });
    expect(login.state).toMatchObject({ skipLogout: 'true', registries: JSON.stringify([host]) });
    expect(login.outputs).not.toHaveProperty('docker-password');
    const post = await step(githubPost, {}, login.state);
    expect(post.stdout).toContain(`skip-logout: docker stays logged in to ${host}`);
    expect(dockerAuths()).toContain(host);
  });
});
