/**
 * The parts of README.md generated from the code: the option and output tables (from the one
 * option table in src/core/options/table.ts), the `iam-policy` flags, and an `iam-policy` example output.
 * Each lives between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`.
 * `npm run readme` rewrites them (scripts/readme.mjs); test/readme.test.ts fails when they drift.
 */

import { parseIamPolicyArgs, renderIamPolicy } from '../src/core/iam-policy/command';
import { envName, orbName, outputEnvName } from '../src/core/options/names';
import { OUTPUTS } from '../src/core/options/outputs';
import { IAM_POLICY_FLAGS, OPTIONS } from '../src/core/options/table';

/** The example in the README's IAM section; its output is generated, so it is always what the tool prints. */
export const IAM_EXAMPLE_ARGS = [
  '--repository',
  'team/api',
  '--account-id',
  '123456789012',
  '--aws-region',
  'eu-west-1',
  '--repo',
  'octo-org/octo-repo',
  '--branch',
  'main',
];

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function optionsTable(): string {
  const rows = OPTIONS.map((o) => {
    const dflt = o.required ? '— (required)' : o.default !== undefined ? `\`${o.default}\`` : (o.defaultText ?? '—');
    return `| \`${o.name}\` | ${cell(dflt)} | ${cell(o.description)} |`;
  });
  return ['| option | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

function outputsTable(): string {
  const rows = OUTPUTS.map((o) => `| \`${o.name}\` | \`${outputEnvName(o.name)}\` | ${cell(o.description)} |`);
  return ['| output | CircleCI variable | meaning |', '|---|---|---|', ...rows].join('\n');
}

function iamFlagsTable(): string {
  const rows = IAM_POLICY_FLAGS.map((f) => `| \`--${f.name} ${f.value}\` | ${cell(f.description)} |`);
  return ['| flag | meaning |', '|---|---|', ...rows].join('\n');
}

function iamExample(): string {
  const { request, only } = parseIamPolicyArgs(IAM_EXAMPLE_ARGS, {});
  return ['```console', `$ npx ecr-deliver iam-policy ${IAM_EXAMPLE_ARGS.join(' ')}`, renderIamPolicy(request, only).trimEnd(), '```'].join('\n');
}

/** How each option is spelled in each front end, for the sentence above the table. */
function spellings(): string {
  const o = OPTIONS.find((x) => x.name === 'role-to-assume')!;
  return `One option, four spellings: input \`${o.name}\`, orb parameter \`${orbName(o.name)}\`, environment \`${envName(o.name)}\`, flag \`--${o.name}\`.`;
}

export const SECTIONS: Record<string, () => string> = {
  spellings,
  options: optionsTable,
  outputs: outputsTable,
  'iam-policy-flags': iamFlagsTable,
  'iam-policy-example': iamExample,
};

/** README text with every generated section replaced by what the code says now. */
export function renderReadme(readme: string): string {
  let text = readme;
  for (const [name, render] of Object.entries(SECTIONS)) {
    const start = `<!-- generated:${name} -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md: missing ${start} … ${end}`);
    text = `${text.slice(0, from + start.length)}\n${render()}\n${text.slice(to)}`;
  }
  return text;
}
