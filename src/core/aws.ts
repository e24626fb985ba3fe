/**
 * Shared SDK client settings. Endpoints come from the SDK's own settings
 * (AWS_ENDPOINT_URL_STS / _ECR, …), retries from its adaptive strategy (throttling, 5xx, network
 * faults; never AccessDenied).
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { sdkProxyAgents } from '../io/proxy';
import type { Deadline } from './deadline';

/** What the SDK clients are given: fixed credentials, or a provider that renews them. */
export type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

export const MAX_ATTEMPTS = 5;
const CONNECT_MS = 5_000;
const ATTEMPT_MS = 30_000;

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
