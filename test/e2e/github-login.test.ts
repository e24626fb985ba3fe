/**
 * The GitHub Action's `mode: login`, run as the runner runs it: credentials, docker
 * logged in to the target and every pull registry in the job's docker config, outputs, then later
 * plain docker steps, and the post step's logout (or not, with skip-logout).
 */
import { randomBytes } from 'node:crypto';
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { AwsEmulator } from '../fixtures/emulator';
import { GitHubRunner, oidcJobEnv, runProcess } from '../fixtures/github-runner';
import { type Registry, registryManifestDigest, startRegistry } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const ROLE = 'arn:aws:iam::123456789012:role/deliver';
const PEER_ID = '210987654321';
const stack = new TestStack();
let emulator: AwsEmulator;
let peer: AwsEmulator;
let peerRegistry: Registry;
const images: string[] = [];

beforeAll(async () => {
  ({ emulator } = await stack.start());
  emulator.addRole(ROLE, { aud: 'sts.amazonaws.com', sub: 'repo:octo-org/octo-repo:ref:refs/heads/main' });
  emulator.addStaticKey('AKIALOGINMODETEST001', 'login-mode-secret');
  peerRegistry = await startRegistry();
  peer = new AwsEmulator({ registry: peerRegistry, accountId: PEER_ID });
  await peer.start();
  emulator.addRegistryId(peer);
});

afterAll(async () => {
  if (images.length) await runProcess('docker', ['rmi', '-f', ...images], process.env);
  await peer?.stop();
  await peerRegistry?.stop();
  await stack.stop();
});

beforeEach(() => emulator.reset());

function job(): GitHubRunner {
  return new GitHubRunner({
    ...oidcJobEnv(emulator),
  });
}

/** A later `run:` step of the same job: plain docker with the job's docker config. */
function dockerStep(runner: GitHubRunner, args: string[]) {
  return runProcess('docker', args, { PATH: process.env.PATH, HOME: runner.dir, DOCKER_CONFIG: runner.dockerConfig });
}

describe('GitHub Action, mode: login', () => {
  it('logs in to the target and the pull registries; a later plain docker push step uses the login; the post step logs out', async () => {
    const repo = `login/app-${randomBytes(3).toString('hex')}`;
    const ecr = new ECRClient({
      region: 'us-east-1',
      endpoint: emulator.url,
      credentials: { accessKeyId: 'AKIALOGINMODETEST001', secretAccessKey: 'login-mode-secret' },
    });
    await ecr.send(new CreateRepositoryCommand({ repositoryName: repo }));
    ecr.destroy();
    emulator.reset();
    const runner = job();
    const inputs = { mode: 'login', 'role-to-assume': ROLE, 'pull-registries': PEER_ID };
    const main = await runner.main(inputs);
    expect({ code: main.code, out: main.code ? main.stdout : '' }).toEqual({ code: 0, out: '' });
    expect(main.outputs).toEqual({ registry: emulator.registryFrontHost, registries: `${emulator.registryFrontHost},${peer.registryFrontHost}` });
    expect(Object.keys(runner.dockerAuths()).sort()).toEqual([emulator.registryFrontHost, peer.registryFrontHost].sort());
    // Credentials only: nothing built, no repository touched.
    expect(emulator.calls.filter((c) => c.service === 'ecr').map((c) => c.operation)).toEqual(['GetAuthorizationToken', 'GetAuthorizationToken']);
    // The registry password reaches the log only inside the runner's mask command.
    expect(main.everything.split(`::add-mask::${emulator.registry.password}`).join('')).not.toContain(emulator.registry.password);

    const ref = `${main.outputs.registry}/${repo}:plain-step`;
    images.push(ref);
    expect((await dockerStep(runner, ['build', '-q', '-t', ref, stack.freshContext()])).code).toBe(0);
    const pushed = await dockerStep(runner, ['push', ref]);
    expect(pushed.code).toBe(0);
    expect(await registryManifestDigest(emulator.registry, repo, 'plain-step')).toBe(/digest: (sha256:[0-9a-f]{64})/.exec(pushed.stdout)![1]);

    const post = await runner.post(inputs, main.state);
    expect(post.code).toBe(0);
    expect(runner.dockerAuths()).toEqual({});
  });

  it('skip-logout: true keeps the login after the post step', async () => {
    const runner = job();
    const inputs = { mode: 'login', 'role-to-assume': ROLE, 'skip-logout': 'true' };
    const main = await runner.main(inputs);
    expect(main.code).toBe(0);
    const post = await runner.post(inputs, main.state);
    expect(post.code).toBe(0);
    expect(post.stdout).toContain(`skip-logout: docker stays logged in to ${emulator.registryFrontHost}`);
    expect(Object.keys(runner.dockerAuths())).toEqual([emulator.registryFrontHost]);
    // And the login still works in a later job on this (self-hosted) runner.
    expect((await dockerStep(runner, ['pull', `${emulator.registryFrontHost}/none/missing:1`])).stderr).not.toMatch(/no basic auth credentials/);
  });

  it('docker-credentials-output: masked password and the user name as outputs; off by default', async () => {
    const runner = job();
    const main = await runner.main({ mode: 'login', 'role-to-assume': ROLE, 'docker-credentials-output': 'true' });
    expect(main.code).toBe(0);
    expect(main.outputs['docker-username']).toBe(emulator.registry.user);
    expect(main.outputs['docker-password']).toBe(emulator.registry.password);
    expect(main.stdout).toContain(`::add-mask::${emulator.registry.password}`);
    expect(main.stdout.split(`::add-mask::${emulator.registry.password}`).join('')).not.toContain(emulator.registry.password);
    await runner.post({ mode: 'login' }, main.state);

    const plain = await job().main({ mode: 'login', 'role-to-assume': ROLE });
    expect(Object.keys(plain.outputs).sort()).toEqual(['registries', 'registry']);
  });

  it('bad mode inputs fail before any AWS call, naming the input', async () => {
    const bad = await job().main({ mode: 'push', 'role-to-assume': ROLE });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('::error::mode: "push" is not one of deliver, login, part, merge');
    const deliverWithCreds = await job().main({ repository: 'x/y', 'docker-credentials-output': 'true' });
    expect(deliverWithCreds.stdout).toContain('::error::docker-credentials-output: "true" applies to `mode: login` only');
    expect(emulator.calls).toEqual([]);
  });
});
