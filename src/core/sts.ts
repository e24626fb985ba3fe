/**
 * The first STS AssumeRoleWithWebIdentity attempt, without the AWS SDK: one unsigned form POST
 * (the call needs no credentials) and three fields out of the XML answer. The first AWS request is
 * then on the wire before the SDK's ~600 KB are compiled, and the SDK is evaluated while STS
 * answers. Retries stay the SDK's: a transient failure here hands the call to the SDK client.
 *
 * Only where the endpoint is certain: AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL, or the regional
 * endpoint of the aws, aws-cn and aws-us-gov partitions when nothing else the SDK weighs is set
 * (FIPS, dual-stack, legacy global endpoint, a shared config file). Anything else is the SDK's.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { exchange } from '../io/http';

/** Region name patterns of the partitions, as the SDK's partition table has them, and their DNS suffix. */
const PARTITIONS: Array<[RegExp, string]> = [
  [/^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/, 'amazonaws.com'],
  [/^cn-\w+-\d+$/, 'amazonaws.com.cn'],
  [/^us-gov-\w+-\d+$/, 'amazonaws.com'],
];

const truthy = (value?: string): boolean => value?.toLowerCase() === 'true';

/** The URL the SDK would send AssumeRoleWithWebIdentity to, where that is certain; else undefined. */
export function stsEndpoint(region: string, env: NodeJS.ProcessEnv): string | undefined {
  // A shared config file can set endpoints, FIPS, dual-stack and more, per profile: the SDK reads it.
  if (existsSync(env.AWS_CONFIG_FILE || join(env.HOME || homedir(), '.aws', 'config'))) return undefined;
  if (!truthy(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS)) {
    const configured = env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL;
    if (configured) return configured;
  }
  if (truthy(env.AWS_USE_FIPS_ENDPOINT) || truthy(env.AWS_USE_DUALSTACK_ENDPOINT) || env.AWS_STS_REGIONAL_ENDPOINTS === 'legacy') return undefined;
  const suffix = PARTITIONS.find(([pattern]) => pattern.test(region))?.[1];
  return suffix && `https://sts.${region}.${suffix}`;
}

export interface WebIdentityCall {
  roleArn: string;
  sessionName: string;
  token: string;
  durationSeconds: number;
}

/** STS's refusal, shaped like the SDK's service exceptions (name, message, $metadata). */
export class StsRefusal extends Error {
  constructor(name: string, message: string, readonly $metadata: { httpStatusCode: number; requestId?: string; attempts: number }) {
    super(message);
    this.name = name;
  }
}

export type FirstAttempt = { credentials: AwsCredentialIdentity } | { refusal: StsRefusal } | { transient: string };

/**
 * Error codes the SDK retries: its throttling and transient lists, and IDPCommunicationError, which
 * STS models as retryable. 5xx and 429 are retried whatever the code.
 */
const RETRYABLE = new Set(['Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottledException',
  'TooManyRequestsException', 'RequestLimitExceeded', 'BandwidthLimitExceeded', 'LimitExceededException',
  'RequestThrottled', 'SlowDown', 'PriorRequestNotComplete', 'RequestTimeout', 'RequestTimeoutException', 'IDPCommunicationError']);

/** The codes STS models as exceptions: the SDK names them `<Code>Exception`. */
const MODELED = new Set(['IDPCommunicationError', 'IDPRejectedClaim', 'InvalidIdentityToken', 'MalformedPolicyDocument', 'PackedPolicyTooLarge']);

export interface AttemptOptions {
  /** The SDK's per-attempt bounds (aws.ts attemptTimeouts): to connect, and for silence after. */
  connectionTimeout: number;
  requestTimeout: number;
  signal?: AbortSignal;
  onSent?: () => void;
}

/**
 * One attempt. `onSent` runs once the request is handed to the network (the SDK is evaluated
 * then, while STS answers). Never rejects: every failure is a refusal or transient.
 */
export async function assumeRoleOnce(endpoint: string, call: WebIdentityCall, opts: AttemptOptions): Promise<FirstAttempt> {
  const body = formBody({
    Action: 'AssumeRoleWithWebIdentity', Version: '2011-06-15',
    RoleArn: call.roleArn, RoleSessionName: call.sessionName, WebIdentityToken: call.token, DurationSeconds: String(call.durationSeconds),
  });
  try {
    const answer = await exchange(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), 'user-agent': 'ecr-deliver' },
      body,
      timeoutMs: opts.requestTimeout,
      connectTimeoutMs: opts.connectionTimeout,
      signal: opts.signal,
      onSent: opts.onSent,
    });
    return interpret(answer.status, answer.text);
  } catch (err) {
    return { transient: (err as Error).message };
  }
}

/** awsQuery's form encoding, as the SDK writes it (RFC 3986: also !'()*). */
function formBody(fields: Record<string, string>): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return Object.entries(fields).map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

function interpret(status: number, xml: string): FirstAttempt {
  if (status === 200) {
    const creds = inner(xml, 'Credentials') ?? '';
    const [accessKeyId, secretAccessKey, sessionToken, expiration] = ['AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration'].map((f) => text(creds, f));
    if (!accessKeyId || !secretAccessKey || !sessionToken) return { transient: 'STS answered 200 without credentials' };
    return { credentials: { accessKeyId, secretAccessKey, sessionToken, expiration: expiration ? new Date(expiration) : undefined } };
  }
  const code = text(xml, 'Code');
  if (!code || status >= 500 || status === 429 || RETRYABLE.has(code)) return { transient: `HTTP ${status} ${code ?? ''}`.trim() };
  const name = MODELED.has(code) ? `${code}Exception` : code;
  return { refusal: new StsRefusal(name, text(xml, 'Message') ?? '', { httpStatusCode: status, requestId: text(xml, 'RequestId'), attempts: 1 }) };
}

/** What is between the first `<tag>` and its `</tag>`, as it stands. */
function inner(xml: string, tag: string): string | undefined {
  return new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
}

/** A leaf element's text, XML entities decoded. */
function text(xml: string, tag: string): string | undefined {
  return inner(xml, tag)?.trim().replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    switch (e) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'amp': return '&';
      case 'quot': return '"';
      case 'apos': return '\'';
      default: return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}
