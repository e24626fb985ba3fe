/**
 * Amazon ECR Public as a delivery target (`registry-type: public`): its API lives in
 * us-east-1 only; the login host and repository URIs come from its answers (`registryUri`,
 * `repositoryUri`, e.g. `public.ecr.aws/<alias>/<name>`), never from a hostname pattern.
 * It has no BatchGetImage: tags are read with DescribeImageTags, and a manifest to copy is read
 * from the registry itself.
 */
import { readFileSync } from 'node:fs';
import {
  CreateRepositoryCommand,
  DescribeImageTagsCommand,
  DescribeRegistriesCommand,
  DescribeRepositoriesCommand,
  ECRPUBLICClient,
  GetAuthorizationTokenCommand,
  PutImageCommand,
  type Repository,
  SetRepositoryPolicyCommand,
} from '@aws-sdk/client-ecr-public';
import { fetchManifest } from '../../io/registry-api';
import { awsClientConfig, type Credentials } from '../aws';
import type { Deadline } from '../deadline';
import { RegistryError } from '../errors';
import { publicRepositoryName } from '../options/rules';
import { errorName, MANIFEST_MEDIA_TYPES, type OutputOf, type RegistryApi, registryCall } from './calls';
import {
  decodeLogin,
  type ImageRecord,
  type PolicyFiles,
  type RegistryLogin,
  type RepositoryInfo,
  type RepositorySettings,
  type TargetRegistry,
} from './target';

/** ECR Public's API answers in us-east-1 only. */
export const PUBLIC_API_REGION = 'us-east-1';

const PUBLIC_API: RegistryApi = {
  label: 'ECR Public',
  permissionHint: (operation) =>
    `the credentials need ecr-public:${operation}${operation === 'GetAuthorizationToken' ? ' and sts:GetServiceBearerToken' : ''} (\`ecr-deliver iam-policy --registry-type public\` prints the policy)`,
};

/** The catalog data a created repository gets (ECR Public gallery texts), when any was given. */
function catalogData(o: RepositorySettings) {
  const data = { description: o.catalogDescription, aboutText: o.catalogAbout, usageText: o.catalogUsage };
  return Object.values(data).some((v) => v !== undefined) ? data : undefined;
}

export class PublicRegistry implements TargetRegistry {
  private readonly client: ECRPUBLICClient;
  /** `<host>/<alias>`, once an answer named it. */
  private registryUri?: string;
  private loginData?: Promise<RegistryLogin>;

  constructor(
    credentials: Credentials | undefined,
    private readonly registryId?: string,
    private readonly deadline?: Deadline,
  ) {
    this.client = new ECRPUBLICClient(awsClientConfig(PUBLIC_API_REGION, credentials, deadline));
  }

  close(): void {
    this.client.destroy();
  }

  private send<C extends object>(operation: string, command: C): Promise<OutputOf<C>> {
    return registryCall(
      PUBLIC_API,
      operation,
      this.deadline,
      () => this.client.send(command as never, { abortSignal: this.deadline?.signal }) as Promise<OutputOf<C>>,
    );
  }

  /** The token, for the host ECR Public names (its repository URIs', else DescribeRegistries'). */
  async login(): Promise<RegistryLogin> {
    const [token, uri] = await Promise.all([
      this.send('GetAuthorizationToken', new GetAuthorizationTokenCommand({})),
      this.registryUri ?? this.describeRegistryUri(),
    ]);
    return decodeLogin(token.authorizationData, uri.split('/')[0]);
  }

  private async describeRegistryUri(): Promise<string> {
    const answer = await this.send('DescribeRegistries', new DescribeRegistriesCommand({}));
    const registry = answer.registries?.find((r) => !this.registryId || r.registryId === this.registryId) ?? answer.registries?.[0];
    if (!registry?.registryUri)
      throw new RegistryError('ECR Public returned no registry', 'create the public registry (its alias) in the ECR Public console first');
    this.registryUri = registry.registryUri;
    return registry.registryUri;
  }

  async findRepository(name: string): Promise<RepositoryInfo | undefined> {
    try {
      const answer = await this.send(
        'DescribeRepositories',
        new DescribeRepositoriesCommand({
          registryId: this.registryId,
          repositoryNames: [publicRepositoryName(name)],
        }),
      );
      const found = answer.repositories?.[0];
      return found && this.info(found, false);
    } catch (err) {
      if (errorName(err) === 'RepositoryNotFoundException') return undefined;
      throw err;
    }
  }

  async ensureRepository(o: RepositorySettings): Promise<RepositoryInfo> {
    const found = await this.findRepository(o.repository);
    if (found) return found;
    if (!o.createRepository) throw new RegistryError(`repository ${o.repository} does not exist in ECR Public`, 'create it, or set create-repository: true');
    try {
      const created = await this.send(
        'CreateRepository',
        new CreateRepositoryCommand({
          repositoryName: publicRepositoryName(o.repository),
          catalogData: catalogData(o),
        }),
      );
      return this.info(created.repository!, true);
    } catch (err) {
      if (errorName(err) !== 'RepositoryAlreadyExistsException') throw err;
      const raced = await this.findRepository(o.repository);
      if (!raced) throw err;
      return raced;
    }
  }

  async applyPolicies(o: PolicyFiles): Promise<void> {
    if (!o.repositoryPolicy) return;
    await this.send(
      'SetRepositoryPolicy',
      new SetRepositoryPolicyCommand({
        registryId: this.registryId,
        repositoryName: publicRepositoryName(o.repository),
        policyText: readFileSync(o.repositoryPolicy, 'utf8'),
      }),
    );
  }

  /** What each tag points at now (digest only: the manifest is read when a tag is copied). */
  async images(repository: string, tags: string[]): Promise<Map<string, ImageRecord>> {
    const found = new Map<string, ImageRecord>();
    let nextToken: string | undefined;
    try {
      do {
        const page = await this.send(
          'DescribeImageTags',
          new DescribeImageTagsCommand({ registryId: this.registryId, repositoryName: publicRepositoryName(repository), nextToken }),
        );
        for (const d of page.imageTagDetails ?? []) {
          if (d.imageTag && tags.includes(d.imageTag) && d.imageDetail?.imageDigest) {
            found.set(d.imageTag, { digest: d.imageDetail.imageDigest, manifest: '', mediaType: d.imageDetail.imageManifestMediaType ?? '' });
          }
        }
        nextToken = page.nextToken;
      } while (nextToken && found.size < tags.length);
    } catch (err) {
      if (errorName(err) === 'RepositoryNotFoundException') return found;
      throw err;
    }
    return found;
  }

  /** A manifest copy through ECR Public's PutImage; the bytes come from the registry (no BatchGetImage here). */
  async putTag(repository: string, image: ImageRecord, tag: string): Promise<void> {
    const { manifest, mediaType } = image.manifest ? image : await this.manifest(repository, image.digest);
    try {
      await this.send(
        'PutImage',
        new PutImageCommand({
          registryId: this.registryId,
          repositoryName: publicRepositoryName(repository),
          imageManifest: manifest,
          imageManifestMediaType: mediaType || undefined,
          imageDigest: image.digest,
          imageTag: tag,
        }),
      );
    } catch (err) {
      if (errorName(err) === 'ImageAlreadyExistsException') return;
      throw err;
    }
  }

  async manifest(repository: string, digest: string): Promise<Pick<ImageRecord, 'manifest' | 'mediaType'>> {
    this.loginData ??= this.login();
    const login = await this.loginData;
    const path = `${(this.registryUri ?? '').split('/').slice(1).join('/')}/${publicRepositoryName(repository)}`.replace(/^\//, '');
    return fetchManifest(login, path, digest, MANIFEST_MEDIA_TYPES, this.deadline?.signal);
  }

  private info(r: Repository, created: boolean): RepositoryInfo {
    // repositoryUri is `<host>/<alias>/<name>`: the registry URI is all but the name.
    this.registryUri ??= r.repositoryUri!.slice(0, r.repositoryUri!.length - r.repositoryName!.length - 1);
    return { name: r.repositoryName!, uri: r.repositoryUri!, arn: r.repositoryArn!, mutability: 'MUTABLE', exclusionFilters: [], scanOnPush: false, created };
  }
}
