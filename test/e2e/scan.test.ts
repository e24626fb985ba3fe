/**
 * The vulnerability gate end to end: the built bundle (CLI, and GitHub for the step
 * summary) waits for the emulator's scan of the digest it pushed. The test sets the findings for
 * that digest when the product first asks for it (the digest only exists once pushed).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { OUTPUTS } from '../../src/core/options/outputs';
import type { AwsEmulator, BasicFinding, ScanSpec } from '../fixtures/emulator';
import { BUNDLE, GitHubRunner, NODE24, runProcess } from '../fixtures/github-runner';
import { type Registry, registryManifestDigest } from '../fixtures/services';
import { TestStack } from '../fixtures/stack';

const KEY = 'AKIASCANE2ETESTKEY01';
const SECRET = 'scan-e2e-test-secret-key';
const sha = () => randomBytes(20).toString('hex');
const uniqueRepo = (name: string) => `scan/${name}-${randomBytes(3).toString('hex')}`;

let registry: Registry;
let emulator: AwsEmulator;
let home: string;
const stack = new TestStack();

beforeAll(async () => {
  ({ registry, emulator } = await stack.start());
  emulator.addStaticKey(KEY, SECRET);
  home = stack.tempDir('scan-e2e-');
});

afterAll(() => stack.stop());

beforeEach(() => emulator.reset());

const env = () => ({
  PATH: process.env.PATH,
  HOME: home,
  DOCKER_CONFIG: join(home, 'docker'),
  ...emulator.clientEnv(),
  AWS_ACCESS_KEY_ID: KEY,
  AWS_SECRET_ACCESS_KEY: SECRET,
});
const cli = (args: string[]) => runProcess(NODE24, [BUNDLE, '--context', stack.freshContext(), '--commit-sha', sha(), '--json', ...args], env());

/** The scan ECR will report for whatever digest the product asks about first. */
function scanOfAskedDigest(spec: ScanSpec): { digest?: string } {
  const seen: { digest?: string } = {};
  emulator.beforeAnswer = (call) => {
    if (call.operation !== 'DescribeImageScanFindings' || seen.digest) return;
    seen.digest = call.params.imageId.imageDigest;
    emulator.scans.set(seen.digest!, spec);
  };
  return seen;
}

const finding = (n: number, severity: BasicFinding['severity'], pkg = 'zlib'): BasicFinding => ({
  name: `CVE-2026-${String(n).padStart(4, '0')}`,
  severity,
  uri: `https://security-tracker.debian.org/tracker/CVE-2026-${String(n).padStart(4, '0')}`,
  attributes: [
    { key: 'package_name', value: pkg },
    { key: 'package_version', value: '1.2.13' },
  ],
});
const scanCalls = () => emulator.calls.filter((c) => c.operation === 'DescribeImageScanFindings' || c.operation === 'StartImageScan');

describe('scan-wait, end to end', () => {
  it('pass: waits through IN_PROGRESS, reports the counts as scan-findings and a table on stderr, exit 0 under fail-on-severity HIGH', async () => {
    const repo = uniqueRepo('pass');
    const asked = scanOfAskedDigest({ inProgressPolls: 2, findings: [finding(1, 'MEDIUM'), finding(2, 'LOW', 'openssl'), finding(3, 'LOW')] });
    const r = await cli(['--repository', repo, '--scan-wait', 'true', '--fail-on-severity', 'HIGH']);
    // A failure shows its stderr.
    expect({ code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ code: 0, stderr: '' });
    const outputs = JSON.parse(r.stdout);
    expect(Object.keys(outputs)).toEqual(OUTPUTS.map((o) => o.name));
    expect(asked.digest).toBe(outputs.digest);
    expect(JSON.parse(outputs['scan-findings'])).toEqual({ CRITICAL: 0, HIGH: 0, MEDIUM: 1, LOW: 2, INFORMATIONAL: 0, UNDEFINED: 0 });
    // Two IN_PROGRESS answers, then COMPLETE: three polls of the first page.
    expect(scanCalls().map((c) => [c.operation, c.params.imageId.imageDigest, c.params.nextToken])).toEqual(
      Array(3).fill(['DescribeImageScanFindings', outputs.digest, undefined]),
    );
    expect(r.stderr).toContain('▶ Scan\n');
    expect(r.stderr).toMatch(/ {4}CRITICAL {2}HIGH {2}MEDIUM {2}LOW {2}INFORMATIONAL {2}UNDEFINED\n {4} {7}0 {5}0 {7}1 {4}2 {14}0 {10}0\n/);
    expect(r.stderr).toContain('    fail-on-severity HIGH: passed\n');
    expect(r.stderr).toMatch(/ {4}MEDIUM +CVE-2026-0001 {2}zlib 1\.2\.13 {2}https:\/\/security-tracker\.debian\.org\/tracker\/CVE-2026-0001\n/);
  });

  it('fail on CRITICAL (GitHub): every output set, the summary shows the counts and the CRITICAL from the second page first, exit 1 saying the image is pushed', async () => {
    const repo = uniqueRepo('critical');
    // 1,200 findings: two pages of ECR's 1,000; the one CRITICAL is on the second.
    const findings = Array.from({ length: 1200 }, (_, i) => finding(i + 1, i === 1100 ? 'CRITICAL' : i % 2 ? 'LOW' : 'MEDIUM'));
    const asked = scanOfAskedDigest({ inProgressPolls: 1, findings });
    const commit = sha();
    const main = await new GitHubRunner({
      ...emulator.clientEnv(),
      GITHUB_SHA: commit,
      AWS_ACCESS_KEY_ID: KEY,
      AWS_SECRET_ACCESS_KEY: SECRET,
    }).main({ repository: repo, context: stack.freshContext(), 'scan-wait': 'true', 'fail-on-severity': 'CRITICAL' });
    expect(main.code).toBe(1);
    const digest = main.outputs.digest;
    expect(asked.digest).toBe(digest);
    expect(Object.keys(main.outputs)).toEqual(OUTPUTS.map((o) => o.name));
    expect(JSON.parse(main.outputs['scan-findings'])).toEqual({ CRITICAL: 1, HIGH: 0, MEDIUM: 599, LOW: 600, INFORMATIONAL: 0, UNDEFINED: 0 });
    expect(await registryManifestDigest(registry, repo, commit)).toBe(digest);
    expect(main.stdout).toContain(
      `::error::fail-on-severity CRITICAL: ECR's scan found 1 CRITICAL; the image is pushed (${main.outputs['image-ref']}) but should not be deployed`,
    );
    expect(
      scanCalls()
        .filter((c) => c.params.nextToken)
        .map((c) => c.params.maxResults),
    ).toEqual([1000]);

    expect(main.summary).toContain(
      '| CRITICAL | HIGH | MEDIUM | LOW | INFORMATIONAL | UNDEFINED |\n|---:|---:|---:|---:|---:|---:|\n| 1 | 0 | 599 | 600 | 0 | 0 |',
    );
    expect(main.summary).toContain('**fail-on-severity CRITICAL: failed.** The image is pushed, but should not be deployed.');
    const rows = main.summary.split('\n').filter((l) => /^\| \[CVE-/.test(l));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toBe('| [CVE-2026-1101](https://security-tracker.debian.org/tracker/CVE-2026-1101) | CRITICAL | zlib 1.2.13 |');
    expect(rows.slice(1).every((l) => l.includes('| MEDIUM |'))).toBe(true);
  });

  it('timeout: a scan still IN_PROGRESS after scan-timeout-seconds fails the gate with exit 1; the outputs are printed and the image is in the registry', async () => {
    const repo = uniqueRepo('timeout');
    scanOfAskedDigest({ inProgressPolls: Infinity });
    const r = await cli(['--repository', repo, '--scan-wait', 'true', '--scan-timeout-seconds', '2', '--fail-on-severity', 'CRITICAL']);
    expect(r.code).toBe(1);
    const outputs = JSON.parse(r.stdout);
    expect(outputs['scan-findings']).toBe('');
    expect(await registryManifestDigest(registry, repo, outputs.image.split(':').pop())).toBe(outputs.digest);
    expect(r.stderr).toContain(
      `ecr-deliver: fail-on-severity CRITICAL: ECR's scan of ${outputs.digest} did not complete within 2 s (scan-timeout-seconds; last seen: scan IN_PROGRESS); the image is pushed (${outputs['image-ref']}) but could not be judged\n`,
    );
    expect(r.stderr).toContain('hint: raise scan-timeout-seconds');
    // Polled more than once, and only ever answered IN_PROGRESS.
    expect(scanCalls().length).toBeGreaterThan(1);
    expect(scanCalls().every((c) => c.operation === 'DescribeImageScanFindings' && c.status === 200 && !c.params.nextToken)).toBe(true);
  });

  it('scanning not enabled: one clear warning and exit 0 without a gate; scan-start starts the scan and the run reports it', async () => {
    const repo = uniqueRepo('noscan');
    const r = await cli(['--repository', repo, '--scan-on-push', 'false', '--scan-wait', 'true', '--scan-timeout-seconds', '2']);
    expect(r.code).toBe(0);
    const outputs = JSON.parse(r.stdout);
    expect(outputs['scan-findings']).toBe('');
    expect(r.stderr).toContain(`warning: scan-wait: ECR has no scan of ${outputs.digest} after 2 s: the repository does not scan on push\n`);
    expect(scanCalls().every((c) => c.operation === 'DescribeImageScanFindings' && c.errorCode === 'ScanNotFoundException')).toBe(true);

    emulator.reset();
    scanOfAskedDigest({ inProgressPolls: 1, findings: [finding(7, 'HIGH')] });
    const started = await cli(['--repository', repo, '--scan-wait', 'true', '--scan-start', 'true', '--fail-on-severity', 'CRITICAL']);
    expect([started.code, started.stderr]).toEqual([0, expect.stringContaining('starting one (StartImageScan)')]);
    const second = JSON.parse(started.stdout);
    expect(scanCalls().map((c) => [c.operation, c.errorCode])).toEqual([
      ['DescribeImageScanFindings', 'ScanNotFoundException'],
      ['StartImageScan', undefined],
      ['DescribeImageScanFindings', undefined],
      ['DescribeImageScanFindings', undefined],
    ]);
    expect(JSON.parse(second['scan-findings'])).toMatchObject({ HIGH: 1, CRITICAL: 0 });
  });

  it('enhanced scanning (Inspector): ACTIVE with enhanced findings is read the same way', async () => {
    const repo = uniqueRepo('enhanced');
    scanOfAskedDigest({
      inProgressPolls: 1,
      enhancedFindings: [
        {
          severity: 'HIGH',
          title: 'CVE-2026-4242 - libfoo',
          status: 'ACTIVE',
          packageVulnerabilityDetails: {
            vulnerabilityId: 'CVE-2026-4242',
            sourceUrl: 'https://nvd.nist.gov/vuln/detail/CVE-2026-4242',
            vulnerablePackages: [{ name: 'libfoo', version: '2.0.1' }],
          },
        },
      ],
    });
    const r = await cli(['--repository', repo, '--scan-wait', 'true', '--fail-on-severity', 'HIGH']);
    expect(r.code).toBe(1);
    expect(JSON.parse(JSON.parse(r.stdout)['scan-findings'])).toMatchObject({ HIGH: 1, CRITICAL: 0 });
    expect(r.stderr).toMatch(/ {4}HIGH +CVE-2026-4242 {2}libfoo 2\.0\.1 {2}https:\/\/nvd\.nist\.gov\/vuln\/detail\/CVE-2026-4242\n/);
    expect(r.stderr).toContain("ecr-deliver: fail-on-severity HIGH: ECR's scan found 1 HIGH; the image is pushed");
  });

  it('bad scan options fail before any AWS call, naming the option', async () => {
    const r = await cli(['--repository', uniqueRepo('bad'), '--fail-on-severity', 'HIGH']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ecr-deliver: fail-on-severity: "HIGH" needs `scan-wait: true`: the gate reads the scan the run waits for\n');
    const s = await cli(['--repository', uniqueRepo('bad'), '--scan-wait', 'true', '--fail-on-severity', 'SEVERE']);
    expect(s.stderr).toBe('ecr-deliver: fail-on-severity: "SEVERE" is not one of CRITICAL, HIGH, MEDIUM, LOW, none\n');
    expect(emulator.calls).toEqual([]);
  });
});
