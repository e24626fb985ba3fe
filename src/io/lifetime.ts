/**
 * The process's side of a run's lifetime, owned by the front ends: the CI's cancelling signals
 * become an abort, the run may stop every child process (exec.ts), and a run that ended early
 * does not let anything left pending keep the process.
 */
import { stopChildren } from './exec';

/** What CI runners send to cancel a job (GitHub: SIGINT, then SIGTERM; CircleCI: SIGTERM). */
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
/** How long a reported early ending may wait for what is still pending before the process ends. */
const EXIT_GRACE_MS = 2_000;

export interface ProcessLifetime {
  /** Aborted with the signal's name when the CI cancels the job. */
  readonly cancelled: AbortSignal;
  stopChildren(graceMs: number): Promise<void>;
  /** Call once the result is reported: drops the signal handlers and, after an early ending, lets the process go. */
  end(): void;
}

export function processLifetime(): ProcessLifetime {
  const controller = new AbortController();
  let endedEarly = false;
  const onSignal = (signal: NodeJS.Signals) => controller.abort(signal);
  for (const signal of CANCEL_SIGNALS) process.on(signal, onSignal);
  return {
    cancelled: controller.signal,
    stopChildren: (graceMs) => {
      endedEarly = true;
      return stopChildren(graceMs);
    },
    end: () => {
      for (const signal of CANCEL_SIGNALS) process.off(signal, onSignal);
      // Unref'd: it never delays a process that ends by itself.
      if (endedEarly) setTimeout(() => process.exit(process.exitCode || 1), EXIT_GRACE_MS).unref();
    },
  };
}
