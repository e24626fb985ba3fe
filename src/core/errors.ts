/**
 * Typed failures. Every front end maps them the same way: InputError → exit 2 with one line,
 * anything else → exit 1 with the message and, when we know it, the hint that fixes it.
 */

/** Bad input: raised before any AWS call, names the option, the value and the rule. */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly option: string,
    value: string,
    readonly rule: string,
  ) {
    super(`${option}: ${quote(value)} ${rule}`);
    this.name = 'InputError';
  }
}

/** A delivery step failed; `hint` tells the user what to change. */
export class DeliveryError extends Error {
  readonly exitCode: number = 1;
  constructor(
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DeliveryError';
  }
}

/** Something the job needs is missing from the machine (docker, buildx, an OIDC token). */
export class PrerequisiteError extends DeliveryError {
  constructor(message: string, hint?: string) {
    super(message, hint);
    this.name = 'PrerequisiteError';
  }
}

export class CredentialsError extends DeliveryError {
  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, hint, options);
    this.name = 'CredentialsError';
  }
}

export class RegistryError extends DeliveryError {
  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, hint, options);
    this.name = 'RegistryError';
  }
}

/** timeout-seconds passed: says what the run was still waiting for. */
export class DeadlineError extends DeliveryError {
  constructor(seconds: number, waiting: string[]) {
    super(
      `gave up after ${seconds} s (timeout-seconds)${waiting.length ? `, still waiting for ${waiting.join(', ')}` : ''}`,
      'check that the runner can reach AWS and the registry (proxy, firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer',
    );
    this.name = 'DeadlineError';
  }
}

/** fail-on-severity: the scan found what the gate stops on (or could not be had); the image is pushed. */
export class ScanGateError extends DeliveryError {
  constructor(message: string, hint?: string) {
    super(message, hint);
    this.name = 'ScanGateError';
  }
}

/** A proxy from HTTP(S)_PROXY refused or could not be reached: named without the credentials in its URL. */
export class ProxyError extends DeliveryError {
  constructor(message: string) {
    super(
      message,
      'check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL if the proxy wants one), or list the host in NO_PROXY to reach it directly',
    );
    this.name = 'ProxyError';
  }
}

/** A CI cancelled the run (SIGINT, SIGTERM): says what was running. Exit code 128 + signal number, as a shell reports it. */
export class CancelledError extends DeliveryError {
  override readonly exitCode: number;
  constructor(signal: NodeJS.Signals, running: string[]) {
    super(`cancelled by ${signal}${running.length ? ` while running ${running.join(', ')}` : ''}`);
    this.name = 'CancelledError';
    this.exitCode = 128 + (signal === 'SIGINT' ? 2 : 15);
  }
}

export class DockerError extends DeliveryError {
  constructor(message: string, hint?: string) {
    super(message, hint);
    this.name = 'DockerError';
  }
}

// What JSON.stringify leaves raw but a log must not carry: DEL and the C1 controls,
// Unicode line/paragraph separators, bidi overrides, zero-width and other invisible format marks.
const INVISIBLE = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/** One line, safe for any log: control and invisible characters escaped, long values cut. */
export function quote(value: string, max = 80): string {
  const chars = Array.from(value.slice(0, max * 2)); // by code point, so a cut never splits a pair
  const cut = chars.length > max || value.length > max * 2 ? `${chars.slice(0, max).join('')}…` : value;
  return JSON.stringify(cut).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The one line (plus hint line) a front end prints for a failure. */
export function describeFailure(err: unknown): { message: string; hint?: string; exitCode: number } {
  if (err instanceof InputError) return { message: err.message, exitCode: 2 };
  if (err instanceof DeliveryError) return { message: err.message, hint: err.hint, exitCode: err.exitCode };
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return { message, exitCode: 1 };
}
