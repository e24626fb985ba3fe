/**
 * What both registry targets (ECR, ECR Public) share about talking to their APIs: the manifest
 * kinds asked for, and one mapping of SDK failures to ours, with the fix a user needs.
 */
import { retryHint, sdkFailure } from '../aws';
import { type Deadline, watched } from '../deadline';
import { DeliveryError, RegistryError } from '../errors';

// Ask for every manifest kind, so the registry hands back the stored bytes unchanged (a copy keeps the digest).
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
];

/** What an SDK command answers with (the output type of its middleware handler). */
export type OutputOf<C> = C extends { resolveMiddleware(...args: never[]): (args: never) => Promise<{ output: infer O }> } ? O : never;

/**
 * Refusals that are answers to the caller (a missing repository, a tag already there), passed on
 * untouched; any other NotFound (a wrong registry id, say) gets the mapping and its hint.
 */
const ANSWERS_CALLERS_HANDLE = new Set([
  'RepositoryNotFoundException',
  'RepositoryAlreadyExistsException',
  'ImageAlreadyExistsException',
  'ImageTagAlreadyExistsException',
  'ScanNotFoundException',
  'LayersNotFoundException',
]);

export const errorName = (err: unknown): string => (err as { name?: string })?.name ?? '';

/** Which API a call went to, and the permission hint for a refusal of one of its operations. */
export interface RegistryApi {
  /** `ECR` or `ECR Public`, as messages name it. */
  label: string;
  permissionHint(operation: string): string;
}

/**
 * Runs one API call against the run's deadline and names the operation in every failure, with the
 * fix for the refusals retrying can't cure. NotFound/AlreadyExists answers pass through untouched:
 * the caller decides what they mean.
 */
export async function registryCall<T>(api: RegistryApi, operation: string, deadline: Deadline | undefined, send: () => Promise<T>): Promise<T> {
  try {
    return await watched(deadline, `${api.label} ${operation}`, send);
  } catch (err) {
    throw mappedFailure(api, operation, err);
  }
}

function mappedFailure(api: RegistryApi, operation: string, err: unknown): unknown {
  const name = errorName(err);
  // Ours already (a RegistryError, a ProxyError from the proxy agent) or one a caller handles.
  if (err instanceof DeliveryError || ANSWERS_CALLERS_HANDLE.has(name)) return err;
  const what = `${api.label} ${operation}`;
  const detail = `${name}: ${(err as Error).message}`;
  if (name === 'CredentialsProviderError') {
    return new RegistryError(
      `no AWS credentials for ${what}: ${(err as Error).message}`,
      "set role-to-assume to use the CI's OIDC token, or provide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",
      { cause: err },
    );
  }
  const failure = sdkFailure(err);
  if (failure.transient) {
    return new RegistryError(`${what} failed after ${failure.attempts} attempt(s): ${detail}`, retryHint('ECR', failure.throttled), { cause: err });
  }
  if (/ExpiredToken/.test(name)) {
    return new RegistryError(
      `${what} failed: the AWS credentials have expired (${detail})`,
      'with role-to-assume they are refreshed before they expire; ambient credentials must outlive the run (or raise role-duration-seconds for the role that issued them)',
      { cause: err },
    );
  }
  const refused = /AccessDenied|UnrecognizedClient|InvalidSignature/.test(name);
  return new RegistryError(`${what} failed: ${detail}`, refused ? api.permissionHint(operation) : undefined, { cause: err });
}
