/**
 * README.md stays true to the code: generated sections match a fresh render, quoted error messages
 * still exist in src/, examples use only real options, and the fresh-machine commands exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { renderReadme } from '../../scripts/readme-render';
import { orbName } from '../../src/core/options/names';
import { OUTPUTS } from '../../src/core/options/outputs';
import { IAM_POLICY_FLAGS, OPTIONS } from '../../src/core/options/table';

const README = readFileSync('README.md', 'utf8');

/** The body of the `## title` section (up to the next `## `). */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no "## ${title}" section`);
  const next = README.indexOf('\n## ', start + 1);
  return README.slice(start, next < 0 ? undefined : next);
}

/** Fenced code blocks: [language, body]. */
function codeBlocks(text: string): [string, string][] {
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => [m[1], m[2]]);
}

/** Every string the sources could print, with escapes resolved and `${…}` left as markers. */
const SOURCE = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join('src', f), 'utf8'))
  .join('\n')
  .replace(/\\'/g, "'")
  .replace(/\\`/g, '`');

describe('README.md', () => {
  it('generated sections match the code (run `npm run readme` when this fails)', () => {
    expect(renderReadme(README)).toBe(README);
  });

  it('documents every option and output in its tables', () => {
    for (const o of OPTIONS) expect(section('Options')).toContain(`| \`${o.name}\` |`);
    for (const o of OUTPUTS) expect(section('Outputs')).toContain(`| \`${o.name}\` |`);
    for (const f of IAM_POLICY_FLAGS) expect(section('IAM setup')).toContain(`| \`--${f.name} ${f.value}\` |`);
  });

  it('quotes troubleshooting messages the code really prints', () => {
    const lines = codeBlocks(section('Troubleshooting'))
      .flatMap(([, body]) => body.split('\n'))
      .filter((l) => /^(ecr-deliver|hint): /.test(l));
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      // The literal parts between the `<…>` placeholders must each be in the sources.
      // Bad input reads `option: "value" rule` (errors.ts InputError): the option must exist, the rule is checked below.
      const input = /^ecr-deliver: ([a-z-]+): "[^"]*" (.*)$/.exec(line);
      if (input) expect(OPTIONS.map((o) => o.name)).toContain(input[1]);
      // AWS's error names (the code prints whatever AWS answers) count as placeholders too.
      const text = (input ? input[2] : line.replace(/^(ecr-deliver|hint): /, '')).replace(/\b(AccessDenied|InvalidIdentityToken|ExpiredToken)\w*/g, '<aws>');
      for (const raw of text.split(/<[^>]+>/)) {
        const fragment = raw.replace(/^[^\w`]+|[^\w`]+$/g, '');
        if (fragment.length < 4) continue;
        expect({ line, fragment, found: SOURCE.includes(fragment) }).toEqual({ line, fragment, found: true });
      }
    }
  });

  it('uses only real flags in its ecr-deliver commands', () => {
    const flags = new Set([...OPTIONS.map((o) => o.name), ...IAM_POLICY_FLAGS.map((f) => f.name), 'json', 'help', 'version', 'yes']);
    const commands = codeBlocks(README)
      .flatMap(([, body]) =>
        body
          .replace(/\\\n/g, ' ')
          .replace(/\n\s{2,}--/g, ' --')
          .split('\n'),
      )
      .filter((l) => /(^|\s)ecr-deliver(@\d+)? |dist\/index\.js/.test(l) && !/^\s*aws |uses:|ecr-deliver\/ecr-deliver/.test(l));
    expect(commands.length).toBeGreaterThan(8);
    for (const command of commands) {
      for (const m of command.matchAll(/\s--([a-z][a-z-]*)/g))
        expect({ command, flag: m[1], known: flags.has(m[1]) }).toEqual({ command, flag: m[1], known: true });
    }
  });

  it('GitHub quick start: delivers on merges to main with OIDC, with real inputs, and uses image-ref', () => {
    const workflow = codeBlocks(section('Quick start: GitHub Actions'))
      .map(([lang, body]) => (lang === 'yaml' ? parse(body) : undefined))
      .find((doc) => doc?.jobs);
    expect(workflow.on).toEqual({ push: { branches: ['main'] } });
    expect(workflow.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    const steps = workflow.jobs.deliver.steps as Record<string, any>[];
    const deliver = steps.find((s) => s.uses === 'ecr-deliver/ecr-deliver@v1')!;
    for (const key of Object.keys(deliver.with)) expect(OPTIONS.map((o) => o.name)).toContain(key);
    expect(deliver.with).toMatchObject({ repository: 'team/api', tags: 'latest', 'aws-region': 'eu-west-1' });
    expect(JSON.stringify(steps)).toContain(`\${{ steps.${deliver.id}.outputs.image-ref }}`);
  });

  it('CircleCI quick start: the ecr/deliver job on main with a context, and only orb parameters', () => {
    const config = parse(codeBlocks(section('Quick start: CircleCI')).find(([lang]) => lang === 'yaml')![1]);
    expect(config.orbs).toEqual({ ecr: 'ecr-deliver/ecr-deliver@1' });
    const job = config.workflows.deliver.jobs[0]['ecr/deliver'];
    expect(job.context).toBeTruthy();
    expect(job.filters).toEqual({ branches: { only: 'main' } });
    const known = new Set([
      ...OPTIONS.map((o) => orbName(o.name)),
      'build_context',
      'executor',
      'context',
      'filters',
      'requires',
      'name',
      'pre-steps',
      'post-steps',
    ]);
    for (const key of Object.keys(job)) expect({ key, known: known.has(key) }).toEqual({ key, known: true });
    expect(JSON.stringify(job)).toContain('$ECR_DELIVERED_IMAGE_REF');
  });

  it('gives the two fresh-machine commands, and they exist', () => {
    const fresh = section('Try it locally, run the tests');
    expect(fresh).toContain('```bash\nbash examples/try-local.sh\n```');
    expect(fresh).toContain('```bash\nbash .ci/run\n```');
    expect(existsSync('examples/try-local.sh') && existsSync('examples/hello/Dockerfile')).toBe(true);
    // .ci/run ends with the README's test command, which is the package's test script.
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/\nnpm test\n?$/);
    expect(fresh).toContain('`npm test`');
    // Everything the try-out installs is listed.
    const script = readFileSync('examples/try-local.sh', 'utf8');
    for (const pkg of /for pkg in ([^;]+);/.exec(script)![1].trim().split(/\s+/)) expect(fresh).toContain(`\`${pkg}\``);
  });

  it('keeps the orb maintainer block inside the maintainer section', () => {
    const maintainers = section('Maintainers');
    for (const marker of ['<!-- orb-maintainer:start -->', '<!-- orb-maintainer:end -->']) {
      expect(README.split(marker)).toHaveLength(2);
      expect(maintainers).toContain(marker);
    }
    expect(maintainers.indexOf('<!-- orb-maintainer:start -->')).toBeLessThan(maintainers.indexOf('<!-- orb-maintainer:end -->'));
  });
});
