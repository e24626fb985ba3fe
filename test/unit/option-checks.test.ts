/** The checks between options are pure: they return what the options imply, or throw, and never change the options they read. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/core/errors';
import { crossChecks, registryType } from '../../src/core/options/checks';
import { parseOptions } from '../../src/core/options/parse';
import type { Options } from '../../src/core/options/table';

const dir = mkdtempSync(join(tmpdir(), 'option-checks-'));
writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Options as parsing hands them to the checks, frozen: a check that assigns to them throws. */
const given = (values: Record<string, string>): Readonly<Options> =>
  Object.freeze(parseOptions((name) => ({ repository: 'team/api', context: dir, ...values })[name]));
const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (err) {
    return err;
  }
  return undefined;
};

describe('crossChecks', () => {
  it('returns the registry type a public.ecr.aws/<alias>/<name> repository implies, and leaves the options as they were', () => {
    const options = Object.freeze({ ...given({}), repository: 'public.ecr.aws/my-alias/tool' });
    const before = structuredClone(options);
    expect(crossChecks(options, 'deliver')).toEqual({ registryType: 'public' });
    expect(options).toEqual(before);
    expect(options.registryType).toBe('private');
  });

  it('returns the given registry type for any other repository', () => {
    expect(crossChecks(given({}), 'deliver')).toEqual({ registryType: 'private' });
    expect(crossChecks(given({ 'registry-type': 'public' }), 'deliver')).toEqual({ registryType: 'public' });
  });

  it('checks the other rules against the implied type: a lifecycle policy is refused for a public.ecr.aws/ repository', () => {
    writeFileSync(join(dir, 'lifecycle.json'), '{"rules":[]}');
    const options = Object.freeze({ ...given({ 'lifecycle-policy': join(dir, 'lifecycle.json') }), repository: 'public.ecr.aws/my-alias/tool' });
    const before = structuredClone(options);
    const err = thrown(() => crossChecks(options, 'deliver'));
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(`lifecycle-policy: "${join(dir, 'lifecycle.json')}" does not apply to ECR Public, which has no lifecycle policies`);
    expect(options).toEqual(before);
  });

  it('a refusal names the option, the value and the rule', () => {
    const options = Object.freeze({ ...given({}), kmsKey: 'alias/team' });
    expect((thrown(() => crossChecks(options, 'deliver')) as Error).message).toBe('kms-key: "alias/team" needs `encryption-type: KMS`');
    const login = Object.freeze({ ...given({}), dockerCredentialsOutput: true });
    expect((thrown(() => crossChecks(login, 'deliver')) as Error).message).toBe('docker-credentials-output: "true" applies to `mode: login` only');
  });

  it('parseOptions applies what the checks return', () => {
    expect(given({ repository: 'public.ecr.aws/my-alias/tool' }).registryType).toBe('public');
  });
});

describe('registryType', () => {
  it('is the given type, or public for a public.ecr.aws/<alias>/<name> repository whose alias and name are valid', () => {
    expect(registryType({ repository: 'team/api', registryType: 'private' })).toBe('private');
    expect(registryType({ repository: 'team/api', registryType: 'public' })).toBe('public');
    expect(registryType({ repository: 'public.ecr.aws/my-alias/team/tool', registryType: 'private' })).toBe('public');
    expect((thrown(() => registryType({ repository: 'public.ecr.aws/x', registryType: 'private' })) as Error).message).toBe(
      'repository: "public.ecr.aws/x" is not `public.ecr.aws/<alias>/<name>`',
    );
    expect((thrown(() => registryType({ repository: 'public.ecr.aws/my-alias/Tool', registryType: 'private' })) as Error).message).toMatch(
      /^repository: "public.ecr.aws\/my-alias\/Tool" is not a valid ECR repository name/,
    );
  });
});
