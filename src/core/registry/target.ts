/**
 * The registry layer's one interface: what a delivery asks of its target (ECR or ECR Public),
 * the records both answer with, and the rules that hold for either.
 */
import type { DescribeImageScanFindingsResponse } from '@aws-sdk/client-ecr';
import { RegistryError } from '../errors';
import type { Mutability, Options } from '../options/table';

/** What creating a missing repository needs to know. */
export type RepositorySettings = Pick<
  Options,
  'repository' | 'createRepository' | 'imageTagMutability' | 'scanOnPush' | 'encryptionType' | 'kmsKey' | 'catalogDescription' | 'catalogAbout' | 'catalogUsage'
>;

/** The policy files applied to the repository, when given. */
export type PolicyFiles = Pick<Options, 'repository' | 'lifecyclePolicy' | 'repositoryPolicy'>;

// PutImage calls in flight: ECR's rate quota is 10 per second.
const PUT_IMAGE_CONCURRENCY = 4;

export interface RegistryLogin {
  host: string;
  username: string;
  password: string;
}

export interface RepositoryInfo {
  name: string;
  uri: string;
  arn: string;
  mutability: string;
  /** Wildcard filters that flip the mutability for matching tags (the *_WITH_EXCLUSION modes). */
  exclusionFilters: string[];
  /** The repository's own scan-on-push setting (a registry-level scanning rule may still scan it). */
  scanOnPush: boolean;
  created: boolean;
}

/** One page of DescribeImageScanFindings, or `undefined` for ScanNotFoundException. */
export type ScanFindingsPage = Pick<DescribeImageScanFindingsResponse, 'imageScanStatus' | 'imageScanFindings' | 'nextToken'>;

export interface ImageRecord {
  digest: string;
  manifest: string;
  mediaType: string;
}

/** What a delivery needs of its target registry: ECR (EcrRegistry) or ECR Public (PublicRegistry). */
export interface TargetRegistry {
  login(): Promise<RegistryLogin>;
  findRepository(name: string): Promise<RepositoryInfo | undefined>;
  /** `mutableTags`: exclusion filters for a created IMMUTABLE_WITH_EXCLUSION repository. */
  ensureRepository(settings: RepositorySettings, mutableTags: string[]): Promise<RepositoryInfo>;
  applyPolicies(files: PolicyFiles): Promise<void>;
  images(repository: string, tags: string[]): Promise<Map<string, ImageRecord>>;
  putTag(repository: string, image: ImageRecord, tag: string): Promise<void>;
  /** One image by digest, and a URL that serves one of its blobs: ECR only (multi-arch merges). */
  image?(repository: string, digest: string): Promise<ImageRecord | undefined>;
  blobUrl?(repository: string, digest: string): Promise<string>;
  /** A manifest's bytes, read from the registry by digest (after a push the digest is all that is known). */
  manifest(repository: string, digest: string): Promise<Pick<ImageRecord, 'manifest' | 'mediaType'>>;
  /** The layer cache's source, where the registry offers one: ECR, not ECR Public. */
  latestImage?(repository: string, tagSuffix?: string): Promise<string | undefined>;
  close(): void;
  /** The scan of an image. ECR only: ECR Public does not scan (scan-wait is refused for it). */
  scanFindings?(repository: string, digest: string, nextToken?: string): Promise<ScanFindingsPage | undefined>;
  startScan?(repository: string, digest: string): Promise<void>;
}

/** ECR's authorization data: `user:password` in base64, and the registry host as proxyEndpoint. */
export function decodeLogin(data?: { authorizationToken?: string; proxyEndpoint?: string }, host = data?.proxyEndpoint): RegistryLogin {
  if (!data?.authorizationToken || !host) throw new RegistryError('ECR returned no authorization data');
  const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return {
    host: host.replace(/^https?:\/\//, '').replace(/\/+$/, ''),
    username: decoded.slice(0, colon),
    password: decoded.slice(colon + 1),
  };
}

function wildcard(filter: string): RegExp {
  return new RegExp(
    `^${filter
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

export function isTagImmutable(repo: Pick<RepositoryInfo, 'mutability' | 'exclusionFilters'>, tag: string): boolean {
  const excluded = repo.exclusionFilters.some((f) => wildcard(f).test(tag));
  switch (repo.mutability as Mutability | 'MUTABLE_WITH_EXCLUSION') {
    case 'IMMUTABLE':
      return true;
    case 'IMMUTABLE_WITH_EXCLUSION':
      return !excluded;
    case 'MUTABLE_WITH_EXCLUSION':
      return excluded;
    default:
      return false;
  }
}

/**
 * Points every tag at `image`, a few PutImage calls at a time: ECR rate-limits PutImage (10 per
 * second by default), and the SDK's adaptive retry paces the rest when it answers ThrottlingException.
 */
export async function putTags(registry: Pick<TargetRegistry, 'putTag'>, repository: string, image: ImageRecord, tags: string[]): Promise<void> {
  const queue = [...tags];
  const worker = async () => {
    for (let tag = queue.shift(); tag !== undefined; tag = queue.shift()) await registry.putTag(repository, image, tag);
  };
  await Promise.all(Array.from({ length: Math.min(PUT_IMAGE_CONCURRENCY, queue.length) }, worker));
}
