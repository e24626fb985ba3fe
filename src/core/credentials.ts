/**
 * AWS credentials: the CI's OIDC token exchanged with STS AssumeRoleWithWebIdentity, or, with no
 * role, the SDK's ambient chain. Failures say which role, which token claims, and what to fix.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fromWebToken } from '@aws-sdk/credential-provider-web-identity';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { awsClientConfig, retryHint, sdkFailure } from './aws';
import type { CiName } from './context';
import { type Deadline, watched } from './deadline';
import { CredentialsError, PrerequisiteError, ProxyError } from './errors';
import { DEFAULT_AUDIENCE } from './options/table';
import type { Reporter } from './report';

export interface TokenRequest {
  ci: CiName;
  audience: string;
  tokenFile?: string;
  /** Name of an environment variable that holds the token (no file needed). */
  tokenEnv?: string;
  /** The front end's own OIDC source (GitHub: `core.getIDToken`). */
  platformToken?: (audience: string) => Promise<string>;
  env: NodeJS.ProcessEnv;
  /** Renewing credentials: CircleCI mints a fresh token rather than reuse the job's. */
  renew?: boolean;
}

export interface RoleRequest {
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  region: string;
}

export interface IdentityToken {
  token: string;
  /** Where it came from, for the log line (never the token). */
  source: string;
}

/** Find the OIDC token for this run; never logs it. */
export async function webIdentityToken(req: TokenRequest): Promise<IdentityToken> {
  if (req.tokenEnv) {
    const token = req.env[req.tokenEnv]?.trim();
    if (!token) throw new PrerequisiteError(`web-identity-token-env names ${req.tokenEnv}, which is not set or empty`);
    return { token, source: `environment variable ${req.tokenEnv}` };
  }
  if (req.tokenFile) return { token: readToken(req.tokenFile), source: `file ${req.tokenFile}` };
  if (req.ci === 'github') return { token: await githubToken(req), source: 'GitHub OIDC' };
  if (req.ci === 'circleci') return circleciToken(req);
  const file = req.env.AWS_WEB_IDENTITY_TOKEN_FILE;
  if (file) return { token: readToken(file), source: `file ${file}` };
  throw new PrerequisiteError(
    'role-to-assume is set but no OIDC token was found',
    "outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_WEB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env",
  );
}

function readToken(path: string): string {
  const token = readFileSync(path, 'utf8').trim();
  if (!token) throw new PrerequisiteError(`the OIDC token file ${path} is empty`);
  return token;
}

async function githubToken(req: TokenRequest): Promise<string> {
  if (!req.env.ACTIONS_ID_TOKEN_REQUEST_URL || !req.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN || !req.platformToken) {
    throw new PrerequisiteError(
      'GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)',
      'add `permissions: id-token: write` (and `contents: read`) to the workflow or job',
    );
  }
  try {
    return await req.platformToken(req.audience);
  } catch (err) {
    if (err instanceof ProxyError) throw err;
    throw new CredentialsError(
      `could not get the GitHub OIDC token: ${(err as Error).message}`,
      'check `permissions: id-token: write`; tokens are not issued to pull requests from forks',
    );
  }
}

async function circleciToken(req: TokenRequest): Promise<IdentityToken> {
  const issued = req.env.CIRCLE_OIDC_TOKEN_V2 || req.env.CIRCLE_OIDC_TOKEN;
  const given = issued && { token: issued.trim(), source: req.env.CIRCLE_OIDC_TOKEN_V2 ? 'CIRCLE_OIDC_TOKEN_V2' : 'CIRCLE_OIDC_TOKEN' };
  // The job's token may have expired by the time credentials are renewed: mint one where the CLI can.
  if (given && !req.renew) return given;
  try {
    // CircleCI's own audience is the org id, which its trust policies pin; ask for another only on request.
    const args = ['run', 'oidc', 'get'];
    if (req.audience !== DEFAULT_AUDIENCE) args.push('--claims', JSON.stringify({ aud: req.audience }));
    const { stdout } = await promisify(execFile)('circleci', args, { encoding: 'utf8', env: req.env });
    const token = stdout.trim();
    if (token) return { token, source: 'circleci run oidc get' };
  } catch {
    // No circleci CLI, or it refused: fall through to the one explanation below.
  }
  if (given) return given;
  throw new PrerequisiteError(
    'CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCLE_OIDC_TOKEN)',
    'run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file',
  );
}

/** The claims that explain an STS refusal; never the token itself. */
export function tokenClaims(token: string): { iss?: string; sub?: string; aud?: string } {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    const str = (v: unknown) => (Array.isArray(v) ? v.join(',') : typeof v === 'string' ? v : undefined);
    return { iss: str(payload.iss), sub: str(payload.sub), aud: str(payload.aud) };
  } catch {
    return {};
  }
}

/**
 * The role's credentials, from the SDK's own web-identity provider (the STS client the SDK's
 * credential chain carries anyway: its retry strategy, its endpoint resolution).
 */
export async function assumeRole(req: RoleRequest, token: string, reporter: Reporter, deadline?: Deadline): Promise<AwsCredentialIdentity> {
  reporter.secret(token);
  const provider = fromWebToken({
    roleArn: req.roleArn,
    roleSessionName: req.sessionName,
    webIdentityToken: token,
    durationSeconds: req.durationSeconds,
    clientConfig: awsClientConfig(req.region, undefined, deadline),
  });
  try {
    const c = await watched(deadline, 'STS AssumeRoleWithWebIdentity', () => provider());
    return masked({ accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken, expiration: c.expiration }, reporter);
  } catch (err) {
    throw explainStsError(err, req, token);
  }
}

/**
 * Credentials the SDK clients ask for before each call: the role's, renewed before they
 * expire, so a build may outlast role-duration-seconds. Renewed within 5 minutes of expiry, or
 * half their lifetime when they live less than 10 minutes; one renewal at a time.
 */
export function renewingCredentials(first: AwsCredentialIdentity, renew: () => Promise<AwsCredentialIdentity>): AwsCredentialIdentityProvider {
  let current = { credentials: first, margin: renewalMargin(first) };
  let pending: Promise<AwsCredentialIdentity> | undefined;
  return () => {
    const expires = current.credentials.expiration?.getTime();
    if (expires === undefined || expires - Date.now() > current.margin) return Promise.resolve(current.credentials);
    pending ??= renew()
      .then((credentials) => {
        current = { credentials, margin: renewalMargin(credentials) };
        return credentials;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}

const RENEW_BEFORE_MS = 5 * 60 * 1000;

function renewalMargin(c: AwsCredentialIdentity): number {
  const lifetime = c.expiration ? c.expiration.getTime() - Date.now() : Infinity;
  return Math.min(RENEW_BEFORE_MS, lifetime / 2);
}

function masked(c: AwsCredentialIdentity, reporter: Reporter): AwsCredentialIdentity {
  for (const secret of [c.accessKeyId, c.secretAccessKey, c.sessionToken]) if (secret) reporter.secret(secret);
  return c;
}

function explainStsError(err: unknown, req: RoleRequest, token: string): Error {
  if (err instanceof CredentialsError || err instanceof ProxyError) return err;
  const e = err as { name?: string; message?: string };
  const c = tokenClaims(token);
  const claims = `token iss=${c.iss ?? '?'} sub=${c.sub ?? '?'} aud=${c.aud ?? '?'}`;
  const failure = sdkFailure(err);
  if (failure.transient) {
    const what = `STS AssumeRoleWithWebIdentity for ${req.roleArn} failed after ${failure.attempts} attempt(s) (${e.name}: ${e.message}); ${claims}`;
    return new CredentialsError(what, retryHint('STS', failure.throttled), { cause: err });
  }
  const what = `STS refused AssumeRoleWithWebIdentity for ${req.roleArn} (${e.name}: ${e.message}); ${claims}`;
  switch (e.name) {
    case 'AccessDenied':
    case 'AccessDeniedException':
      return new CredentialsError(
        what,
        "the role's trust policy must allow this token: Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",
        { cause: err },
      );
    case 'InvalidIdentityToken':
    case 'InvalidIdentityTokenException':
      return new CredentialsError(what, 'the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client id', {
        cause: err,
      });
    case 'ExpiredTokenException':
      return new CredentialsError(what, 'the OIDC token expired before it was used; request a fresh one', { cause: err });
    case 'IDPCommunicationError':
    case 'IDPCommunicationErrorException':
      return new CredentialsError(what, 'STS could not reach the token issuer; retry the job', { cause: err });
    default:
      return new CredentialsError(what, undefined, { cause: err });
  }
}
