import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveSessionName, resolveContext } from '../../src/core/context';
import { InputError } from '../../src/core/errors';
import { OUTPUTS, type OutputName, type Outputs, outputTexts } from '../../src/core/options/outputs';
import { parseOption, parseOptions, type RawOptions } from '../../src/core/options/parse';
import { type EncryptionType, type Mutability, OPTIONS, type Options } from '../../src/core/options/table';

// Compile-time checks of the types derived from the tables (`npm run lint` fails when one is false).
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
// biome-ignore lint/suspicious/noExportsInTest: exported only so that noUnusedLocals lets the compile-time checks stand
export const derivedTypes: Record<string, true> = {
  list: true as Equal<Options['tags'], string[]>,
  optional: true as Equal<Options['awsRegion'], string | undefined>,
  defaulted: true as Equal<Options['roleDurationSeconds'], number>,
  required: true as Equal<Options['repository'], string>,
  boolean: true as Equal<Options['push'], boolean>,
  enum: true as Equal<Mutability, 'MUTABLE' | 'IMMUTABLE' | 'IMMUTABLE_WITH_EXCLUSION'>,
  enum2: true as Equal<EncryptionType, 'AES256' | 'KMS'>,
  outputNames: true as Equal<OutputName, 'registry' | 'repository-uri' | 'image' | 'digest' | 'image-ref' | 'tags' | 'pushed' | 'scan-findings'>,
  severity: true as Equal<Options['failOnSeverity'], 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'none'>,
  labels: true as Equal<Options['labels'], string[]>,
  pushed: true as Equal<Outputs['pushed'], boolean>,
  tags: true as Equal<Outputs['tags'], string[]>,
  digest: true as Equal<Outputs['digest'], string>,
};

const dir = mkdtempSync(join(tmpdir(), 'options-test-'));
writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
writeFileSync(join(dir, 'policy.json'), '{"rules":[]}');
writeFileSync(join(dir, 'broken.json'), '{not json');

const raw =
  (values: Record<string, string>): RawOptions =>
  (name) =>
    ({ repository: 'team/api', context: dir, ...values })[name];
const parse = (values: Record<string, string>) => parseOptions(raw(values));
const failure = (values: Record<string, string>): InputError => {
  try {
    parse(values);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error(`no InputError for ${JSON.stringify(values)}`);
};

describe('option parsing', () => {
  it('applies the documented defaults', () => {
    const o = parse({});
    expect(o).toMatchObject({
      repository: 'team/api',
      audience: 'sts.amazonaws.com',
      roleDurationSeconds: 3600,
      createRepository: true,
      imageTagMutability: 'MUTABLE',
      scanOnPush: true,
      encryptionType: 'AES256',
      cache: true,
      provenance: false,
      skipExisting: false,
      push: true,
      tags: [],
      buildArgs: [],
    });
  });

  it('reads lists, booleans in both spellings and enums case-insensitively', () => {
    const o = parse({ tags: 'latest, v1\nstable\n\nlatest', 'build-args': 'A=1\nB=x=y\n', push: '0', cache: 'TRUE', 'image-tag-mutability': 'immutable' });
    expect(o.tags).toEqual(['latest', 'v1', 'stable']);
    expect(o.buildArgs).toEqual(['A=1', 'B=x=y']);
    expect(o.push).toBe(false);
    expect(o.cache).toBe(true);
    expect(o.imageTagMutability).toBe('IMMUTABLE');
  });

  it.each([
    [{ repository: 'Team/API' }, 'repository', 'ECR repository name'],
    [{ repository: 'a' }, 'repository', '2–256'],
    [{ repository: 'team//api' }, 'repository', 'ECR repository name'],
    [{ repository: '$(touch /tmp/x)' }, 'repository', 'ECR repository name'],
    [{ 'aws-region': 'Europe' }, 'aws-region', 'region'],
    [{ 'role-to-assume': 'arn:aws:iam::12:role/x' }, 'role-to-assume', 'IAM role ARN'],
    [{ 'role-duration-seconds': '899' }, 'role-duration-seconds', '900 to 43200'],
    [{ 'role-duration-seconds': '43201' }, 'role-duration-seconds', '900 to 43200'],
    [{ 'role-duration-seconds': '1e4' }, 'role-duration-seconds', 'whole number'],
    [{ 'registry-id': '12345' }, 'registry-id', '12 digits'],
    [{ 'image-tag-mutability': 'SOMETIMES' }, 'image-tag-mutability', 'MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION'],
    [{ 'encryption-type': 'ROT13' }, 'encryption-type', 'AES256, KMS'],
    [{ 'kms-key': 'alias/x' }, 'kms-key', 'encryption-type: KMS'],
    [{ 'encryption-type': 'KMS', 'kms-key': 'not a key' }, 'kms-key', 'KMS key'],
    [{ 'scan-on-push': 'yes' }, 'scan-on-push', 'boolean'],
    [{ tags: 'ok,-bad' }, 'tags', 'valid image tag'],
    [{ tags: 'x'.repeat(129) }, 'tags', 'valid image tag'],
    [{ 'build-args': 'NOEQUALS' }, 'build-args', 'KEY=VALUE'],
    [{ 'commit-sha': 'abc123' }, 'commit-sha', '40 hex'],
    [{ platform: 'linux amd64' }, 'platform', 'os/arch'],
    [{ 'lifecycle-policy': '/nonexistent.json' }, 'lifecycle-policy', 'readable file'],
    [{ 'lifecycle-policy': join(dir, 'broken.json') }, 'lifecycle-policy', 'valid JSON'],
    [{ 'web-identity-token-file': '/nonexistent' }, 'web-identity-token-file', 'readable file'],
    [{ context: '/nonexistent' }, 'context', 'not a directory'],
    [{ image: 'app:1', target: 'x' }, 'target', 'cannot be combined with `image`'],
    [{ 'role-session-name': 'has space' }, 'role-session-name', 'session name'],
    [{ audience: 'a\nb' }, 'audience', 'control characters'],
    [{ target: 'x'.repeat(5000) }, 'target', 'longer than 4096'],
    // Release tags, labels, the scan gate
    [{ 'semver-tags': 'yes' }, 'semver-tags', 'boolean'],
    [{ 'git-ref': 'main' }, 'git-ref', 'is not a git ref'],
    [{ labels: 'no-equals-sign' }, 'labels', '`key=value`'],
    [{ labels: 'bad key=1' }, 'labels', '`key=value`'],
    [{ image: 'app:1', labels: 'a=b' }, 'labels', 'cannot be combined with `image`'],
    [{ 'scan-start': 'true' }, 'scan-start', 'needs `scan-wait: true`'],
    [{ 'fail-on-severity': 'LOW' }, 'fail-on-severity', 'needs `scan-wait: true`'],
    [{ 'scan-wait': 'true', 'fail-on-severity': 'URGENT' }, 'fail-on-severity', 'CRITICAL, HIGH, MEDIUM, LOW, none'],
    [{ 'scan-wait': 'true', 'scan-timeout-seconds': '0' }, 'scan-timeout-seconds', '1 to 86400'],
  ])('rejects %j naming the option, the value and the rule', (values, option, rule) => {
    const err = failure(values);
    expect(err.option).toBe(option);
    expect(err.message.startsWith(`${option}: `)).toBe(true);
    expect(err.message).toContain(rule);
    expect(err.message).not.toContain('\n');
  });

  it('labels as key=value lines (values may hold `=`), severities case-insensitively, scan defaults', () => {
    const o = parse({ labels: 'org.opencontainers.image.title=api\n\ncom.example/x=a=b\n', 'scan-wait': 'true', 'fail-on-severity': 'high' });
    expect(o.labels).toEqual(['org.opencontainers.image.title=api', 'com.example/x=a=b']);
    expect(o).toMatchObject({ scanWait: true, scanStart: false, scanTimeoutSeconds: 600, failOnSeverity: 'HIGH', semverTags: false, branchTag: false });
    expect(parse({}).failOnSeverity).toBe('none');
    expect(parse({ 'git-ref': 'refs/tags/v1.0.0' }).gitRef).toEqual({ tag: 'v1.0.0' });
  });

  it('keeps account ids as strings, leading zeros included', () => {
    expect(parse({ 'registry-id': '012345678901' }).registryId).toBe('012345678901');
  });

  it('requires the repository', () => {
    expect(() => parseOptions(() => undefined)).toThrow(/^repository: "" is required/);
  });

  it('lets skip-existing and image runs go without a Dockerfile', () => {
    expect(parse({ context: '/nonexistent', 'skip-existing': 'true' }).skipExisting).toBe(true);
    expect(parse({ context: '/nonexistent', image: 'app:1' }).image).toBe('app:1');
  });

  it('every spec has a unique kebab-case name and, as its Options field, that name in camelCase', () => {
    expect(new Set(OPTIONS.map((o) => o.name)).size).toBe(OPTIONS.length);
    for (const o of OPTIONS) {
      expect(o.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect([o.name, o.field]).toEqual([o.name, o.name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())]);
    }
  });

  it('parses every default through its own parser, and every value of an enum (in any case) to itself', () => {
    // login mode: no build inputs are checked, so the defaults alone are parsed (context `.` included).
    const o = parseOptions((name) => (name === 'repository' ? 'team/api' : undefined), 'login') as Record<string, unknown>;
    for (const spec of OPTIONS) {
      if (spec.default !== undefined) expect([spec.name, o[spec.field]]).toEqual([spec.name, spec.parse(spec.default, spec.name)]);
      for (const value of spec.values ?? []) expect(spec.parse(value.toLowerCase(), spec.name)).toBe(value);
    }
  });

  it('parseOption: one option by the same rules and default, undefined when neither given nor defaulted', () => {
    expect(parseOption('push', undefined)).toBe(true);
    expect(parseOption('encryption-type', ' kms ')).toBe('KMS');
    expect(parseOption('registry-id', undefined)).toBeUndefined();
    expect(() => parseOption('registry-id', '12')).toThrow('registry-id: "12" is not an AWS account id (12 digits)');
  });
});

describe('outputs', () => {
  it('are written in table order: booleans as true/false, lists comma-joined, strings as they are', () => {
    const written = outputTexts({
      registry: 'r',
      'repository-uri': 'r/a',
      image: 'r/a:s',
      digest: '',
      'image-ref': '',
      tags: ['s', 'latest'],
      pushed: false,
      'scan-findings': '',
    });
    expect(Object.keys(written)).toEqual(OUTPUTS.map((o) => o.name));
    expect(written).toEqual({
      registry: 'r',
      'repository-uri': 'r/a',
      image: 'r/a:s',
      digest: '',
      'image-ref': '',
      tags: 's,latest',
      pushed: 'false',
      'scan-findings': '',
    });
  });
});

describe('run context', () => {
  const base = parse({});
  it('takes the PR head SHA on pull_request events, not the merge commit', () => {
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { head: { sha: 'b'.repeat(40) } } }));
    const ctx = resolveContext(base, {
      GITHUB_ACTIONS: 'true',
      AWS_REGION: 'eu-west-1',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
    });
    expect(ctx.commitSha).toBe('b'.repeat(40));
    expect(ctx.ci).toBe('github');
  });

  it('falls back from AWS_REGION to AWS_DEFAULT_REGION and refuses none', () => {
    expect(resolveContext(base, { AWS_DEFAULT_REGION: 'eu-central-1', CIRCLE_SHA1: 'c'.repeat(40) }).region).toBe('eu-central-1');
    expect(() => resolveContext(base, { CIRCLE_SHA1: 'c'.repeat(40) })).toThrow(/^aws-region: "" is required/);
  });

  it('derives a session name within STS charset and length', () => {
    expect(deriveSessionName({ GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2' })).toBe('ecr-deliver-123-2');
    const long = deriveSessionName({ CIRCLE_BUILD_NUM: 'x y/'.repeat(40) });
    expect(long).toMatch(/^[\w+=,.@-]{2,64}$/);
  });
});
