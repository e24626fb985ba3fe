/**
 * The plain-text front ends' shared half (the CLI and CircleCI): run the core, print progress and
 * a summary block on stderr, hand the outputs to the caller, and turn a failure into one line
 * (plus a hint line) and an exit code.
 */
import { resolveContext } from '../core/context';
import { describeFailure } from '../core/errors';
import { loginOnly } from '../core/login';
import { envName } from '../core/options/names';
import { OUTPUTS, type Outputs, outputText } from '../core/options/outputs';
import { parseOptions, type RawOptions } from '../core/options/parse';
import { deliver } from '../core/pipeline';
import { type PhaseClock, StreamReporter } from '../core/report';
import { ALL_SEVERITIES, type ScanReport, scanVerdict } from '../core/scan';
import { alongsideBuild, textTimeline } from '../core/timeline';
import { run } from '../io/exec';
import { processLifetime } from '../io/lifetime';

export const fromEnv =
  (env: NodeJS.ProcessEnv): RawOptions =>
  (name) =>
    env[envName(name)];

/** Prints a failure as one line (plus a hint line) on stderr; returns its exit code. */
export function fail(err: unknown): number {
  const failure = describeFailure(err);
  process.stderr.write(`ecr-deliver: ${failure.message}\n`);
  if (failure.hint) process.stderr.write(`hint: ${failure.hint}\n`);
  return failure.exitCode;
}

/** Shared by the CLI and CircleCI: deliver, print a summary block, and return the exit code. */
export async function deliverPlain(raw: RawOptions, publish: (outputs: Outputs) => void): Promise<number> {
  const reporter = new StreamReporter(process.stderr);
  const lifetime = processLifetime();
  try {
    const options = parseOptions(raw);
    const context = resolveContext(options);
    const { outputs, scan } = await deliver({ options, context, reporter, run, env: process.env, lifetime });
    reporter.info(summary(outputs, reporter.clock, scan));
    publish(outputs);
    // The gate decides only now, with every output published.
    const verdict = scanVerdict(scan, outputs['image-ref']);
    if (verdict.warning) reporter.warning(verdict.warning);
    if (verdict.failure) return fail(verdict.failure);
    return 0;
  } catch (err) {
    return fail(err);
  } finally {
    lifetime.end();
  }
}

/** `ecr-deliver login`: credentials and `docker login`, for jobs that run their own docker commands. */
export async function loginPlain(raw: RawOptions, publish: (registry: string) => void): Promise<number> {
  const reporter = new StreamReporter(process.stderr);
  const lifetime = processLifetime();
  try {
    const options = parseOptions(raw, 'login');
    const context = resolveContext(options, process.env, 'login');
    const { registry } = await loginOnly({ options, context, reporter, run, env: process.env, lifetime });
    reporter.info(block(`logged in to ${registry}`, [['registry', registry]], reporter.clock));
    publish(registry);
    return 0;
  } catch (err) {
    return fail(err);
  } finally {
    lifetime.end();
  }
}

/** Why nothing was pushed, in words, for the summary. */
function pushedText(outputs: Outputs): string {
  if (outputs.pushed) return 'true';
  return outputs.digest ? 'false (the SHA tag was already in ECR: nothing built or uploaded)' : 'false (push: false, built and tagged locally only)';
}

function summary(outputs: Outputs, clock: PhaseClock, scan?: ScanReport): string {
  const headline = outputs.pushed
    ? `delivered ${outputs.image}`
    : outputs.digest
      ? `already delivered: ${outputs.image}`
      : `built ${outputs.image} (not pushed)`;
  // scan-findings only when the run waited for a scan: otherwise it is always empty.
  const rows = OUTPUTS.filter(({ name }) => name !== 'scan-findings' || scan).map(({ name }): [string, string] => [
    name,
    name === 'pushed' ? pushedText(outputs) : outputText(outputs, name) || '-',
  ]);
  const beside = alongsideBuild(clock.byStart);
  const timeline = [...textTimeline(clock.byStart), ...(beside ? [beside] : [])].map((line) => `    ${line}`);
  return [block(headline, rows, clock), '  timeline', ...timeline, ...(scan ? scanLines(scan) : [])].join('\n');
}

/** Counts by severity and the top findings, as the GitHub summary shows them, in text. */
function scanLines(scan: ScanReport): string[] {
  if (scan.outcome !== 'complete') return ['  scan', `    ${scan.problem}`];
  const widths = ALL_SEVERITIES.map((s) => Math.max(s.length, String(scan.counts[s]).length));
  const lines = [
    '  scan',
    `    ${ALL_SEVERITIES.map((s, i) => s.padStart(widths[i])).join('  ')}`,
    `    ${ALL_SEVERITIES.map((s, i) => String(scan.counts[s]).padStart(widths[i])).join('  ')}`,
  ];
  if (scan.gate !== 'off') lines.push(`    fail-on-severity ${scan.threshold}: ${scan.gate}`);
  // Text from ECR: no control character may reach the log.
  const plain = (text: string) => text.replace(/[\x00-\x1f\x7f-\x9f]+/g, ' ');
  for (const f of scan.top) lines.push(plain(`    ${f.severity.padEnd(13)} ${f.name}  ${f.package || '-'}  ${f.link}`).trimEnd());
  return lines;
}

/** The summary block every plain-text front end prints last: outputs, then the phase timings. */
function block(headline: string, rows: [string, string][], clock: PhaseClock): string {
  const all: [string, string][] = [...rows, ['time', clock.describe()]];
  const width = Math.max(...all.map(([k]) => k.length));
  return [`── ecr-deliver: ${headline} ──`, ...all.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}
