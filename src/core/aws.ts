/**
 * Shared SDK client settings and the run's deadline. Endpoints come from the SDK's own settings
 * (AWS_ENDPOINT_URL_STS / _ECR, …), retries from its adaptive strategy (throttling, 5xx, network
 * faults; never AccessDenied).
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { stopChildren } from '../io/exec';
import { sdkProxyAgents } from '../io/proxy';
import { CancelledError, DeadlineError } from './errors';

/** What the SDK clients are given: fixed credentials, or a provider that renews them. */
export type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

export const MAX_ATTEMPTS = 5;
const CONNECT_MS = 5_000;
const ATTEMPT_MS = 30_000;
/** How long a reported deadline failure may wait for child processes before the process ends. */
const EXIT_GRACE_MS = 2_000;
/** Between SIGTERM and SIGKILL for docker children of a run that ends early. */
const CHILD_GRACE_MS = 3_000;
/** What CI runners send to cancel a job (GitHub: SIGINT, then SIGTERM; CircleCI: SIGTERM). */
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Per attempt: connect within 5 s, an answer within 30 s (or a third of a shorter run deadline,
 * so a hung attempt still leaves room for retries before timeout-seconds ends the run).
 */
export function attemptTimeouts(deadlineMs = Infinity): { connectionTimeout: number; requestTimeout: number } {
  const requestTimeout = Math.max(1_000, Math.min(ATTEMPT_MS, Math.floor(deadlineMs / 3)));
  return { connectionTimeout: Math.min(CONNECT_MS, requestTimeout), requestTimeout };
}

export function awsClientConfig(region: string, credentials?: Credentials, deadline?: Deadline) {
  return {
    region,
    credentials,
    retryMode: 'adaptive',
    maxAttempts: MAX_ATTEMPTS,
    requestHandler: { ...attemptTimeouts(deadline?.ms), throwOnRequestTimeout: true, ...sdkProxyAgents(process.env) },
  };
}

/**
 * How an SDK failure ended: the attempts it took, and whether its last error was one retrying
 * is meant to outlast (throttling, 5xx, timeouts, network), as opposed to a refusal.
 */
export function sdkFailure(err: unknown): { attempts: number; transient: boolean; throttled: boolean } {
  const e = (err ?? {}) as { name?: string; code?: string; $metadata?: { attempts?: number; httpStatusCode?: number }; $retryable?: { throttling?: boolean } };
  const name = e.name ?? '';
  const throttled = /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(name) || Boolean(e.$retryable?.throttling);
  const transient =
    throttled ||
    Boolean(e.$retryable) ||
    (e.$metadata?.httpStatusCode ?? 0) >= 500 ||
    /Timeout/.test(name) ||
    /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code ?? '');
  return { attempts: e.$metadata?.attempts ?? 1, transient, throttled };
}

/** The hint for a failure the SDK's retries could not outlast. */
export function retryHint(service: 'ECR' | 'STS', throttled: boolean): string {
  return throttled
    ? `AWS kept throttling ${service} for longer than ${MAX_ATTEMPTS} attempts with backoff: re-run later, spread out concurrent deliveries, or raise the ${service} API rate quota (Service Quotas)`
    : `${service} or the network to it kept failing: check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_ENDPOINT_URL_${service}) and the AWS Health Dashboard, then re-run`;
}

/**
 * One bound on the whole run: timeout-seconds, or a cancelling signal (SIGINT, SIGTERM) while it
 * runs. Either way every AWS call in flight is aborted, no new step starts, the docker children
 * are stopped (SIGTERM, then SIGKILL), and then the run fails naming what it was still waiting for.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly waiting: string[] = [];
  private timer?: NodeJS.Timeout;
  private fail!: (err: Error) => void;
  private ending = false;
  private readonly expired: Promise<never>;
  private readonly onSignal = (signal: NodeJS.Signals) => this.end(new CancelledError(signal, this.stillWaiting()));

  constructor(readonly seconds: number) {
    this.expired = new Promise<never>((_, reject) => {
      this.fail = reject;
    });
    this.timer = setTimeout(() => this.end(new DeadlineError(seconds, this.stillWaiting())), seconds * 1000);
    // Only ever awaited through race(); a run that ends first must not leave a rejection behind.
    this.expired.catch(() => undefined);
  }

  get ms(): number {
    return this.seconds * 1000;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Runs the whole job against the deadline and the cancelling signals; both end with it. */
  async bound<T>(work: () => Promise<T>): Promise<T> {
    for (const signal of CANCEL_SIGNALS) process.on(signal, this.onSignal);
    try {
      // Once the run is ending, a step's failure is the abort's or the killed child's doing: the
      // run fails with the ending's own error (timeout or signal, and what was running) instead.
      const settled = work().catch((err: unknown) => (this.ending ? this.expired : Promise.reject(err)));
      return await Promise.race([settled, this.expired]);
    } finally {
      clearTimeout(this.timer);
      for (const signal of CANCEL_SIGNALS) process.off(signal, this.onSignal);
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

  /** The first ending wins; a second signal (GitHub's SIGTERM after SIGINT) changes nothing. */
  private end(err: Error): void {
    if (this.ending) return;
    this.ending = true;
    clearTimeout(this.timer);
    this.controller.abort();
    void stopChildren(CHILD_GRACE_MS).then(() => {
      this.fail(err);
      // Whatever else is still pending must not keep the process: once the failure has been
      // reported, end it. Unref'd, so it never delays a process that ends by itself.
      setTimeout(() => process.exit(process.exitCode || 1), EXIT_GRACE_MS).unref();
    });
  }
}

/** `deadline.watch`, or just `start()` where a caller runs without a deadline (tests, tools). */
export function watched<T>(deadline: Deadline | undefined, label: string, start: () => Promise<T>): Promise<T> {
  return deadline ? deadline.watch(label, start) : start();
}
