/**
 * frontends/plain-output.ts, the CLI's and CircleCI's shared half, run in-process against the
 * emulator and a real registry: the exit code, what it printed on stderr (one line per failure,
 * plus a hint line; the summary block), what it handed the caller, and what AWS was asked.
 * The delivery is one whose SHA tag is already in ECR (skip-existing): nothing is built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, RegistryError } from '../../src/core/errors';
import type { Outputs } from '../../src/core/options/outputs';
import { deliverPlain, fail, fromEnv, loginPlain } from '../../src/frontends/plain-output';
import { InProcessFrontEnd } from '../fixtures/in-process-front-end';
import { seedImage } from '../fixtures/seed-image';

const KEY = 'AKIAPLAINOUTPUTTEST1';
const SECRET = 'plain-output-secret';
const SHA = 'c0ffee0000000000000000000000000000000001';

const frontEnd = new InProcessFrontEnd({ id: KEY, secret: SECRET }, 'plain/app');
const { stack } = frontEnd;
const written = frontEnd.capture(process.stderr);

beforeAll(() => frontEnd.start());
afterAll(() => frontEnd.stop());
beforeEach(() => stack.emulator.reset());

const env = (vars: Record<string, string>): NodeJS.ProcessEnv => ({ ECR_DELIVER_CONTEXT: frontEnd.context, ECR_DELIVER_COMMIT_SHA: SHA, ...vars });

describe('fromEnv', () => {
  it('reads each option from its ECR_DELIVER_* variable', () => {
    const raw = fromEnv({ ECR_DELIVER_REPOSITORY: 'team/app', ECR_DELIVER_SKIP_EXISTING: 'true', REPOSITORY: 'not this' });
    expect(raw('repository')).toBe('team/app');
    expect(raw('skip-existing')).toBe('true');
    expect(raw('tags')).toBeUndefined();
  });
});

describe('fail', () => {
  it('bad input: one line naming the option, exit code 2', () => {
    expect(fail(new InputError('tags', 'a b', 'is not a valid tag'))).toBe(2);
    expect(written.text).toBe('ecr-deliver: tags: "a b" is not a valid tag\n');
  });

  it('a delivery failure: its line and a hint line, exit code 1', () => {
    expect(fail(new RegistryError('repository x does not exist', 'create it'))).toBe(1);
    expect(written.text).toBe('ecr-deliver: repository x does not exist\nhint: create it\n');
  });

  it('anything else: one line with its name, exit code 1', () => {
    expect(fail(new TypeError('boom'))).toBe(1);
    expect(written.text).toBe('ecr-deliver: TypeError: boom\n');
  });
});

describe('deliverPlain', () => {
  it('bad input: exit 2 with one line naming the option and value, before any AWS call, nothing published', async () => {
    const publish = jest.fn();
    const code = await deliverPlain(fromEnv(env({ ECR_DELIVER_REPOSITORY: 'Bad Name!' })), publish);
    expect(code).toBe(2);
    expect(written.text.split('\n').filter(Boolean)).toHaveLength(1);
    expect(written.text).toMatch(/^ecr-deliver: repository: "Bad Name!" /);
    expect(publish).not.toHaveBeenCalled();
    expect(stack.emulator.calls).toEqual([]);
  });

  it('an existing SHA tag: exit 0, outputs handed over once, summary saying nothing was built or uploaded', async () => {
    const image = await seedImage(stack.registry, 'plain/app', SHA);
    const publish = jest.fn<void, [Outputs]>();
    const code = await deliverPlain(fromEnv(env({ ECR_DELIVER_REPOSITORY: 'plain/app', ECR_DELIVER_SKIP_EXISTING: 'true' })), publish);
    expect(code).toBe(0);
    expect(publish).toHaveBeenCalledTimes(1);
    const uri = `${stack.emulator.registryFrontHost}/plain/app`;
    expect(publish.mock.calls[0][0]).toMatchObject({
      registry: stack.emulator.registryFrontHost,
      'repository-uri': uri,
      image: `${uri}:${SHA}`,
      digest: image.digest,
      'image-ref': `${uri}@${image.digest}`,
      pushed: false,
    });
    expect(written.text).toContain(`── ecr-deliver: already delivered: ${uri}:${SHA} ──`);
    expect(written.text).toMatch(/\n {2}pushed +false \(the SHA tag was already in ECR: nothing built or uploaded\)\n/);
    expect(written.text).toMatch(/\n {2}image-ref +\S+@sha256:/);
    expect(written.text).toContain('  timeline');
    // No scan was waited for: no scan-findings row.
    expect(written.text).not.toContain('scan-findings');
    expect(stack.emulator.registryRequests.filter((r) => r.method === 'PUT' || r.method === 'POST')).toEqual([]);
  });

  it('a refused delivery: exit 1, the failure and its hint as the last two lines, nothing published', async () => {
    const publish = jest.fn();
    const code = await deliverPlain(fromEnv(env({ ECR_DELIVER_REPOSITORY: 'plain/missing', ECR_DELIVER_CREATE_REPOSITORY: 'false' })), publish);
    expect(code).toBe(1);
    expect(written.text.trimEnd().split('\n').slice(-2)).toEqual([
      'ecr-deliver: repository plain/missing does not exist',
      'hint: create it, or set create-repository: true',
    ]);
    expect(publish).not.toHaveBeenCalled();
    expect(stack.emulator.calls.some((c) => c.operation === 'CreateRepository')).toBe(false);
  });
});

describe('loginPlain', () => {
  it('logs docker in to the registry, hands the host over and prints a block naming it', async () => {
    const publish = jest.fn<void, [string]>();
    const code = await loginPlain(fromEnv({}), publish);
    expect(code).toBe(0);
    const host = stack.emulator.registryFrontHost;
    expect(publish.mock.calls).toEqual([[host]]);
    expect(written.text).toContain(`── ecr-deliver: logged in to ${host} ──`);
    expect(written.text).toMatch(new RegExp(`\\n {2}registry +${host.replace(/\./g, '\\.')}\\n`));
    const auths = JSON.parse(readFileSync(join(frontEnd.dockerConfig, 'config.json'), 'utf8')).auths as Record<string, unknown>;
    expect(Object.keys(auths)).toContain(host);
    // The password reaches docker's config, never the log.
    expect(written.text).not.toContain(stack.registry.password);
  });

  it('bad input: exit 2, nothing handed over', async () => {
    const publish = jest.fn();
    expect(await loginPlain(fromEnv({ ECR_DELIVER_AWS_REGION: 'mars-1' }), publish)).toBe(2);
    expect(written.text).toMatch(/^ecr-deliver: aws-region: "mars-1" /);
    expect(publish).not.toHaveBeenCalled();
  });
});
