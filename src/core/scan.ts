/**
 * The vulnerability gate: wait for ECR's scan of the delivered digest, read every page
 * of its findings, and decide `fail-on-severity`. Basic and enhanced scanning answer through the
 * same DescribeImageScanFindings; both kinds of finding are read into one shape.
 */
import type { EnhancedImageScanFinding, ImageScanFinding } from '@aws-sdk/client-ecr';
import { DeadlineError, describeFailure, ScanGateError } from './errors';
import { SEVERITIES, type Severity } from './options/table';
import type { ScanFindingsPage } from './registry/target';

export interface Finding {
  name: string;
  severity: string;
  package: string;
  link: string;
}

export type ScanOutcome = 'complete' | 'not-found' | 'timeout' | 'failed';

export interface ScanReport {
  outcome: ScanOutcome;
  /** Counts by severity, every level present (0 when none); empty unless the scan completed. */
  counts: Record<string, number>;
  /** The most severe findings first, at most TOP_FINDINGS. */
  top: Finding[];
  /** Why there are no findings to report (outcome other than complete). */
  problem?: string;
  hint?: string;
  threshold: Severity | 'none';
  /** `failed`: findings at or above the threshold, or no scan to judge; `off` without a threshold. */
  gate: 'passed' | 'failed' | 'off';
}

/** What the wait needs from ECR (EcrRegistry; a fake in unit tests). */
export interface ScanSource {
  scanFindings(repository: string, digest: string, nextToken?: string): Promise<ScanFindingsPage | undefined>;
  startScan(repository: string, digest: string): Promise<void>;
}

export interface ScanRequest {
  repository: string;
  digest: string;
  timeoutSeconds: number;
  start: boolean;
  threshold: Severity | 'none';
  /** The repository's own setting, for the message when no scan shows up. */
  scanOnPush: boolean;
  info: (message: string) => void;
  /** Injected by unit tests; real time otherwise. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export const ALL_SEVERITIES = [...SEVERITIES, 'INFORMATIONAL', 'UNDEFINED'] as const;
export const TOP_FINDINGS = 10;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 15_000;
/** How long a scan may take to show up after the push before "no scan" is the answer. */
const NOT_FOUND_GRACE_MS = 20_000;
const DONE = new Set(['COMPLETE', 'ACTIVE']);
const WAITING = new Set(['IN_PROGRESS', 'PENDING']);

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The scan of the delivered digest. A refusal from ECR here (AccessDenied, LimitExceeded on
 * StartImageScan) is reported like a scan that could not be had, so the outputs are still set;
 * only the run's own deadline ends the run.
 */
export async function waitForScan(source: ScanSource, req: ScanRequest): Promise<ScanReport> {
  try {
    return await poll(source, req);
  } catch (err) {
    if (err instanceof DeadlineError) throw err;
    const failure = describeFailure(err);
    return incomplete(
      req,
      'failed',
      `could not read ECR's scan of ${req.digest}: ${failure.message}`,
      failure.hint ?? "check the role's permissions for the scan (`ecr-deliver iam-policy … --scan-wait true`)",
    );
  }
}

/** Polls with doubling delays (1 s up to 15 s), never past the scan timeout. */
async function poll(source: ScanSource, req: ScanRequest): Promise<ScanReport> {
  const sleep = req.sleep ?? realSleep;
  const now = req.now ?? Date.now;
  const begun = now();
  const end = begun + req.timeoutSeconds * 1000;
  let delay = FIRST_DELAY_MS;
  let started = false;
  let last = 'no scan yet';
  for (;;) {
    const page = await source.scanFindings(req.repository, req.digest);
    if (!page && req.start && !started) {
      req.info(`No scan of ${req.digest} yet: starting one (StartImageScan)`);
      await source.startScan(req.repository, req.digest);
      started = true;
      continue;
    }
    const status = page?.imageScanStatus?.status ?? '';
    if (page && DONE.has(status)) return judge(req, await allFindings(source, req, page));
    if (page && !WAITING.has(status)) {
      return incomplete(
        req,
        'failed',
        `ECR's scan of ${req.digest} ended ${status || 'without a status'}${page.imageScanStatus?.description ? `: ${page.imageScanStatus.description}` : ''}`,
        'ECR scans images whose OS packages it knows; see the scan status in the ECR console',
      );
    }
    last = page ? `scan ${status}` : 'no scan yet';
    // A scan that never shows up within the grace is a repository (or registry) that does not scan on push.
    const until = !page && !started ? Math.min(end, begun + NOT_FOUND_GRACE_MS) : end;
    const remaining = until - now();
    if (!page && !started && remaining <= 0) return notFound(req, now() - begun);
    if (remaining <= 0) {
      return incomplete(
        req,
        'timeout',
        `ECR's scan of ${req.digest} did not complete within ${req.timeoutSeconds} s (scan-timeout-seconds; last seen: ${last})`,
        'raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes',
      );
    }
    await sleep(Math.min(delay, remaining));
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  }
}

function notFound(req: ScanRequest, waitedMs: number): ScanReport {
  const why = req.scanOnPush ? 'although the repository is set to scan on push' : 'the repository does not scan on push';
  return incomplete(
    req,
    'not-found',
    `ECR has no scan of ${req.digest} after ${Math.round(waitedMs / 1000)} s: ${why}`,
    'turn scan on push on (scan-on-push for a repository the run creates, `aws ecr put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true',
  );
}

/** Every page after the first: the counts are in each, the findings spread over them. */
async function allFindings(source: ScanSource, req: ScanRequest, first: ScanFindingsPage): Promise<ScanFindingsPage[]> {
  const pages = [first];
  for (let token = first.nextToken; token; token = pages[pages.length - 1].nextToken) {
    const page = await source.scanFindings(req.repository, req.digest, token);
    if (!page) break;
    pages.push(page);
  }
  return pages;
}

function judge(req: ScanRequest, pages: ScanFindingsPage[]): ScanReport {
  const reported = pages[0].imageScanFindings?.findingSeverityCounts ?? {};
  const counts = Object.fromEntries(ALL_SEVERITIES.map((s) => [s, reported[s] ?? 0]));
  const findings = pages.flatMap((p) => [
    ...(p.imageScanFindings?.findings ?? []).map(basicFinding),
    ...(p.imageScanFindings?.enhancedFindings ?? []).map(enhancedFinding),
  ]);
  const top = mostSevere(findings);
  return { outcome: 'complete', counts, top, threshold: req.threshold, gate: gate(counts, req.threshold) };
}

/** The most severe findings first (in their order within a severity), at most TOP_FINDINGS. */
function mostSevere(findings: Finding[]): Finding[] {
  const rank = (f: Finding) => {
    const i = (ALL_SEVERITIES as readonly string[]).indexOf(f.severity);
    return i < 0 ? ALL_SEVERITIES.length : i;
  };
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .slice(0, TOP_FINDINGS)
    .map(({ f }) => f);
}

/**
 * A multi-arch image's scan: the sum of its parts' (ECR scans the platform images, not the index).
 * A part whose scan could not be had makes the whole one so.
 */
export function sumScans(reports: ScanReport[]): ScanReport {
  const incomplete = reports.find((r) => r.outcome !== 'complete');
  if (incomplete) return incomplete;
  const counts = Object.fromEntries(ALL_SEVERITIES.map((s) => [s, reports.reduce((n, r) => n + (r.counts[s] ?? 0), 0)]));
  const { threshold } = reports[0];
  return { outcome: 'complete', counts, top: mostSevere(reports.flatMap((r) => r.top)), threshold, gate: gate(counts, threshold) };
}

function incomplete(req: ScanRequest, outcome: ScanOutcome, problem: string, hint: string): ScanReport {
  return { outcome, counts: {}, top: [], problem, hint, threshold: req.threshold, gate: req.threshold === 'none' ? 'off' : 'failed' };
}

/** Findings at or above the threshold fail it; INFORMATIONAL and UNDEFINED never do. */
export function gate(counts: Record<string, number>, threshold: Severity | 'none'): ScanReport['gate'] {
  if (threshold === 'none') return 'off';
  const blocking = SEVERITIES.slice(0, SEVERITIES.indexOf(threshold) + 1);
  return blocking.some((s) => (counts[s] ?? 0) > 0) ? 'failed' : 'passed';
}

/** The `scan-findings` output: counts as JSON, or empty when there was no completed scan. */
export function scanFindingsOutput(report?: ScanReport): string {
  return report?.outcome === 'complete' ? JSON.stringify(report.counts) : '';
}

/**
 * What the front end does with the scan once every output is set: a failed gate ends the run with
 * exit 1; a scan that could not be had without a gate is a warning.
 */
export function scanVerdict(report: ScanReport | undefined, imageRef: string): { failure?: ScanGateError; warning?: string } {
  if (!report) return {};
  if (report.gate === 'failed' && report.outcome !== 'complete') {
    return {
      failure: new ScanGateError(
        `fail-on-severity ${report.threshold}: ${report.problem}; the image is pushed (${imageRef}) but could not be judged`,
        report.hint,
      ),
    };
  }
  if (report.gate === 'failed') {
    const blocking = SEVERITIES.slice(0, SEVERITIES.indexOf(report.threshold as Severity) + 1).filter((s) => report.counts[s] > 0);
    return {
      failure: new ScanGateError(
        `fail-on-severity ${report.threshold}: ECR's scan found ${blocking.map((s) => `${report.counts[s]} ${s}`).join(', ')}; the image is pushed (${imageRef}) but should not be deployed`,
        'fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity',
      ),
    };
  }
  if (report.outcome !== 'complete') return { warning: `scan-wait: ${report.problem}` };
  return {};
}

const attribute = (f: ImageScanFinding, key: string) => f.attributes?.find((a) => a.key === key)?.value;

function basicFinding(f: ImageScanFinding): Finding {
  const pkg = [attribute(f, 'package_name'), attribute(f, 'package_version')].filter(Boolean).join(' ');
  return { name: f.name ?? '', severity: f.severity ?? 'UNDEFINED', package: pkg, link: f.uri ?? '' };
}

function enhancedFinding(f: EnhancedImageScanFinding): Finding {
  const details = f.packageVulnerabilityDetails;
  const pkg = (details?.vulnerablePackages ?? []).map((p) => [p.name, p.version].filter(Boolean).join(' ')).join(', ');
  return {
    name: details?.vulnerabilityId ?? f.title ?? '',
    severity: f.severity ?? 'UNDEFINED',
    package: pkg,
    link: details?.sourceUrl ?? details?.referenceUrls?.[0] ?? '',
  };
}
