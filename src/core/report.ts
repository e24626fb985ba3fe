/**
 * How the core talks to a person. Each front end supplies one: GitHub uses log groups and
 * `::add-mask::`, the CLI and CircleCI write plain lines to stderr.
 */
import type { Writable } from 'node:stream';
export interface Reporter {
  info(message: string): void;
  warning(message: string): void;
  /** Register a secret before it is used, so the CI masks it if it ever reached a log. */
  secret(value: string): void;
  /** Run one phase of the delivery inside a (collapsible, where the CI has them) group, timed. */
  phase<T>(title: string, run: () => Promise<T>): Promise<T>;
  /** Time a step that runs alongside a phase (the registry login during the build): no group, no log line. */
  track<T>(title: string, run: () => Promise<T>): Promise<T>;
  /** Where child process output goes (stderr for the CLI, whose stdout carries `--json`). */
  readonly output: Writable;
}

export interface PhaseTiming {
  title: string;
  seconds: number;
  /** Start and end, in seconds since the clock started (the run's start): the timeline's bars. */
  start: number;
  end: number;
}

/** Shared timing bookkeeping for reporters; phases may overlap, each is timed on its own. */
export class PhaseClock {
  readonly timings: PhaseTiming[] = [];
  private readonly started = Date.now();

  async time<T>(title: string, run: () => Promise<T>): Promise<T> {
    const start = Date.now();
    try {
      return await run();
    } finally {
      const end = Date.now();
      this.timings.push({ title, seconds: (end - start) / 1000, start: (start - this.started) / 1000, end: (end - this.started) / 1000 });
    }
  }

  /** The timings in the order the phases started (timings holds them in the order they ended). */
  get byStart(): PhaseTiming[] {
    return [...this.timings].sort((a, b) => a.start - b.start);
  }

  get totalSeconds(): number {
    return (Date.now() - this.started) / 1000;
  }

  /** `Credentials 0.2 s, Build 1.4 s; total 2.1 s`: the timing line every summary ends with. */
  describe(): string {
    const phases = this.byStart.map((t) => `${t.title} ${t.seconds.toFixed(1)} s`).join(', ');
    return `${phases ? `${phases}; ` : ''}total ${this.totalSeconds.toFixed(1)} s`;
  }
}

/** Plain lines on stderr: the CLI's and CircleCI's reporter. */
export class StreamReporter implements Reporter {
  readonly clock = new PhaseClock();
  readonly output: Writable;

  constructor(private readonly stream: Writable = process.stderr) {
    this.output = stream;
  }

  info(message: string): void {
    this.stream.write(`${message}\n`);
  }

  warning(message: string): void {
    this.stream.write(`warning: ${message}\n`);
  }

  secret(): void {
    // Nothing to register outside GitHub: the core never prints secrets in the first place.
  }

  track<T>(title: string, run: () => Promise<T>): Promise<T> {
    return this.clock.time(title, run);
  }

  async phase<T>(title: string, run: () => Promise<T>): Promise<T> {
    this.info(`▶ ${title}`);
    const start = Date.now();
    const result = await this.clock.time(title, run);
    this.info(`✔ ${title} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
    return result;
  }
}
