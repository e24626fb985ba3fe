/**
 * What a delivery does, decided from the options and from what ECR and docker said: a pure
 * function, so each case is a row of a table (test/unit/plan.test.ts), and the pipeline's
 * Delivery only carries the plan out (which steps run side by side is the executor's concern).
 */
import type { BuilderKind } from './builder';
import { RegistryError } from './errors';
import type { Options } from './options/table';
import { type ImageRecord, isTagImmutable, type RepositoryInfo } from './registry/target';

export type Step =
  /** docker logged in to the target: for the push, or for reading the layer cache. */
  | 'login'
  /** The same, awaited before the build: a base image comes from the target registry itself, or the builder pushes. */
  | 'login-before-build'
  /** docker logged in to the pull registries (base images), before the build. */
  | 'pull-registry-logins'
  /** The repository's latest image as the layer cache. */
  | 'cache'
  | 'build'
  /** `image` given: the local image is tagged, not built. */
  | 'tag-local'
  /** docker push of the SHA tag. */
  | 'push'
  /**
   * The builder pushes the SHA tag itself: buildx with several platforms or attestations (no local
   * image holds them), a driver other than `docker` (nothing to load into), or a builder `builder`
   * names (its daemon need not be the one `docker push` reaches: a docker context's).
   */
  | 'builder-push'
  /** lifecycle-policy / repository-policy applied. */
  | 'policies'
  /** The extra tags point at the delivered image by manifest copy. */
  | 'copy-tags';

export interface DeliveryPlan {
  steps: Step[];
  /** The image already in ECR under the SHA tag that this run delivers: nothing built or uploaded. */
  reuse?: ImageRecord;
  /** The tags the build or tag step gives the image: only the SHA tag when the builder pushes it. */
  localTags: string[];
  /** The `pushed` output. */
  pushed: boolean;
}

export interface DeliveryFacts {
  /** The run's tags, the SHA tag first. */
  tags: string[];
  /** The repository as found or created (its mutability decides which tags are immutable). */
  repository: Pick<RepositoryInfo, 'name' | 'mutability' | 'exclusionFilters'>;
  /** What the run's tags point at in ECR now. */
  existing: ReadonlyMap<string, ImageRecord>;
  /** The builder that builds (none when `image` is given). */
  builder?: BuilderKind;
  /** buildx: its builder's driver, as `docker buildx inspect` said (`docker`, `docker-container`, `remote`, `kubernetes`). */
  driver?: string;
  /** The target offers a layer-cache source (ECR does, ECR Public does not). */
  cacheSource: boolean;
  /** A base image in the Dockerfile comes from the target registry. */
  baseFromTarget: boolean;
}

export type PlanOptions = Pick<Options, 'push' | 'skipExisting' | 'image' | 'cache' | 'platform' | 'provenance' | 'builder'> & {
  pullRegistries: readonly unknown[];
};

export function planDelivery(o: PlanOptions, facts: DeliveryFacts): DeliveryPlan {
  const [sha, ...extra] = facts.tags;
  const current = facts.existing.get(sha);
  const reuse = current && (o.skipExisting || isTagImmutable(facts.repository, sha)) ? current : undefined;
  refuseImmutableConflicts(facts, reuse);
  const delivered: Step[] = o.push ? ['policies', ...(extra.length ? (['copy-tags'] as const) : [])] : [];
  if (reuse) return { steps: delivered, reuse, localTags: [], pushed: false };

  const builderPush = builderPushes(o, facts.builder, facts.driver);
  const steps: Step[] = [];
  // A builder that pushes reads docker's login while it builds, so the login must be there first.
  if ((facts.baseFromTarget && !o.image) || builderPush) steps.push('login-before-build');
  else if (o.push) steps.push('login');
  if (o.pullRegistries.length && !o.image) steps.push('pull-registry-logins');
  if (o.cache && !o.image && facts.cacheSource) steps.push('cache');
  if (o.image) steps.push('tag-local');
  else steps.push('build');
  if (o.push) steps.push(builderPush ? 'builder-push' : 'push');
  return { steps: [...steps, ...delivered], localTags: builderPush ? [sha] : facts.tags, pushed: o.push };
}

/**
 * The builder pushes the SHA tag itself: buildx with what `docker push` could not push from the
 * daemon (several platforms, attestations), a named builder, or a driver other than docker.
 */
export function builderPushes(o: Pick<PlanOptions, 'push' | 'platform' | 'provenance' | 'builder'>, builder?: BuilderKind, driver?: string): boolean {
  const keepsImage = Boolean(o.platform?.includes(',')) || o.provenance || (driver !== undefined && driver !== 'docker');
  return o.push && builder === 'buildx' && (keepsImage || Boolean(o.builder));
}

/** Immutable tags that already point elsewhere fail the run before anything is built or changed. */
function refuseImmutableConflicts({ tags, repository, existing }: DeliveryFacts, reuse?: ImageRecord): void {
  for (const tag of tags) {
    const at = existing.get(tag);
    if (!at || !isTagImmutable(repository, tag) || (reuse && at.digest === reuse.digest)) continue;
    throw new RegistryError(
      `tag ${tag} already exists in the immutable repository ${repository.name} at ${at.digest}, which is not the image being delivered`,
      'immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE',
    );
  }
}
