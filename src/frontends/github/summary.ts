/**
 * The GitHub step summary: what was delivered, the phases as a mermaid gantt chart, and
 * the vulnerability scan (counts by severity, the top findings) when the run waited for one.
 */
import type { Outputs } from '../../core/options/outputs';
import type { PhaseClock } from '../../core/report';
import { ALL_SEVERITIES, type ScanReport } from '../../core/scan';
import { alongsideBuild, mermaidGantt } from '../../core/timeline';

/** Table cells hold text from ECR and docker: no pipes, line breaks or HTML may reach the markdown. */
const cell = (text: string): string => text.replace(/[\r\n]+/g, ' ').replace(/[|\\`*_~<>[\]]/g, (c) => `\\${c}`);
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

export function githubSummary(outputs: Outputs, clock: PhaseClock, scan?: ScanReport): string {
  const headline = outputs.pushed ? 'delivered' : outputs.digest ? 'already delivered' : 'built, not pushed';
  const rows = [
    ['image', code(outputs.image)],
    ['digest', outputs.digest ? code(outputs.digest) : '(not pushed)'],
    ['tags', outputs.tags.map(code).join(' ')],
    ['pushed', String(outputs.pushed)],
    ['timings', cell(clock.describe())],
  ];
  const parts = [
    `### ecr-deliver: ${headline}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    '#### Timeline',
    '',
    mermaidGantt(clock.byStart),
    '',
  ];
  const beside = alongsideBuild(clock.byStart);
  if (beside) parts.push(cell(beside), '');
  if (scan) parts.push(...scanSection(scan), '');
  return parts.join('\n');
}

function scanSection(scan: ScanReport): string[] {
  const lines = ['#### Vulnerability scan', ''];
  if (scan.outcome !== 'complete') {
    lines.push(`> [!WARNING]`, `> ${cell(scan.problem ?? 'no scan')}`);
    if (scan.gate === 'failed') lines.push('>', `> fail-on-severity ${scan.threshold}: **failed** (the image is pushed, but could not be judged)`);
    return lines;
  }
  lines.push(
    `| ${ALL_SEVERITIES.join(' | ')} |`,
    `|${ALL_SEVERITIES.map(() => '---:').join('|')}|`,
    `| ${ALL_SEVERITIES.map((s) => scan.counts[s]).join(' | ')} |`,
    '',
  );
  if (scan.gate !== 'off') {
    lines.push(
      scan.gate === 'failed'
        ? `**fail-on-severity ${scan.threshold}: failed.** The image is pushed, but should not be deployed.`
        : `fail-on-severity ${scan.threshold}: passed.`,
      '',
    );
  }
  if (scan.top.length) {
    lines.push('| finding | severity | package |', '|---|---|---|');
    for (const f of scan.top) {
      const name = /^https?:\/\/[^\s()<>]+$/.test(f.link) ? `[${cell(f.name)}](${f.link})` : cell(f.name);
      lines.push(`| ${name} | ${cell(f.severity)} | ${cell(f.package) || '—'} |`);
    }
  } else {
    lines.push('No findings.');
  }
  return lines;
}
