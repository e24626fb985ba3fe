/**
 * The README's first command, run as the README says, on a clean copy of the repository: a git clone
 * of HEAD, so no node_modules and nothing built or left over from this checkout. The try-out
 * installs its dev dependencies itself (npm ci), delivers examples/hello to the emulator's registry,
 * logs its own docker config in and pulls the image back by digest and runs it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../fixtures/services';

const ROOT = join(__dirname, '../..');

/**
 * A run's shape, whatever its timings, names and digests: the phases as announced and ended (▶/✔),
 * in order; the timeline's rows and what ran alongside the build, sorted (steps that start in the
 * same moment, the login and the repository step, come in either order).
 */
function runShape(log: string): string[] {
  const shape = log.split('\n').flatMap((line) => {
    const phase = /^([▶✔]) ([A-Za-z][\w ]*?)(?: \(\d|$)/.exec(line);
    if (phase) return [`${phase[1]} ${phase[2]}`];
    const row = /^ {4}([A-Za-z][\w ]*?) +[·█]+ /.exec(line);
    if (row) return [`timeline ${row[1]}`];
    const beside = /^ {4}Alongside the build: (.*?) \(/.exec(line);
    if (beside) return beside[1].split(', ').map((step) => `alongside ${step.replace(/ \d+\.\d s$/, '')}`);
    return [];
  });
  return [...shape.filter((s) => /^[▶✔]/.test(s)), ...shape.filter((s) => !/^[▶✔]/.test(s)).sort()];
}

describe('bash examples/try-local.sh from a clean clone', () => {
  let copy: string;
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'ecr-deliver-try-'));
    const clone = await runCommand('git', ['clone', '--quiet', ROOT, copy]);
    expect(clone.stderr).toBe('');
    expect(clone.code).toBe(0);
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('delivers the sample app, prints the outputs, pulls the image back by digest and runs it', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(AWS_|ECR_DELIVER_|DOCKER_CONFIG$)/.test(k)));
    const result = await runCommand('bash', ['examples/try-local.sh'], { timeoutMs: 900_000, env, cwd: copy });
    if (result.code !== 0) process.stderr.write(result.stderr.slice(-4000));
    expect(result.code).toBe(0);
    // The clean copy got its own dev dependencies (it had none).
    expect(result.stdout).toContain('== npm ci');

    // stdout: npm's and the script's own lines, the outputs JSON ecr-deliver printed, then what the pulled image printed.
    const json = /^\{[\s\S]*?^\}$/m.exec(result.stdout);
    expect(json).not.toBeNull();
    const outputs = JSON.parse(json![0]) as Record<string, string>;
    expect(outputs.pushed).toBe('true');
    expect(outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(outputs['image-ref']).toBe(`${outputs['repository-uri']}@${outputs.digest}`);
    expect(outputs['repository-uri']).toBe(`${outputs.registry}/examples/hello`);
    const sha = (await runCommand('git', ['rev-parse', 'HEAD'], { cwd: copy })).stdout.trim();
    expect(outputs.tags).toBe(`${sha},latest`);

    const ran = result.stdout.slice(json!.index + json![0].length);
    expect(ran).toContain("Hello from ecr-deliver's sample app");
    expect(ran).toMatch(/running on \S+, \d{4}-\d\d-\d\dT/);
    // The pull-back was by digest, from the registry (the local tags were removed first).
    expect(`${result.stdout}\n${result.stderr}`).toContain(`Digest: ${outputs.digest}`);

    // The README's "What a run looks like" is this run: the same phases, timeline rows and overlap.
    const readme = readFileSync(join(copy, 'README.md'), 'utf8');
    const shown = /## What a run looks like[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)![1];
    const firstRun = result.stderr.slice(0, result.stderr.indexOf('Alongside the build') + 200);
    expect(runShape(shown)).toEqual(runShape(firstRun));
    expect(runShape(shown)).toEqual(expect.arrayContaining(['alongside Login', 'alongside Repository']));

    const lastLine = result.stderr.trimEnd().split('\n').pop();
    expect(lastLine).toMatch(/^== done in \d+\.\d s, no AWS account involved; the registry and the emulator stop now$/);
  });

  it('extra arguments replace the try-out flags of the same name (the README: `--tags v1,stable`)', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(AWS_|ECR_DELIVER_|DOCKER_CONFIG$)/.test(k)));
    const result = await runCommand('bash', ['examples/try-local.sh', '--tags', 'v1,stable'], { timeoutMs: 900_000, env, cwd: copy });
    if (result.code !== 0) process.stderr.write(result.stderr.slice(-4000));
    expect(result.code).toBe(0);
    const outputs = JSON.parse(/^\{[\s\S]*?^\}$/m.exec(result.stdout)![0]) as Record<string, string>;
    const sha = (await runCommand('git', ['rev-parse', 'HEAD'], { cwd: copy })).stdout.trim();
    expect(outputs.tags).toBe(`${sha},v1,stable`);
    expect(result.stdout).toContain("Hello from ecr-deliver's sample app");
  });
});
