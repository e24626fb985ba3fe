/** The options for registries beyond the target (pull registries, ECR Public, login mode): parsed and refused before any AWS call, each refusal naming the option. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseActionMode, parseOptions } from '../../src/core/options/parse';
import { publicRepositoryName } from '../../src/core/options/rules';
import { fromHosts, missingPullRegistryHint } from '../../src/core/pull-registries';

const dir = mkdtempSync(join(tmpdir(), 'registry-options-'));
writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
const parse = (values: Record<string, string>) => parseOptions((name) => ({ repository: 'team/api', context: dir, ...values })[name]);
const refusal = (values: Record<string, string>) => {
  try {
    parse(values);
  } catch (err) {
    return (err as Error).message;
  }
  return 'accepted';
};

describe('pull-registries, registry-type, catalog data, web-identity-token-env', () => {
  it('pull-registries: ids and ID@REGION, comma or newline separated, duplicates once', () => {
    expect(parse({ 'pull-registries': '210987654321, 345678901234@us-west-2\n210987654321' }).pullRegistries).toEqual([
      { id: '210987654321', region: undefined },
      { id: '345678901234', region: 'us-west-2' },
    ]);
    expect(parse({}).pullRegistries).toEqual([]);
    expect(refusal({ 'pull-registries': '2109876543' })).toBe('pull-registries: "2109876543" is not an ECR registry id (12 digits) or `ID@REGION`');
    expect(refusal({ 'pull-registries': '210987654321@Europe' })).toMatch(/^pull-registries: "210987654321@Europe" is not/);
  });

  it('registry-type: private by default, public when asked or for a public.ecr.aws/<alias>/<name> repository', () => {
    expect(parse({}).registryType).toBe('private');
    expect(parse({ 'registry-type': 'PUBLIC' }).registryType).toBe('public');
    expect(parse({ repository: 'public.ecr.aws/my-alias/tool' }).registryType).toBe('public');
    expect(publicRepositoryName('public.ecr.aws/my-alias/team/tool')).toBe('team/tool');
    expect(refusal({ 'registry-type': 'gallery' })).toBe('registry-type: "gallery" is not one of private, public');
    expect(refusal({ repository: 'public.ecr.aws/x' })).toMatch(/^repository: "public.ecr.aws\/x" is not `public.ecr.aws\/<alias>\/<name>`/);
    writeFileSync(join(dir, 'lifecycle.json'), '{"rules":[]}');
    expect(refusal({ 'registry-type': 'public', 'lifecycle-policy': join(dir, 'lifecycle.json') })).toMatch(
      /^lifecycle-policy: .* does not apply to ECR Public/,
    );
  });

  it('catalog data: text or file://PATH, ECR Public only, within its limits', () => {
    const about = join(dir, 'ABOUT.md');
    writeFileSync(about, '# About\n');
    const o = parse({ 'registry-type': 'public', 'catalog-description': 'A tool', 'catalog-about': `file://${about}` });
    expect([o.catalogDescription, o.catalogAbout, o.catalogUsage]).toEqual(['A tool', '# About\n', undefined]);
    expect(refusal({ 'catalog-description': 'A tool' })).toBe('catalog-description: "A tool" applies to ECR Public only: set `registry-type: public`');
    expect(refusal({ 'registry-type': 'public', 'catalog-usage': 'file:///nonexistent/USAGE.md' })).toBe(
      'catalog-usage: "/nonexistent/USAGE.md" is not a readable file',
    );
    expect(refusal({ 'registry-type': 'public', 'catalog-description': 'x'.repeat(1025) })).toMatch(
      /^catalog-description: .* is longer than ECR Public's limit of 1024 characters$/,
    );
  });

  it('web-identity-token-env: an environment variable name', () => {
    expect(parse({ 'web-identity-token-env': 'CI_JOB_JWT_V2' }).webIdentityTokenEnv).toBe('CI_JOB_JWT_V2');
    expect(refusal({ 'web-identity-token-env': '$TOKEN' })).toBe('web-identity-token-env: "$TOKEN" is not an environment variable name (letters, digits, `_`)');
  });

  it("the Action's mode, skip-logout and docker-credentials-output", () => {
    expect(parseActionMode(() => undefined)).toEqual({ mode: 'deliver', skipLogout: false, dockerCredentialsOutput: false });
    expect(parseActionMode((n) => ({ mode: 'login', 'skip-logout': 'true', 'docker-credentials-output': 'true' })[n])).toEqual({
      mode: 'login',
      skipLogout: true,
      dockerCredentialsOutput: true,
    });
    expect(refusal({ 'skip-logout': 'yes' })).toBe('skip-logout: "yes" is not a boolean: use true or false');
  });
});

describe('a build that cannot pull its base image', () => {
  const dockerfile = join(dir, 'Dockerfile.from');
  writeFileSync(
    dockerfile,
    [
      'FROM --platform=linux/amd64 210987654321.dkr.ecr.us-west-2.amazonaws.com/base/node:22 AS build',
      'FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/os:1',
      'FROM localhost:5000/x/y',
      'FROM node:22',
      'FROM build',
    ].join('\n'),
  );

  it('names the registry hosts of FROM lines (not Docker Hub names or stages)', () => {
    expect(fromHosts(dockerfile)).toEqual(['210987654321.dkr.ecr.us-west-2.amazonaws.com', '123456789012.dkr.ecr.eu-west-1.amazonaws.com', 'localhost:5000']);
  });

  it('hints the pull-registries entry for ECR hosts not logged in to, only for an auth refusal', () => {
    const hint = missingPullRegistryHint(
      'docker build failed (exit 1): no basic auth credentials',
      dockerfile,
      ['123456789012.dkr.ecr.eu-west-1.amazonaws.com'],
      'eu-west-1',
    );
    expect(hint).toBe(
      "the Dockerfile pulls from 210987654321.dkr.ecr.us-west-2.amazonaws.com (pull-registries: 210987654321@us-west-2), localhost:5000, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries",
    );
    expect(missingPullRegistryHint('docker build failed (exit 1): RUN returned a non-zero code: 2', dockerfile, [], 'eu-west-1')).toBeUndefined();
  });
});
