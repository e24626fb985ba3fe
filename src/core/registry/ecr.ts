/**
 * Amazon ECR: login token, repository, images. Registry hosts always come from ECR's answers
 * (proxyEndpoint, repositoryUri), so private endpoints, other partitions and test registries work.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  BatchGetImageCommand,
  type BatchGetImageCommandOutput,
  CreateRepositoryCommand,
  DescribeImageScanFindingsCommand,
  DescribeImagesCommand,
  type DescribeImagesCommandOutput,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetDownloadUrlForLayerCommand,
  PutImageCommand,
  PutLifecyclePolicyCommand,
  type Repository,
  SetRepositoryPolicyCommand,
  StartImageScanCommand,
} from '@aws-sdk/client-ecr';
import { fetchManifest } from '../../io/registry-api';
import { awsClientConfig, type Credentials } from '../aws';
import type { Deadline } from '../deadline';
import { RegistryError } from '../errors';
import { exclusionFiltersFit, MAX_EXCLUSION_FILTERS } from '../release-tags';
import { errorName, MANIFEST_MEDIA_TYPES, type OutputOf, type RegistryApi, registryCall } from './calls';
import {
  decodeLogin,
  type ImageRecord,
  type PolicyFiles,
  type RegistryLogin,
  type RepositoryInfo,
  type RepositorySettings,
  type ScanFindingsPage,
  type TargetRegistry,
} from './target';

// Pages of DescribeImages (1000 images each) searched for the layer cache's source.
const CACHE_SEARCH_PAGES = 5;
// ECR's limit of image ids per BatchGetImage.
const MAX_IMAGE_IDS = 100;

const ECR_API: RegistryApi = {
  label: 'ECR',
  permissionHint: (operation) => `the credentials need ecr:${operation} on this repository (\`ecr-deliver iam-policy\` prints the policy)`,
};

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

  /** The last login asked for: the registry's credentials for reading a manifest. */
  private registryLogin?: Promise<RegistryLogin>;

  login(): Promise<RegistryLogin> {
    const login = this.send('GetAuthorizationToken', new GetAuthorizationTokenCommand(this.registryId ? { registryIds: [this.registryId] } : {})).then(
      (answer) => decodeLogin(answer.authorizationData?.[0]),
    );
    this.registryLogin = login;
    return login;
  }

  /**
   * Read from the registry with the run's login, where docker pushed it: no ECR API call (BatchGetImage)
   * after the push. The bytes must hash to the digest, or PutImage would store another image.
   */
  async manifest(repository: string, digest: string): Promise<Pick<ImageRecord, 'manifest' | 'mediaType'>> {
    const login = await (this.registryLogin ?? this.login());
    // ECR's registry takes the login as Basic on the first request: one round trip.
    const read = await fetchManifest(login, repository, digest, MANIFEST_MEDIA_TYPES, this.deadline?.signal, true);
    if (`sha256:${createHash('sha256').update(read.manifest).digest('hex')}` !== digest) {
      throw new RegistryError(`the registry's manifest for ${repository}@${digest} does not match its digest`);
    }
    return read;
  }

  /** Logins for other registries of this region (pull registries), one call for all of them. */
  async logins(registryIds: string[]): Promise<RegistryLogin[]> {
    const answer = await this.send('GetAuthorizationToken', new GetAuthorizationTokenCommand({ registryIds }));
    return (answer.authorizationData ?? []).map((data) => decodeLogin(data));
  }

  /** Describe, or create when missing and allowed; a lost creation race counts as found. */
  async findRepository(name: string): Promise<RepositoryInfo | undefined> {
    const found = await this.describe(name);
    return found && info(found, false);
  }

  /** `mutableTags`: the filters an IMMUTABLE_WITH_EXCLUSION repository created here gets (release-tags.ts). */
  async ensureRepository(o: RepositorySettings, mutableTags: string[]): Promise<RepositoryInfo> {
    const found = await this.findRepository(o.repository);
    if (found) return found;
    if (!o.createRepository) {
      throw new RegistryError(`repository ${o.repository} does not exist`, 'create it, or set create-repository: true');
    }
    const filters = exclusionFilters(o, mutableTags);
    try {
      const created = await this.send(
        'CreateRepository',
        new CreateRepositoryCommand({
          registryId: this.registryId,
          repositoryName: o.repository,
          imageTagMutability: o.imageTagMutability,
          imageTagMutabilityExclusionFilters: filters,
          imageScanningConfiguration: { scanOnPush: o.scanOnPush },
          encryptionConfiguration: { encryptionType: o.encryptionType, kmsKey: o.kmsKey },
        }),
      );
      return info(created.repository!, true);
    } catch (err) {
      if (errorName(err) !== 'RepositoryAlreadyExistsException') throw err;
      const raced = await this.describe(o.repository);
      if (!raced) throw err;
      return info(raced, false);
    }
  }

  async applyPolicies(o: PolicyFiles): Promise<void> {
    const repo = { registryId: this.registryId, repositoryName: o.repository };
    const text = (path?: string) => (path ? readFileSync(path, 'utf8') : undefined);
    const [lifecycle, policy] = [text(o.lifecyclePolicy), text(o.repositoryPolicy)];
    await Promise.all([
      lifecycle && this.send('PutLifecyclePolicy', new PutLifecyclePolicyCommand({ ...repo, lifecyclePolicyText: lifecycle })),
      policy && this.send('SetRepositoryPolicy', new SetRepositoryPolicyCommand({ ...repo, policyText: policy })),
    ]);
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
          this.send(
            'BatchGetImage',
            new BatchGetImageCommand({
              registryId: this.registryId,
              repositoryName: repository,
              imageIds: batch.map((imageTag) => ({ imageTag })),
              acceptedMediaTypes: MANIFEST_MEDIA_TYPES,
            }),
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

  /** One image by digest (a child of an index); undefined when the repository does not hold it. */
  async image(repository: string, digest: string): Promise<ImageRecord | undefined> {
    const answer = await this.send(
      'BatchGetImage',
      new BatchGetImageCommand({
        registryId: this.registryId,
        repositoryName: repository,
        imageIds: [{ imageDigest: digest }],
        acceptedMediaTypes: MANIFEST_MEDIA_TYPES,
      }),
    );
    const image = answer.images?.[0];
    return image?.imageManifest ? { digest, manifest: image.imageManifest, mediaType: image.imageManifestMediaType ?? '' } : undefined;
  }

  /** A short-lived URL that serves one blob of the repository (a layer, or an image config). */
  async blobUrl(repository: string, digest: string): Promise<string> {
    const answer = await this.send(
      'GetDownloadUrlForLayer',
      new GetDownloadUrlForLayerCommand({ registryId: this.registryId, repositoryName: repository, layerDigest: digest }),
    );
    if (!answer.downloadUrl) throw new RegistryError(`ECR GetDownloadUrlForLayer returned no URL for ${digest}`);
    return answer.downloadUrl;
  }

  /**
   * The digest of the most recently pushed tagged image (the layer cache's source, found
   * without a moving tag). ECR lists images unsorted, up to 1000 a page; a few pages are enough.
   * `tagSuffix`: only images with a tag that ends so (a part's cache: the parts of its own platform).
   */
  async latestImage(repository: string, tagSuffix?: string): Promise<string | undefined> {
    let latest: { digest: string; at: number } | undefined;
    let nextToken: string | undefined;
    for (let page = 0; page < CACHE_SEARCH_PAGES; page++) {
      let answer: DescribeImagesCommandOutput;
      try {
        answer = await this.send(
          'DescribeImages',
          new DescribeImagesCommand({
            registryId: this.registryId,
            repositoryName: repository,
            filter: { tagStatus: 'TAGGED' },
            maxResults: 1000,
            nextToken,
          }),
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
          (!tagSuffix || image.imageTags?.some((t) => t.endsWith(tagSuffix))) &&
          !image.artifactMediaType?.includes('artifact') &&
          MANIFEST_MEDIA_TYPES.includes(image.imageManifestMediaType ?? MANIFEST_MEDIA_TYPES[0]) &&
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
      await this.send(
        'PutImage',
        new PutImageCommand({
          registryId: this.registryId,
          repositoryName: repository,
          imageManifest: image.manifest,
          imageManifestMediaType: image.mediaType || undefined,
          imageDigest: image.digest,
          imageTag: tag,
        }),
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
      return await this.send(
        'DescribeImageScanFindings',
        new DescribeImageScanFindingsCommand({
          registryId: this.registryId,
          repositoryName: repository,
          imageId: { imageDigest: digest },
          nextToken,
          maxResults: 1000,
        }),
      );
    } catch (err) {
      if (errorName(err) === 'ScanNotFoundException') return undefined;
      throw err;
    }
  }

  /** A basic scan of one image (ECR allows one per image per day: LimitExceededException). */
  async startScan(repository: string, digest: string): Promise<void> {
    await this.send(
      'StartImageScan',
      new StartImageScanCommand({
        registryId: this.registryId,
        repositoryName: repository,
        imageId: { imageDigest: digest },
      }),
    );
  }

  private async describe(name: string): Promise<Repository | undefined> {
    try {
      const answer = await this.send(
        'DescribeRepositories',
        new DescribeRepositoriesCommand({
          registryId: this.registryId,
          repositoryNames: [name],
        }),
      );
      return answer.repositories?.[0];
    } catch (err) {
      if (errorName(err) === 'RepositoryNotFoundException') return undefined;
      throw err;
    }
  }

  private send<C extends object>(operation: string, command: C): Promise<OutputOf<C>> {
    return registryCall(ECR_API, operation, this.deadline, () => this.ecr.send(command as never, this.sendOptions) as Promise<OutputOf<C>>);
  }
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
function exclusionFilters(o: RepositorySettings, mutableTags: string[]) {
  if (o.imageTagMutability !== 'IMMUTABLE_WITH_EXCLUSION') return undefined;
  if (!exclusionFiltersFit(mutableTags)) {
    throw new RegistryError(
      `an IMMUTABLE_WITH_EXCLUSION repository takes at most ${MAX_EXCLUSION_FILTERS} exclusion filters; keeping this run's extra tags movable needs ${mutableTags.length}: ${mutableTags.join(', ')}`,
      'use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE',
    );
  }
  return mutableTags.map((filter) => ({ filterType: 'WILDCARD' as const, filter }));
}
