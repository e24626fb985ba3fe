/**
 * The run's one bound: timeout-seconds, or a cancel from the front end (the CI's signals). Either
 * way every AWS call in flight is aborted, no new step starts, the run's children are stopped,
 * and then the run fails naming what it was still waiting for. It never touches the process
 * itself: the front end owns signals and exit (io/lifetime.ts).
 */
import { CancelledError, DeadlineError } from './errors';

/** Between SIGTERM and SIGKILL for the children of a run that ends early. */
const CHILD_GRACE_MS = 3_000;

/** What the front end lends a run: its cancel, and the way to stop the run's child processes. */
export interface RunLifetime {
  /** Aborted with the signal's name (`SIGINT`, `SIGTERM`) when the CI cancels the job. */
  cancelled?: AbortSignal;
  stopChildren(graceMs: number): Promise<void>;
}

export class Deadline {
  private readonly controller = new AbortController();
  private readonly waiting: string[] = [];
  private timer?: NodeJS.Timeout;
  private fail!: (err: Error) => void;
  private ending = false;
  private readonly expired: Promise<never>;
  private readonly onCancel = () => this.end(new CancelledError(this.lifetime?.cancelled?.reason as NodeJS.Signals, this.stillWaiting()));

  constructor(
    readonly seconds: number,
    private readonly lifetime?: RunLifetime,
  ) {
    this.expired = new Promise<never>((_, reject) => {
      this.fail = reject;
    });
    // Only ever awaited through race(); a run that ends first must not leave a rejection behind.
    this.expired.catch(() => undefined);
  }

  get ms(): number {
    return this.seconds * 1000;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Runs the whole job against the deadline and the cancel; both end with it. */
  async bound<T>(work: () => Promise<T>): Promise<T> {
    this.timer = setTimeout(() => this.end(new DeadlineError(this.seconds, this.stillWaiting())), this.ms);
    const cancelled = this.lifetime?.cancelled;
    if (cancelled?.aborted) this.onCancel();
    cancelled?.addEventListener('abort', this.onCancel);
    try {
      // Once the run is ending, a step's failure is the abort's or the killed child's doing: the
      // run fails with the ending's own error (timeout or cancel, and what was running) instead.
      const settled = work().catch((err: unknown) => (this.ending ? this.expired : Promise.reject(err)));
      return await Promise.race([settled, this.expired]);
    } finally {
      clearTimeout(this.timer);
      cancelled?.removeEventListener('abort', this.onCancel);
    }
  }

  /** Starts one step unless time is up, and remembers what it waits for until it ends. */
  async watch<T>(label: string, start: () => Promise<T>): Promise<T> {
    this.controller.signal.throwIfAborted();
    this.waiting.push(label);
    try {
      return await start();
    } finally {
      this.waiting.splice(this.waiting.indexOf(label), 1);
    }
  }

  private stillWaiting(): string[] {
    return [...new Set(this.waiting)];
  }

  /** The first ending wins; a second cancel (GitHub's SIGTERM after SIGINT) changes nothing. */
  private end(err: Error): void {
    if (this.ending) return;
    this.ending = true;
    clearTimeout(this.timer);
    this.controller.abort();
    const stopped = this.lifetime?.stopChildren(CHILD_GRACE_MS) ?? Promise.resolve();
    void stopped.then(() => this.fail(err));
  }
}

/** `deadline.watch`, or just `start()` where a caller runs without a deadline (tests, tools). */
export function watched<T>(deadline: Deadline | undefined, label: string, start: () => Promise<T>): Promise<T> {
  return deadline ? deadline.watch(label, start) : start();
}
