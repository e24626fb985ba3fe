/**
 * The run's phases as a timeline: a mermaid `gantt` block for the GitHub step summary
 * (GitHub renders it), a text chart for the CLI and CircleCI summary. Phases that ran at the same
 * time (credentials, repository and login during the build) overlap, and one line says which.
 */
import type { PhaseTiming } from './report';

const ms = (seconds: number) => Math.round(seconds * 1000);

/** Mermaid task names may not hold `:` (it starts the task's data) or `#`/`;`. */
const taskName = (title: string) => title.replace(/[:#;]/g, ' ').trim() || 'phase';

/**
 * One section per phase, in the order they started; times are milliseconds since the run began
 * (`dateFormat x` reads them as Unix milliseconds, so the axis counts from 00:00).
 */
export function mermaidGantt(timings: PhaseTiming[]): string {
  const lines = ['```mermaid', 'gantt', '  title ecr-deliver phases (seconds since start)', '  dateFormat x', '  axisFormat %M:%S'];
  timings.forEach((t, i) => {
    const start = ms(t.start);
    // A phase shorter than a millisecond still gets a bar mermaid can draw.
    const end = Math.max(ms(t.end), start + 1);
    lines.push(`  section ${taskName(t.title)}`, `  ${taskName(t.title)} ${t.seconds.toFixed(1)} s :p${i}, ${start}, ${end}`);
  });
  lines.push('```');
  return lines.join('\n');
}

/**
 * `Build  ·····██████████····  0.4–2.1 s`: one row per phase on a common scale, so phases that
 * ran at once are visibly side by side.
 */
export function textTimeline(timings: PhaseTiming[], width = 40): string[] {
  if (timings.length === 0) return [];
  const total = Math.max(...timings.map((t) => t.end), 0.001);
  const name = Math.max(...timings.map((t) => t.title.length));
  return timings.map((t) => {
    const from = Math.min(width - 1, Math.floor((t.start / total) * width));
    const to = Math.max(from + 1, Math.min(width, Math.round((t.end / total) * width)));
    const bar = '·'.repeat(from) + '█'.repeat(to - from) + '·'.repeat(width - to);
    return `${t.title.padEnd(name)}  ${bar}  ${t.start.toFixed(1)}–${t.end.toFixed(1)} s`;
  });
}

/**
 * `Alongside the build: Credentials 0.3 s, Repository 0.2 s, Login 0.2 s (0.7 s of it within the
 * build)`: the steps that ran while the build did, and how much of their time the build hid.
 * Undefined when nothing ran beside a build.
 */
export function alongsideBuild(timings: PhaseTiming[]): string | undefined {
  const builds = timings.filter((t) => t.title === 'Build');
  const within = (t: PhaseTiming) => builds.reduce((sum, b) => sum + Math.max(0, Math.min(t.end, b.end) - Math.max(t.start, b.start)), 0);
  const beside = timings.filter((t) => t.title !== 'Build' && within(t) > 0);
  if (!beside.length) return undefined;
  const hidden = beside.reduce((sum, t) => sum + within(t), 0);
  return `Alongside the build: ${beside.map((t) => `${t.title} ${t.seconds.toFixed(1)} s`).join(', ')} (${hidden.toFixed(1)} s of it within the build)`;
}
