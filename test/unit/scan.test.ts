/**
 * The scan wait and gate against a scripted ECR: the poll schedule (a fake clock, so no
 * test waits), pagination, basic and enhanced findings, the gate at each threshold, the verdict.
 */
import { DeadlineError, RegistryError } from '../../src/core/errors';
import type { ScanFindingsPage } from '../../src/core/registry/target';
import { gate, type ScanReport, type ScanRequest, type ScanSource, scanFindingsOutput, scanVerdict, sumScans, waitForScan } from '../../src/core/scan';

const DIGEST = `sha256:${'b'.repeat(64)}`;

/** A scripted ECR: answers in order (the last repeats); records calls; time moves only by sleep(). */
function ecr(answers: (ScanFindingsPage | undefined)[], pages: Record<string, ScanFindingsPage> = {}) {
  let clock = 0;
  const calls: string[] = [];
  const sleeps: number[] = [];
  let i = 0;
  const source: ScanSource = {
    async scanFindings(_repo, _digest, token) {
      calls.push(token ? `page ${token}` : `poll @${clock}`);
      if (token) return pages[token];
      return answers[Math.min(i++, answers.length - 1)];
    },
    async startScan() {
      calls.push(`start @${clock}`);
    },
  };
  const request = (over: Partial<ScanRequest> = {}): ScanRequest => ({
    repository: 'team/api',
    digest: DIGEST,
    timeoutSeconds: 600,
    start: false,
    threshold: 'none',
    scanOnPush: true,
    info: () => undefined,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    now: () => clock,
    ...over,
  });
  return { source, calls, sleeps, request };
}

const inProgress: ScanFindingsPage = { imageScanStatus: { status: 'IN_PROGRESS' } };
const complete = (counts: Record<string, number>, findings: ScanFindingsPage['imageScanFindings'] = {}, nextToken?: string): ScanFindingsPage => ({
  imageScanStatus: { status: 'COMPLETE' },
  imageScanFindings: { findingSeverityCounts: counts, ...findings },
  nextToken,
});
const finding = (name: string, severity: string, pkg = 'openssl') => ({
  name,
  severity: severity as 'HIGH',
  uri: `https://security-tracker.debian.org/tracker/${name}`,
  attributes: [
    { key: 'package_name', value: pkg },
    { key: 'package_version', value: '1.0' },
  ],
});

describe('waiting for the scan', () => {
  it('polls with doubling delays until COMPLETE and reports every severity', async () => {
    const { source, sleeps, request } = ecr([inProgress, inProgress, inProgress, complete({ HIGH: 2 })]);
    const report = await waitForScan(source, request());
    expect(sleeps).toEqual([1000, 2000, 4000]);
    expect(report).toMatchObject({ outcome: 'complete', counts: { CRITICAL: 0, HIGH: 2, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0, UNDEFINED: 0 }, gate: 'off' });
    expect(scanFindingsOutput(report)).toBe('{"CRITICAL":0,"HIGH":2,"MEDIUM":0,"LOW":0,"INFORMATIONAL":0,"UNDEFINED":0}');
  });

  it('caps the delay at 15 s and never sleeps past scan-timeout-seconds, then times out', async () => {
    const { source, sleeps, request } = ecr([inProgress]);
    const report = await waitForScan(source, request({ timeoutSeconds: 40 }));
    expect(sleeps).toEqual([1000, 2000, 4000, 8000, 15000, 10000]);
    expect(sleeps.reduce((a, b) => a + b)).toBe(40_000);
    expect(report).toMatchObject({ outcome: 'timeout', counts: {}, gate: 'off' });
    expect(report.problem).toBe(`ECR's scan of ${DIGEST} did not complete within 40 s (scan-timeout-seconds; last seen: scan IN_PROGRESS)`);
    expect(scanFindingsOutput(report)).toBe('');
  });

  it('reads every page of findings and puts the most severe first', async () => {
    const first = complete({ CRITICAL: 1, HIGH: 1, LOW: 1 }, { findings: [finding('CVE-1', 'LOW'), finding('CVE-2', 'HIGH')] }, 't1');
    const { source, calls, request } = ecr([first], { t1: { ...complete({}), imageScanFindings: { findings: [finding('CVE-3', 'CRITICAL', 'zlib')] } } });
    const report = await waitForScan(source, request());
    expect(calls).toEqual(['poll @0', 'page t1']);
    expect(report.top.map((f) => [f.name, f.severity, f.package])).toEqual([
      ['CVE-3', 'CRITICAL', 'zlib 1.0'],
      ['CVE-2', 'HIGH', 'openssl 1.0'],
      ['CVE-1', 'LOW', 'openssl 1.0'],
    ]);
    expect(report.top[0].link).toBe('https://security-tracker.debian.org/tracker/CVE-3');
  });

  it('reads enhanced (Inspector) findings the same way; ACTIVE counts as done', async () => {
    const page: ScanFindingsPage = {
      imageScanStatus: { status: 'ACTIVE' },
      imageScanFindings: {
        findingSeverityCounts: { MEDIUM: 1 },
        enhancedFindings: [
          {
            severity: 'MEDIUM',
            title: 'CVE-9 - libx',
            packageVulnerabilityDetails: {
              vulnerabilityId: 'CVE-9',
              sourceUrl: 'https://nvd.nist.gov/vuln/detail/CVE-9',
              vulnerablePackages: [{ name: 'libx', version: '2.1' }],
            },
          },
        ],
      },
    };
    const report = await waitForScan(ecr([page]).source, ecr([page]).request());
    expect(report).toMatchObject({
      outcome: 'complete',
      top: [{ name: 'CVE-9', severity: 'MEDIUM', package: 'libx 2.1', link: 'https://nvd.nist.gov/vuln/detail/CVE-9' }],
    });
  });

  it('no scan on a repository that does not scan on push: the answer after the grace (or the timeout), naming the fix', async () => {
    const { source, calls, request } = ecr([undefined]);
    const report = await waitForScan(source, request({ scanOnPush: false, timeoutSeconds: 5, threshold: 'HIGH' }));
    expect(calls.filter((c) => c.startsWith('start'))).toEqual([]);
    expect(report).toMatchObject({ outcome: 'not-found', gate: 'failed' });
    expect(report.problem).toBe(`ECR has no scan of ${DIGEST} after 5 s: the repository does not scan on push`);
    expect(report.hint).toMatch(/scan-start: true/);
    const long = ecr([undefined]);
    expect((await waitForScan(long.source, long.request({ timeoutSeconds: 600 }))).problem).toMatch(
      /after 20 s: although the repository is set to scan on push/,
    );
  });

  it('scan-start: starts one scan when there is none, then waits for it', async () => {
    const { source, calls, request } = ecr([undefined, inProgress, complete({})]);
    const report = await waitForScan(source, request({ start: true, scanOnPush: false }));
    expect(calls).toEqual(['poll @0', 'start @0', 'poll @0', 'poll @1000']);
    expect(report).toMatchObject({ outcome: 'complete', top: [] });
  });

  it("a scan that ends FAILED or UNSUPPORTED_IMAGE is reported with ECR's description", async () => {
    const { source, request } = ecr([
      { imageScanStatus: { status: 'UNSUPPORTED_IMAGE', description: 'UnsupportedImageError: The operating system is not supported' } },
    ]);
    const report = await waitForScan(source, request());
    expect(report).toMatchObject({
      outcome: 'failed',
      problem: `ECR's scan of ${DIGEST} ended UNSUPPORTED_IMAGE: UnsupportedImageError: The operating system is not supported`,
    });
  });
});

describe('the gate', () => {
  it.each([
    ['CRITICAL', { CRITICAL: 0, HIGH: 5 }, 'passed'],
    ['CRITICAL', { CRITICAL: 1 }, 'failed'],
    ['HIGH', { HIGH: 1 }, 'failed'],
    ['HIGH', { MEDIUM: 3, LOW: 9 }, 'passed'],
    ['MEDIUM', { MEDIUM: 1 }, 'failed'],
    ['LOW', { LOW: 1 }, 'failed'],
    ['LOW', { INFORMATIONAL: 4, UNDEFINED: 2 }, 'passed'],
    ['none', { CRITICAL: 9 }, 'off'],
  ] as const)('fail-on-severity %s with %j: %s', (threshold, counts, verdict) => {
    expect(gate(counts, threshold)).toBe(verdict);
  });

  it('a failed gate is one line that says the image is pushed; no scan without a gate is a warning', async () => {
    const ref = `r/x@${DIGEST}`;
    const blocked = await waitForScan(ecr([complete({ CRITICAL: 2, HIGH: 1, LOW: 4 })]).source, ecr([]).request({ threshold: 'HIGH' }));
    const failure = scanVerdict(blocked, ref).failure!;
    expect(failure.message).toBe(`fail-on-severity HIGH: ECR's scan found 2 CRITICAL, 1 HIGH; the image is pushed (${ref}) but should not be deployed`);
    expect(failure.exitCode).toBe(1);
    const missing = await waitForScan(ecr([undefined]).source, ecr([]).request({ timeoutSeconds: 1, scanOnPush: false }));
    expect(scanVerdict(missing, ref)).toEqual({ warning: `scan-wait: ECR has no scan of ${DIGEST} after 1 s: the repository does not scan on push` });
    expect(scanVerdict(undefined, ref)).toEqual({});
  });
});

describe('ECR refusing the scan calls', () => {
  it('is a scan that could not be had (outputs still set by the front end), not a crash; the gate fails on it', async () => {
    const refusing: ScanSource = {
      scanFindings: async () => {
        throw new RegistryError(
          'ECR DescribeImageScanFindings failed: AccessDeniedException: not allowed',
          'the credentials need ecr:DescribeImageScanFindings on this repository',
        );
      },
      startScan: async () => undefined,
    };
    const report = await waitForScan(refusing, ecr([]).request({ threshold: 'CRITICAL' }));
    expect(report).toMatchObject({
      outcome: 'failed',
      gate: 'failed',
      problem: `could not read ECR's scan of ${DIGEST}: ECR DescribeImageScanFindings failed: AccessDeniedException: not allowed`,
      hint: 'the credentials need ecr:DescribeImageScanFindings on this repository',
    });
  });

  it("the run's own deadline still ends the run", async () => {
    const late: ScanSource = {
      scanFindings: async () => {
        throw new DeadlineError(5, ['ECR DescribeImageScanFindings']);
      },
      startScan: async () => undefined,
    };
    await expect(waitForScan(late, ecr([]).request())).rejects.toBeInstanceOf(DeadlineError);
  });
});

describe("a multi-arch image's scan: the sum of its parts'", () => {
  const finding = (name: string, severity: string) => ({ name, severity, package: 'p 1', link: `https://cve/${name}` });
  const complete = (counts: Record<string, number>, top: ReturnType<typeof finding>[]) =>
    ({ outcome: 'complete', counts, top, threshold: 'HIGH', gate: gate(counts, 'HIGH') }) as const;

  it('counts added by severity, the most severe findings of both first, the gate judged on the sum', () => {
    const amd = complete({ CRITICAL: 0, HIGH: 0, MEDIUM: 2, LOW: 1, INFORMATIONAL: 0, UNDEFINED: 0 }, [
      finding('M1', 'MEDIUM'),
      finding('M2', 'MEDIUM'),
      finding('L1', 'LOW'),
    ]);
    const arm = complete({ CRITICAL: 0, HIGH: 1, MEDIUM: 0, LOW: 0, INFORMATIONAL: 1, UNDEFINED: 0 }, [finding('H1', 'HIGH'), finding('I1', 'INFORMATIONAL')]);
    expect([amd.gate, arm.gate]).toEqual(['passed', 'failed']);
    const sum = sumScans([amd, arm]);
    expect(sum).toEqual({
      outcome: 'complete',
      counts: { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 1, INFORMATIONAL: 1, UNDEFINED: 0 },
      top: [finding('H1', 'HIGH'), finding('M1', 'MEDIUM'), finding('M2', 'MEDIUM'), finding('L1', 'LOW'), finding('I1', 'INFORMATIONAL')],
      threshold: 'HIGH',
      gate: 'failed',
    });
    expect(scanFindingsOutput(sum)).toBe(
      '{"CRITICAL":0,"HIGH":1,"MEDIUM":2,"LOW":1,"INFORMATIONAL":0,"UNDEFINED":0}'.replace('"INFORMATIONAL":0', '"INFORMATIONAL":1'),
    );
  });

  it('a part whose scan could not be had makes the whole one so', () => {
    const done = complete({ CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0, UNDEFINED: 0 }, []);
    const timedOut: ScanReport = { outcome: 'timeout', counts: {}, top: [], problem: 'did not complete', hint: 'raise it', threshold: 'HIGH', gate: 'failed' };
    expect(sumScans([done, timedOut])).toBe(timedOut);
  });
});
