/**
 * The README's first command, run as the README says, on a clean copy of the repository: a git clone
 * of HEAD, so no node_modules and nothing built or left over from this checkout. The try-out
 * installs its dev dependencies itself (npm ci), delivers examples/hello to the emulator's registry,
 * logs its own docker config in and pulls the image back by digest and runs it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../fixtures/services';

const ROOT = join(__dirname, '../..');

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
