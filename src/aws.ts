/**
 * Shared SDK client settings. Endpoints come from the SDK itself (AWS_ENDPOINT_URL_STS / _ECR),
 * retries from its adaptive strategy (throttling, 5xx, network faults; never AccessDenied).
 */
import type { AwsCredentialIdentity } from '@aws-sdk/types';

export const AWS_TIMEOUTS = { connectionTimeout: 5_000, requestTimeout: 30_000 };

export function awsClientConfig(region: string, credentials?: AwsCredentialIdentity) {
  return {
    region,
    credentials,
    retryMode: 'adaptive',
    maxAttempts: 5,
    requestHandler: { ...AWS_TIMEOUTS, throwOnRequestTimeout: true },
  };
}
