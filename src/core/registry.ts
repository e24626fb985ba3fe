/**
 * Amazon ECR: login token, repository, images. Registry hosts always come from ECR's answers
 * (proxyEndpoint, repositoryUri), so private endpoints, other partitions and test registries work.
 */
import { readFileSync } from 'node:fs';
import {
  BatchGetImageCommand,
  type BatchGetImageCommandOutput,
  CreateRepositoryCommand,
  DescribeImageScanFindingsCommand,
  type DescribeImageScanFindingsResponse,
  DescribeImagesCommand,
  type DescribeImagesCommandOutput,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  PutImageCommand,
  PutLifecyclePolicyCommand,
  type Repository,
  SetRepositoryPolicyCommand,
  StartImageScanCommand,
} from '@aws-sdk/client-ecr';
import { awsClientConfig, type Credentials, type Deadline, retryHint, sdkFailure, watched } from './aws';
import { DeliveryError, RegistryError } from './errors';
import type { Mutability, Options } from './options/table';
import { MAX_EXCLUSION_FILTERS } from './release-tags';

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
  ensureRepository(o: Options, mutableTags: string[]): Promise<RepositoryInfo>;
  applyPolicies(o: Options): Promise<void>;
  images(repository: string, tags: string[]): Promise<Map<string, ImageRecord>>;
  putTag(repository: string, image: ImageRecord, tag: string): Promise<void>;
  /** The layer cache's source, where the registry offers one: ECR, not ECR Public. */
  latestImage?(repository: string): Promise<string | undefined>;
  close(): void;
  /** The scan of an image. ECR only: ECR Public does not scan (scan-wait is refused for it). */
  scanFindings?(repository: string, digest: string, nextToken?: string): Promise<ScanFindingsPage | undefined>;
  startScan?(repository: string, digest: string): Promise<void>;
}

// Ask for every manifest kind, so ECR hands back the stored bytes unchanged (a copy keeps the digest).
const MEDIA_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
];

// Pages of DescribeImages (1000 images each) searched for the layer cache's source.
const CACHE_SEARCH_PAGES = 5;
// ECR's limits: image ids per BatchGetImage; PutImage calls in flight (its rate quota is 10/s).
const MAX_IMAGE_IDS = 100;
const PUT_IMAGE_CONCURRENCY = 4;

const errorName = (err: unknown): string => (err as { name?: string })?.name ?? '';

export class EcrRegistry implements TargetRegistry {
  private readonly ecr: ECRClient;
  private readonly sendOptions: { abortSignal?: AbortSignal };

  constructor(
    region: string,
    credentials: Credentials | undefined,
    private readonly registryId?: string,
    private readonly deadline?: Deadline,
  ) {
    this.ecr = new ECRClient(awsClientConfig(region, credentials, deadline));
    this.sendOptions = { abortSignal: deadline?.signal };
  }

  close(): void {
    this.ecr.destroy();
  }

  async login(): Promise<RegistryLogin> {
    const answer = await this.call('GetAuthorizationToken', () =>
      this.ecr.send(new GetAuthorizationTokenCommand(this.registryId ? { registryIds: [this.registryId] } : {}), this.sendOptions),
    );
    return decodeLogin(answer.authorizationData?.[0]);
  }

  /** Logins for other registries of this region (pull registries), one call for all of them. */
  async logins(registryIds: string[]): Promise<RegistryLogin[]> {
    const answer = await this.call('GetAuthorizationToken', () => this.ecr.send(new GetAuthorizationTokenCommand({ registryIds }), this.sendOptions));
    return (answer.authorizationData ?? []).map((data) => decodeLogin(data));
  }

  /** Describe, or create when missing and allowed; a lost creation race counts as found. */
  async findRepository(name: string): Promise<RepositoryInfo | undefined> {
    const found = await this.describe(name);
    return found && info(found, false);
  }

  /** `mutableTags`: the filters an IMMUTABLE_WITH_EXCLUSION repository created here gets (release-tags.ts). */
  async ensureRepository(o: Options, mutableTags: string[]): Promise<RepositoryInfo> {
    const found = await this.findRepository(o.repository);
    if (found) return found;
    if (!o.createRepository) {
      throw new RegistryError(`repository ${o.repository} does not exist`, 'create it, or set create-repository: true');
    }
    const filters = exclusionFilters(o, mutableTags);
    try {
      const created = await this.call('CreateRepository', () =>
        this.ecr.send(
          new CreateRepositoryCommand({
            registryId: this.registryId,
            repositoryName: o.repository,
            imageTagMutability: o.imageTagMutability,
            imageTagMutabilityExclusionFilters: filters,
            imageScanningConfiguration: { scanOnPush: o.scanOnPush },
            encryptionConfiguration: { encryptionType: o.encryptionType, kmsKey: o.kmsKey },
          }),
          this.sendOptions,
        ),
      );
      return info(created.repository!, true);
    } catch (err) {
      if (errorName(err) !== 'RepositoryAlreadyExistsException') throw err;
      const raced = await this.describe(o.repository);
      if (!raced) throw err;
      return info(raced, false);
    }
  }

  async applyPolicies(o: Options): Promise<void> {
    const jobs: Promise<unknown>[] = [];
    if (o.lifecyclePolicy) {
      const text = readFileSync(o.lifecyclePolicy, 'utf8');
      jobs.push(
        this.call('PutLifecyclePolicy', () =>
          this.ecr.send(
            new PutLifecyclePolicyCommand({
              registryId: this.registryId,
              repositoryName: o.repository,
              lifecyclePolicyText: text,
            }),
            this.sendOptions,
          ),
        ),
      );
    }
    if (o.repositoryPolicy) {
      const text = readFileSync(o.repositoryPolicy, 'utf8');
      jobs.push(
        this.call('SetRepositoryPolicy', () =>
          this.ecr.send(
            new SetRepositoryPolicyCommand({
              registryId: this.registryId,
              repositoryName: o.repository,
              policyText: text,
            }),
            this.sendOptions,
          ),
        ),
      );
    }
    await Promise.all(jobs);
  }

  /** What each tag points at now; tags that don't exist (or a repository that doesn't) are absent. */
  async images(repository: string, tags: string[]): Promise<Map<string, ImageRecord>> {
    const found = new Map<string, ImageRecord>();
    // BatchGetImage takes at most 100 image ids: 100 extra tags and the SHA need two calls.
    const batches = Array.from({ length: Math.ceil(tags.length / MAX_IMAGE_IDS) }, (_, i) => tags.slice(i * MAX_IMAGE_IDS, (i + 1) * MAX_IMAGE_IDS));
    let answers: BatchGetImageCommandOutput[];
    try {
      answers = await Promise.all(
        batches.map((batch) =>
          this.call('BatchGetImage', () =>
            this.ecr.send(
              new BatchGetImageCommand({
                registryId: this.registryId,
                repositoryName: repository,
                imageIds: batch.map((imageTag) => ({ imageTag })),
                acceptedMediaTypes: MEDIA_TYPES,
              }),
              this.sendOptions,
            ),
          ),
        ),
      );
    } catch (err) {
      if (errorName(err) === 'RepositoryNotFoundException') return found;
      throw err;
    }
    for (const image of answers.flatMap((a) => a.images ?? [])) {
      const tag = image.imageId?.imageTag;
      if (tag && image.imageId?.imageDigest && image.imageManifest) {
        found.set(tag, { digest: image.imageId.imageDigest, manifest: image.imageManifest, mediaType: image.imageManifestMediaType ?? '' });
      }
    }
    return found;
  }

  /**
   * The digest of the most recently pushed tagged image (the layer cache's source, found
   * without a moving tag). ECR lists images unsorted, up to 1000 a page; a few pages are enough.
   */
  async latestImage(repository: string): Promise<string | undefined> {
    let latest: { digest: string; at: number } | undefined;
    let nextToken: string | undefined;
    for (let page = 0; page < CACHE_SEARCH_PAGES; page++) {
      let answer: DescribeImagesCommandOutput;
      try {
        answer = await this.call('DescribeImages', () =>
          this.ecr.send(
            new DescribeImagesCommand({
              registryId: this.registryId,
              repositoryName: repository,
              filter: { tagStatus: 'TAGGED' },
              maxResults: 1000,
              nextToken,
            }),
            this.sendOptions,
          ),
        );
      } catch (err) {
        // A build-only run against a repository that does not exist yet: nothing to reuse.
        if (errorName(err) === 'RepositoryNotFoundException') return undefined;
        throw err;
      }
      for (const image of answer.imageDetails ?? []) {
        const at = image.imagePushedAt?.getTime() ?? 0;
        // Images only: not signatures, SBOMs or other artifacts stored beside them.
        if (
          image.imageDigest &&
          !image.artifactMediaType?.includes('artifact') &&
          MEDIA_TYPES.includes(image.imageManifestMediaType ?? MEDIA_TYPES[0]) &&
          at >= (latest?.at ?? -1)
        ) {
          latest = { digest: image.imageDigest, at };
        }
      }
      nextToken = answer.nextToken;
      if (!nextToken) break;
    }
    return latest?.digest;
  }

  /** Point `tag` at an existing image by copying its manifest: no layer moves. */
  async putTag(repository: string, image: ImageRecord, tag: string): Promise<void> {
    try {
      await this.call('PutImage', () =>
        this.ecr.send(
          new PutImageCommand({
            registryId: this.registryId,
            repositoryName: repository,
            imageManifest: image.manifest,
            imageManifestMediaType: image.mediaType || undefined,
            imageDigest: image.digest,
            imageTag: tag,
          }),
          this.sendOptions,
        ),
      );
    } catch (err) {
      // ECR says so when the tag already points at this very manifest: that is the state we want.
      if (errorName(err) === 'ImageAlreadyExistsException') return;
      if (errorName(err) === 'ImageTagAlreadyExistsException') {
        throw new RegistryError(
          `tag ${tag} already exists in the immutable repository ${repository} at another image`,
          'immutable tags cannot move: drop the tag from `tags`, or use a new one',
          { cause: err },
        );
      }
      throw err;
    }
  }

  /** A page of the scan findings of one image; undefined while ECR has no scan of it. */
  async scanFindings(repository: string, digest: string, nextToken?: string): Promise<ScanFindingsPage | undefined> {
    try {
      return await this.call('DescribeImageScanFindings', () =>
        this.ecr.send(
          new DescribeImageScanFindingsCommand({
            registryId: this.registryId,
            repositoryName: repository,
            imageId: { imageDigest: digest },
            nextToken,
            maxResults: 1000,
          }),
          this.sendOptions,
        ),
      );
    } catch (err) {
      if (errorName(err) === 'ScanNotFoundException') return undefined;
      throw err;
    }
  }

  /** A basic scan of one image (ECR allows one per image per day: LimitExceededException). */
  async startScan(repository: string, digest: string): Promise<void> {
    await this.call('StartImageScan', () =>
      this.ecr.send(
        new StartImageScanCommand({
          registryId: this.registryId,
          repositoryName: repository,
          imageId: { imageDigest: digest },
        }),
        this.sendOptions,
      ),
    );
  }

  private async describe(name: string): Promise<Repository | undefined> {
    try {
      const answer = await this.call('DescribeRepositories', () =>
        this.ecr.send(
          new DescribeRepositoriesCommand({
            registryId: this.registryId,
            repositoryNames: [name],
          }),
          this.sendOptions,
        ),
      );
      return answer.repositories?.[0];
    } catch (err) {
      if (errorName(err) === 'RepositoryNotFoundException') return undefined;
      throw err;
    }
  }

  /** Names the operation in every ECR failure, with the fix for the refusals retrying can't cure. */
  private async call<T>(operation: string, send: () => Promise<T>): Promise<T> {
    try {
      return await watched(this.deadline, `ECR ${operation}`, send);
    } catch (err) {
      const name = errorName(err);
      // Ours already (a RegistryError, a ProxyError from the proxy agent) or one the caller handles.
      if (err instanceof DeliveryError || /NotFound|AlreadyExists/.test(name)) throw err;
      if (name === 'CredentialsProviderError') {
        throw new RegistryError(
          `no AWS credentials for ECR ${operation}: ${(err as Error).message}`,
          "set role-to-assume to use the CI's OIDC token, or provide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",
          { cause: err },
        );
      }
      const failure = sdkFailure(err);
      if (failure.transient) {
        throw new RegistryError(
          `ECR ${operation} failed after ${failure.attempts} attempt(s): ${name}: ${(err as Error).message}`,
          retryHint('ECR', failure.throttled),
          { cause: err },
        );
      }
      const message = `ECR ${operation} failed: ${name}: ${(err as Error).message}`;
      if (/ExpiredToken/.test(name)) {
        throw new RegistryError(
          `ECR ${operation} failed: the AWS credentials have expired (${name}: ${(err as Error).message})`,
          'with role-to-assume they are refreshed before they expire; ambient credentials must outlive the run (or raise role-duration-seconds for the role that issued them)',
          { cause: err },
        );
      }
      if (/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(name)) {
        throw new RegistryError(message, `the credentials need ecr:${operation} on this repository (\`ecr-deliver iam-policy\` prints the policy)`, {
          cause: err,
        });
      }
      throw new RegistryError(message, undefined, { cause: err });
    }
  }
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

function info(r: Repository, created: boolean): RepositoryInfo {
  return {
    name: r.repositoryName!,
    uri: r.repositoryUri!,
    arn: r.repositoryArn!,
    mutability: r.imageTagMutability ?? 'MUTABLE',
    exclusionFilters: (r.imageTagMutabilityExclusionFilters ?? []).map((f) => f.filter ?? '').filter(Boolean),
    scanOnPush: r.imageScanningConfiguration?.scanOnPush ?? false,
    created,
  };
}

/**
 * With IMMUTABLE_WITH_EXCLUSION the SHA tag is immutable and this run's extra tags stay movable.
 * More filters than ECR takes would leave some of them immutable: refused before anything is created.
 */
function exclusionFilters(o: Options, mutableTags: string[]) {
  if (o.imageTagMutability !== 'IMMUTABLE_WITH_EXCLUSION') return undefined;
  if (mutableTags.length > MAX_EXCLUSION_FILTERS) {
    throw new RegistryError(
      `an IMMUTABLE_WITH_EXCLUSION repository takes at most ${MAX_EXCLUSION_FILTERS} exclusion filters; keeping this run's extra tags movable needs ${mutableTags.length}: ${mutableTags.join(', ')}`,
      'use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE',
    );
  }
  return mutableTags.map((filter) => ({ filterType: 'WILDCARD' as const, filter }));
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
