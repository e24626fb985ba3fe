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

export class DockerError extends DeliveryError {
  constructor(message: string, hint?: string) {
    super(message, hint);
    this.name = 'DockerError';
  }
}

/** One line, safe for any log: control characters escaped, long values cut. */
export function quote(value: string, max = 80): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut);
}

/** The one line (plus hint line) a front end prints for a failure. */
export function describeFailure(err: unknown): { message: string; hint?: string; exitCode: number } {
  if (err instanceof InputError) return { message: err.message, exitCode: 2 };
  if (err instanceof DeliveryError) return { message: err.message, hint: err.hint, exitCode: err.exitCode };
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return { message, exitCode: 1 };
}
