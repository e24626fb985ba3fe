/** Build secrets without dockerd: parsing `secrets`/`secret-files`/`ssh`, build-arg messages, and the builder choice. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSecretsOf, checkSecretSources, secretValues } from '../../src/core/build-secrets';
import { chooseBuilder } from '../../src/core/builder';
import { InputError } from '../../src/core/errors';
import { parseOptions } from '../../src/core/options/parse';

const dir = mkdtempSync(join(tmpdir(), 'secrets-test-'));
writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
const tokenFile = join(dir, 'token');
writeFileSync(tokenFile, 'file-secret-value\nsecond-line-value\n');
const parse = (values: Record<string, string>) => parseOptions((name) => ({ repository: 'team/api', context: dir, ...values })[name]);
const message = (values: Record<string, string>): string => {
  try {
    parse(values);
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
  throw new Error('no InputError');
};

describe('secrets, secret-files, ssh', () => {
  it('parses inline values, env references, files and ssh entries', () => {
    const o = parse({ secrets: 'npm=abc=def\ngh=env:GH_TOKEN\n', 'secret-files': `aws=${tokenFile}`, ssh: `default\ndeploy=${tokenFile}` });
    expect(buildSecretsOf(o)).toEqual({
      inline: [
        { id: 'npm', value: 'abc=def' },
        { id: 'gh', env: 'GH_TOKEN' },
      ],
      files: [{ id: 'aws', path: tokenFile }],
      ssh: [{ id: 'default' }, { id: 'deploy', path: tokenFile }],
    });
    expect(secretValues(buildSecretsOf(o), { GH_TOKEN: 'from-env' })).toEqual([
      'abc=def',
      'from-env',
      'file-secret-value\nsecond-line-value',
      'file-secret-value',
      'second-line-value',
    ]);
  });

  it.each([
    [{ secrets: 'tok s3cr3t-value' }, 'secrets: "***" is not `id=…`'],
    [{ secrets: 'bad id=s3cr3t-value' }, 'secrets: "bad id=***" is not `id=…`'],
    [{ secrets: 'a=s3cr3t-value\na=other' }, 'secrets: "a=***" repeats a secret id'],
    [{ secrets: 'a=env:not-a-var' }, 'secrets: "a=env:not-a-var" names no valid environment variable'],
    [{ 'secret-files': 'a=/nonexistent/s3cr3t-value' }, 'secret-files: "a=/nonexistent/s3cr3t-value" does not name a readable file'],
    [{ ssh: 'k=/nonexistent/key' }, 'ssh: "k=/nonexistent/key" names no existing key file or agent socket'],
    [{ 'build-args': 'NPM_TOKEN s3cr3t-value' }, 'build-args: "***" is not `KEY=VALUE`'],
    [{ 'build-args': 'BAD-NAME=s3cr3t-value' }, 'build-args: "BAD-NAME=***" is not `KEY=VALUE`'],
    [{ 'build-args': 'DOCKER_HOST=s3cr3t-value' }, 'build-args: "DOCKER_HOST=***" is a name the docker CLI reads'],
    [{ 'build-args': 'A=s3cr3t-value', image: 'app:1' }, 'build-args: "A=***" cannot be combined with `image`'],
    [{ secrets: 'a=s3cr3t-value', image: 'app:1' }, 'secrets: "***" cannot be combined with `image`'],
  ])('%j: one line naming the option and the rule, never the value', (values, expected) => {
    const line = message(values);
    expect(line.startsWith(expected)).toBe(true);
    if (!('secret-files' in values)) expect(line).not.toContain('s3cr3t-value');
  });

  it('checks, before any AWS call, that a referenced variable is set and an agent exists for `ssh: default`', () => {
    const o = parse({ secrets: 'gh=env:GH_TOKEN', ssh: 'default' });
    expect(() => checkSecretSources(buildSecretsOf(o), { SSH_AUTH_SOCK: '/s' })).toThrow(
      'secrets: "gh=env:GH_TOKEN" names an environment variable that is not set',
    );
    expect(() => checkSecretSources(buildSecretsOf(o), { GH_TOKEN: 'x' })).toThrow(/^ssh: "default" needs an SSH agent/);
    expect(() => checkSecretSources(buildSecretsOf(o), { GH_TOKEN: '', SSH_AUTH_SOCK: '/s' })).not.toThrow();
    const clash = parse({ secrets: 'a=x', 'secret-files': `a=${tokenFile}` });
    expect(() => checkSecretSources(buildSecretsOf(clash), {})).toThrow(`secret-files: "a=${tokenFile}" repeats an id of \`secrets\``);
  });
});

describe('builder choice', () => {
  const probes = (buildx: boolean, embedded: boolean) => ({ buildx: async () => buildx, embeddedBuildkit: async () => embedded });

  it('buildx, else embedded BuildKit, else classic', async () => {
    expect(await chooseBuilder(probes(true, true), {})).toBe('buildx');
    expect(await chooseBuilder(probes(false, true), {})).toBe('buildkit');
    expect(await chooseBuilder(probes(false, false), {})).toBe('classic');
  });

  it('respects DOCKER_BUILDKIT as docker reads it', async () => {
    expect(await chooseBuilder(probes(true, true), { DOCKER_BUILDKIT: '0' })).toBe('classic');
    expect(await chooseBuilder(probes(true, true), { DOCKER_BUILDKIT: 'false' })).toBe('classic');
    expect(await chooseBuilder(probes(false, true), { DOCKER_BUILDKIT: '1' })).toBe('buildkit');
    expect(await chooseBuilder(probes(true, false), { DOCKER_BUILDKIT: 'true' })).toBe('buildx');
    await expect(chooseBuilder(probes(false, false), { DOCKER_BUILDKIT: '1' })).rejects.toThrow(
      'DOCKER_BUILDKIT=1 asks for BuildKit, but this docker CLI cannot build with BuildKit without the buildx plugin',
    );
  });

  it("fails with the option's name where the builder it needs is missing", async () => {
    await expect(chooseBuilder(probes(false, true), {}, { buildx: 'platform' })).rejects.toThrow(
      'platform needs docker buildx, which this machine does not have',
    );
    await expect(chooseBuilder(probes(false, false), {}, { buildkit: 'secrets' })).rejects.toThrow('secrets needs BuildKit, but this docker CLI cannot build');
    await expect(chooseBuilder(probes(true, true), { DOCKER_BUILDKIT: '0' }, { buildkit: 'ssh' })).rejects.toThrow(
      'ssh needs BuildKit, but DOCKER_BUILDKIT=0 selects the classic builder',
    );
    expect(await chooseBuilder(probes(false, true), {}, { buildkit: 'secrets' })).toBe('buildkit');
  });
});
