/** `mode: part` and `mode: merge`: their input rules, each one line naming the option, the value and the rule, before any AWS call. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/core/errors';
import { parseOptions, type RawOptions } from '../../src/core/options/parse';
import { MERGE_OPTIONS, OPTIONS } from '../../src/core/options/table';

const dir = mkdtempSync(join(tmpdir(), 'options-multi-arch-'));
writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');

const raw =
  (values: Record<string, string>): RawOptions =>
  (name) =>
    ({ repository: 'team/api', ...values })[name];
const failure = (values: Record<string, string>): string => {
  try {
    parseOptions(raw(values));
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
  throw new Error(`no InputError for ${JSON.stringify(values)}`);
};
const TWO = 'linux/amd64,linux/arm64';
/** Every option at its default, as the orb and action.yml hand them over. */
const defaults = Object.fromEntries(OPTIONS.filter((o) => o.default !== undefined).map((o) => [o.name, o.default!]));

describe('mode: merge', () => {
  it('parses with two platforms and no build option, though context and Dockerfile are absent', () => {
    // The same options as a delivery: its default context `.` holds no Dockerfile.
    expect(failure({ platform: TWO })).toBe('dockerfile: "./Dockerfile" is not a readable file');
    const o = parseOptions(raw({ mode: 'merge', platform: TWO }));
    expect(o.mode).toBe('merge');
    expect(o.platform).toBe(TWO);
  });

  it('takes every default as not given (the orb and action.yml pass them all)', () => {
    expect(parseOptions(raw({ ...defaults, mode: 'merge', platform: TWO })).mode).toBe('merge');
  });

  it('refuses platform unset, one platform, or one platform twice', () => {
    expect(failure({ mode: 'merge' })).toBe('platform: "" needs at least two platforms with `mode: merge`, e.g. `linux/amd64,linux/arm64`');
    expect(failure({ mode: 'merge', platform: 'linux/arm64' })).toBe(
      'platform: "linux/arm64" needs at least two platforms with `mode: merge`, e.g. `linux/amd64,linux/arm64`',
    );
    expect(failure({ mode: 'merge', platform: 'linux/arm64, linux/arm64' })).toMatch(/^platform: "linux\/arm64, linux\/arm64" needs at least two platforms/);
  });

  it.each([
    ['context', dir, `context: "${dir}"`],
    ['dockerfile', join(dir, 'Dockerfile'), `dockerfile: "${join(dir, 'Dockerfile')}"`],
    ['target', 'prod', 'target: "prod"'],
    ['cache', 'false', 'cache: "false"'],
    ['provenance', 'true', 'provenance: "true"'],
    ['image', 'app:1', 'image: "app:1"'],
    ['push', 'false', 'push: "false"'],
    ['labels', 'team=a', 'labels: "***"'],
    ['build-args', 'TOKEN=s3cret', 'build-args: "***"'],
    ['secrets', 'npm=s3cret', 'secrets: "***"'],
  ])('refuses %s set to other than its default, without quoting secrets', (name, value, start) => {
    const message = failure({ mode: 'merge', platform: TWO, [name]: value });
    expect(message).toBe(`${start} cannot be combined with \`mode: merge\`, which builds and pushes nothing (the parts did)`);
    expect(message).not.toContain('s3cret');
  });

  it('refuses ECR Public', () => {
    expect(failure({ mode: 'merge', platform: TWO, 'registry-type': 'public' })).toBe(
      'mode: "merge" works with private ECR only: ECR Public\'s API cannot read a part\'s config',
    );
  });

  it('MERGE_OPTIONS: no option of building or pushing, no mode, nothing of the GitHub Action alone', () => {
    expect(MERGE_OPTIONS).toEqual(expect.arrayContaining(['repository', 'platform', 'tags', 'semver-tags', 'branch-tag', 'commit-sha', 'scan-wait']));
    for (const name of ['context', 'dockerfile', 'cache', 'image', 'push', 'secrets', 'mode', 'skip-logout']) expect(MERGE_OPTIONS).not.toContain(name);
  });
});

describe('mode: part', () => {
  it('takes one platform, or none (the daemon decides)', () => {
    expect(parseOptions(raw({ mode: 'part', context: dir, platform: 'linux/arm/v7' })).platform).toBe('linux/arm/v7');
    expect(parseOptions(raw({ mode: 'part', context: dir })).platform).toBeUndefined();
  });

  it('refuses several platforms', () => {
    expect(failure({ mode: 'part', context: dir, platform: TWO })).toBe(
      `platform: "${TWO}" takes one platform with \`mode: part\` (one job per platform; \`mode: merge\` puts the parts together)`,
    );
  });

  it('checks the build inputs as a delivery does', () => {
    expect(failure({ mode: 'part', context: join(dir, 'missing') })).toBe(`context: "${join(dir, 'missing')}" is not a directory`);
  });
});

describe('mode', () => {
  it('is one of deliver, login, part, merge', () => {
    expect(failure({ mode: 'build', context: dir })).toBe('mode: "build" is not one of deliver, login, part, merge');
  });

  it('docker-credentials-output belongs to login only, also for part and merge', () => {
    expect(failure({ mode: 'part', context: dir, 'docker-credentials-output': 'true' })).toBe(
      'docker-credentials-output: "true" applies to `mode: login` only',
    );
  });
});
