/**
 * `ecr-deliver iam-policy` reads its flags from the one option table: the delivery options it takes
 * are parsed and refused exactly as a delivery's, its own flags are rows marked for it alone, and
 * its --help and the README list the same rows.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { InputError } from '../../src/core/errors';
import { parseIamPolicyArgs } from '../../src/core/iam-policy/command';
import { parseOption } from '../../src/core/options/parse';
import { IAM_POLICY_FLAGS, OPTIONS, type OptionName } from '../../src/core/options/table';
import { helpText, iamPolicyHelp } from '../../src/frontends/cli';

const BASE = ['--repository', 'team/api', '--account-id', '012345678901', '--aws-region', 'eu-west-1', '--repo', 'octo-org/octo-repo'];
const delivery = new Set<string>(OPTIONS.map((o) => o.name));
const ownFlags = IAM_POLICY_FLAGS.filter((f) => !delivery.has(f.name));

const refusal = (run: () => unknown): InputError => {
  try {
    run();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('accepted');
};

describe('iam-policy flags from the option table', () => {
  it("the delivery options it takes refuse a bad value with the delivery's own line: flag, value, rule", () => {
    const cases: [OptionName, string][] = [
      ['repository', 'Team/API'],
      ['aws-region', 'Europe'],
      ['registry-id', '42'],
      ['audience', 'has space'],
      ['push', 'maybe'],
      ['cache', 'sometimes'],
      ['encryption-type', 'rot13'],
      ['registry-type', 'gallery'],
      ['pull-registries', '2109876543'],
      ['scan-wait', 'yes'],
    ];
    for (const [name, value] of cases) {
      const asDelivery = refusal(() => parseOption(name, value));
      const asIamPolicy = refusal(() => parseIamPolicyArgs([...BASE, `--${name}`, value], {}));
      expect({ name, message: asIamPolicy.message }).toEqual({ name, message: asDelivery.message });
      expect(asIamPolicy.option).toBe(name);
      expect(asIamPolicy.message).toContain(`"${value}"`);
    }
  });

  it('its own flags refuse a bad value naming the flag, the value and the rule', () => {
    const cases: [string, string, RegExp][] = [
      ['account-id', '12345', /^account-id: "12345" is not an AWS account id \(12 digits\)$/],
      ['provider', 'gitlab', /^provider: "gitlab" is not one of github, circleci, none$/],
      ['repo', 'not a repo', /^repo: "not a repo" is not a GitHub repository/],
      ['pull-repositories', 'Bad Name', /^pull-repositories: "Bad Name" is not a repository name pattern/],
      ['pull-through', 'x', /^pull-through: "x" is not a pull-through cache prefix/],
      ['only', 'both', /^only: "both" is not one of permissions, trust$/],
      ['github-issuer', 'not an issuer', /^github-issuer: "not an issuer" is not an OIDC issuer/],
    ];
    for (const [name, value, rule] of cases) {
      const err = refusal(() => parseIamPolicyArgs([...BASE, `--${name}`, value], {}));
      expect({ option: err.option, message: err.message }).toEqual({ option: name, message: expect.stringMatching(rule) });
    }
  });

  it('a required row must be given; a value with control characters is refused like every option', () => {
    expect(refusal(() => parseIamPolicyArgs(BASE.slice(2), {})).message).toBe('repository: "" is required');
    expect(refusal(() => parseIamPolicyArgs(['--repository', 'team/api', '--repo', 'o/r', '--aws-region', 'eu-west-1'], {})).message).toBe(
      'account-id: "" is required',
    );
    expect(refusal(() => parseIamPolicyArgs([...BASE, '--branch', 'ma\u0007in'], {})).message).toMatch(/^branch: .* contains control characters$/);
  });

  it('applies the defaults of the rows: the delivery defaults of the options, none for the audience', () => {
    const { request } = parseIamPolicyArgs(BASE, {});
    expect(request).toMatchObject({ createRepository: true, cache: true, push: true, encryptionType: 'AES256', scanWait: false, lifecyclePolicy: false });
    expect(request.audience).toBeUndefined();
    expect(request.registryType).toBe('private');
    expect(parseIamPolicyArgs(['--repository', 'public.ecr.aws/my-alias/tool', ...BASE.slice(2)], {}).request.registryType).toBe('public');
  });

  it('--help lists every row it takes, with its value and meaning', () => {
    const help = iamPolicyHelp().replace(/\s+/g, ' ');
    for (const f of IAM_POLICY_FLAGS) {
      expect(help).toContain(`--${f.name} ${f.value} ${f.description.replace(/`/g, '').replace(/\s+/g, ' ')}`);
    }
    expect(IAM_POLICY_FLAGS.map((f) => f.name)).toEqual(
      expect.arrayContaining(['repository', 'aws-region', 'registry-id', 'audience', 'account-id', 'provider']),
    );
  });

  it("its own flags are in no delivery front end: not in action.yml, the orb, nor the delivery's --help", () => {
    expect(ownFlags.map((f) => f.name).sort()).toEqual(
      [
        'account-id',
        'branch',
        'environment',
        'github-issuer',
        'only',
        'org-id',
        'project-id',
        'provider',
        'pull-repositories',
        'pull-request',
        'pull-through',
        'repo',
        'tag',
        'vcs-ref',
      ].sort(),
    );
    const inputs = Object.keys(parse(readFileSync('action.yml', 'utf8')).inputs);
    const orb = parse(readFileSync('dist/orb.yml', 'utf8'));
    const orbParameters = [...Object.values(orb.commands), ...Object.values(orb.jobs)].flatMap((c) =>
      Object.keys((c as { parameters?: object }).parameters ?? {}),
    );
    expect(orbParameters.length).toBeGreaterThan(50);
    for (const f of ownFlags) {
      expect({ flag: f.name, inAction: inputs.includes(f.name), inOrb: orbParameters.includes(f.name.replace(/-/g, '_')) }).toEqual({
        flag: f.name,
        inAction: false,
        inOrb: false,
      });
      expect(helpText()).not.toContain(`--${f.name} `);
    }
  });
});
