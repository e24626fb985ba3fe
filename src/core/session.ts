/**
 * What every run starts from: the request a front end hands in, the OIDC token asked for early,
 * the role's credentials (renewed before they expire), and the target registry opened with them.
 */
import type { Runner } from '../io/exec';
import type { Credentials } from './aws';
import type { RunContext } from './context';
import { assumeRole, type IdentityToken, renewingCredentials, type TokenRequest, webIdentityToken } from './credentials';
import type { Deadline, RunLifetime } from './deadline';
import type { Outputs } from './options/outputs';
import type { Options } from './options/table';
import { EcrRegistry } from './registry/ecr';
import { PublicRegistry } from './registry/ecr-public';
import type { TargetRegistry } from './registry/target';
import type { Reporter } from './report';
import type { ScanReport } from './scan';

/** What a delivery hands its front end: the outputs, and the scan it waited for (`scan-wait`). */
export interface Delivered {
  outputs: Outputs;
  scan?: ScanReport;
}

export interface DeliverRequest {
  options: Options;
  context: RunContext;
  reporter: Reporter;
  run: Runner;
  env: NodeJS.ProcessEnv;
  /** The front end's OIDC source (GitHub: `core.getIDToken`). */
  platformToken?: (audience: string) => Promise<string>;
  /** `login` only (it writes the user's docker config): told each registry host before login, so a post step can log out even after a failure. */
  onLogin?: (host: string) => void;
  /** The front end's cancel and child processes (io/lifetime.ts); without it nothing cancels the run. */
  lifetime?: RunLifetime;
  /** The ECR the run talks to; the SDK-backed EcrRegistry unless a test brings a fake. */
  openRegistry?: OpenRegistry;
}

/** What a run asks of its target registry (registry/target.ts). */
export type Registry = TargetRegistry;
export type OpenRegistry = (region: string, credentials: Credentials | undefined, registryId: string | undefined, deadline: Deadline) => Registry;
const openEcr: OpenRegistry = (region, credentials, registryId, deadline) => new EcrRegistry(region, credentials, registryId, deadline);

const openPublic: OpenRegistry = (_region, credentials, registryId, deadline) => new PublicRegistry(credentials, registryId, deadline);

/** The push target, with the run's credentials: ECR, or ECR Public (its API lives in us-east-1 only). */
export function openRegistry(req: DeliverRequest, credentials: Credentials | undefined, deadline: Deadline): Registry {
  const open = req.openRegistry ?? (req.options.registryType === 'public' ? openPublic : openEcr);
  return open(req.context.region, credentials, req.options.registryId, deadline);
}

/**
 * The OIDC token, asked for while docker is probed (it is not an AWS call); settled quietly so a
 * docker failure reported first leaves no unhandled rejection behind.
 */
export function fetchToken(req: DeliverRequest): Promise<IdentityToken | Error> | undefined {
  if (!req.options.roleToAssume) return undefined;
  return webIdentityToken(tokenRequest(req)).catch((err: Error) => err);
}

function tokenRequest({ options: o, context: ctx, platformToken, env }: DeliverRequest): TokenRequest {
  return { ci: ctx.ci, audience: o.audience, tokenFile: o.webIdentityTokenFile, tokenEnv: o.webIdentityTokenEnv, platformToken, env };
}

/**
 * `token` is fetchToken's: undefined exactly when there is no role to assume. The role's
 * credentials are renewed before they expire, with a fresh token. assumeRole registers each token
 * as a secret before it sends it.
 */
export async function resolveCredentials(
  req: DeliverRequest,
  token: Promise<IdentityToken | Error> | undefined,
  deadline: Deadline,
): Promise<Credentials | undefined> {
  const { options: o, context: ctx, reporter } = req;
  if (!o.roleToAssume || !token) {
    reporter.info('No role-to-assume: using the ambient AWS credential chain');
    return undefined;
  }
  const identity = await token;
  if (identity instanceof Error) throw identity;
  reporter.info(`Assuming ${o.roleToAssume} as ${ctx.sessionName} with the OIDC token from ${identity.source}`);
  const role = { roleArn: o.roleToAssume, sessionName: ctx.sessionName, durationSeconds: o.roleDurationSeconds, region: ctx.region };
  const first = await assumeRole(role, identity.token, reporter, deadline);
  return renewingCredentials(first, async () => {
    const fresh = await webIdentityToken({ ...tokenRequest(req), renew: true });
    reporter.info(`Renewing the credentials of ${o.roleToAssume} before they expire, with a new OIDC token from ${fresh.source}`);
    return assumeRole(role, fresh.token, reporter, deadline);
  });
}
