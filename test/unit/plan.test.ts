import type { BuilderKind } from '../../src/core/builder';
import { RegistryError } from '../../src/core/errors';
import { type DeliveryFacts, type PlanOptions, planDelivery, type Step } from '../../src/core/plan';
import type { ImageRecord } from '../../src/core/registry/target';

const SHA = 'a'.repeat(40);
const image = (digest: string): ImageRecord => ({
  digest: `sha256:${digest.repeat(64).slice(0, 64)}`,
  manifest: '{}',
  mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
});
const OLD = image('1');
const OTHER = image('2');
const INDEX: ImageRecord = { ...image('3'), mediaType: 'application/vnd.oci.image.index.v1+json' };

const options = (over: Partial<PlanOptions> = {}): PlanOptions => ({
  push: true,
  skipExisting: false,
  image: undefined,
  cache: true,
  platform: undefined,
  provenance: false,
  builder: undefined,
  pullRegistries: [],
  ...over,
});

const facts = (over: Partial<DeliveryFacts> & { mutability?: string } = {}): DeliveryFacts => {
  const { mutability = 'MUTABLE', ...rest } = over;
  return {
    tags: [SHA],
    repository: { name: 'team/api', mutability, exclusionFilters: [] },
    existing: new Map(),
    builder: 'buildkit' as BuilderKind,
    cacheSource: true,
    baseFromTarget: false,
    ...rest,
  };
};

type Row = [string, PlanOptions, DeliveryFacts, { steps: Step[]; reuse?: ImageRecord; localTags: string[]; pushed: boolean }];

const ROWS: Row[] = [
  ['fresh delivery, SHA tag only', options(), facts(), { steps: ['login', 'cache', 'build', 'push', 'policies'], localTags: [SHA], pushed: true }],
  [
    'fresh delivery with an extra tag: copied after the push',
    options(),
    facts({ tags: [SHA, 'latest'] }),
    { steps: ['login', 'cache', 'build', 'push', 'policies', 'copy-tags'], localTags: [SHA, 'latest'], pushed: true },
  ],
  [
    'skip-existing hit: nothing built or pushed, extra tags copied',
    options({ skipExisting: true }),
    facts({ tags: [SHA, 'latest'], existing: new Map([[SHA, OLD]]) }),
    { steps: ['policies', 'copy-tags'], reuse: OLD, localTags: [], pushed: false },
  ],
  [
    'skip-existing miss: a fresh delivery',
    options({ skipExisting: true }),
    facts(),
    { steps: ['login', 'cache', 'build', 'push', 'policies'], localTags: [SHA], pushed: true },
  ],
  [
    'SHA tag there, MUTABLE, no skip-existing: built and pushed again',
    options(),
    facts({ existing: new Map([[SHA, OLD]]) }),
    { steps: ['login', 'cache', 'build', 'push', 'policies'], localTags: [SHA], pushed: true },
  ],
  [
    'IMMUTABLE re-run: the SHA is delivered already',
    options(),
    facts({ mutability: 'IMMUTABLE', existing: new Map([[SHA, OLD]]) }),
    { steps: ['policies'], reuse: OLD, localTags: [], pushed: false },
  ],
  [
    'IMMUTABLE re-run with an extra tag already at that image',
    options(),
    facts({
      mutability: 'IMMUTABLE',
      tags: [SHA, 'v1'],
      existing: new Map([
        [SHA, OLD],
        ['v1', OLD],
      ]),
    }),
    { steps: ['policies', 'copy-tags'], reuse: OLD, localTags: [], pushed: false },
  ],
  ['push: false builds only; the cache is still read', options({ push: false }), facts(), { steps: ['cache', 'build'], localTags: [SHA], pushed: false }],
  [
    'push: false with the SHA there and skip-existing: nothing to do',
    options({ push: false, skipExisting: true }),
    facts({ existing: new Map([[SHA, OLD]]) }),
    { steps: [], reuse: OLD, localTags: [], pushed: false },
  ],
  [
    'image given: tagged, not built, no cache',
    options({ image: 'app:local' }),
    facts({ builder: undefined, tags: [SHA, 'latest'] }),
    { steps: ['login', 'tag-local', 'push', 'policies', 'copy-tags'], localTags: [SHA, 'latest'], pushed: true },
  ],
  [
    'a base image from the target registry: logged in before the build',
    options(),
    facts({ baseFromTarget: true }),
    { steps: ['login-before-build', 'cache', 'build', 'push', 'policies'], localTags: [SHA], pushed: true },
  ],
  [
    'pull registries: logged in before the build',
    options({ pullRegistries: ['111122223333'] }),
    facts(),
    { steps: ['login', 'pull-registry-logins', 'cache', 'build', 'push', 'policies'], localTags: [SHA], pushed: true },
  ],
  ['ECR Public: no cache source', options(), facts({ cacheSource: false }), { steps: ['login', 'build', 'push', 'policies'], localTags: [SHA], pushed: true }],
  ['cache: false', options({ cache: false }), facts(), { steps: ['login', 'build', 'push', 'policies'], localTags: [SHA], pushed: true }],
  [
    'classic builder, one platform: docker push',
    options({ platform: 'linux/arm64' }),
    facts({ builder: 'classic' }),
    { steps: ['login', 'cache', 'build', 'push', 'policies'], localTags: [SHA], pushed: true },
  ],
  [
    'buildx, one platform: loaded, then docker push',
    options({ platform: 'linux/amd64' }),
    facts({ builder: 'buildx', tags: [SHA, 'latest'] }),
    { steps: ['login', 'cache', 'build', 'push', 'policies', 'copy-tags'], localTags: [SHA, 'latest'], pushed: true },
  ],
  [
    'buildx, several platforms: the builder pushes the SHA tag itself, logged in before it starts',
    options({ platform: 'linux/amd64,linux/arm64' }),
    facts({ builder: 'buildx', tags: [SHA, 'latest'] }),
    { steps: ['login-before-build', 'cache', 'build', 'builder-push', 'policies', 'copy-tags'], localTags: [SHA], pushed: true },
  ],
  [
    'buildx with provenance: the builder pushes, logged in before it starts',
    options({ provenance: true }),
    facts({ builder: 'buildx' }),
    { steps: ['login-before-build', 'cache', 'build', 'builder-push', 'policies'], localTags: [SHA], pushed: true },
  ],
  [
    'buildx, docker-container driver (current builder), one platform: the builder pushes, nothing loaded',
    options(),
    facts({ builder: 'buildx', driver: 'docker-container', tags: [SHA, 'latest'] }),
    { steps: ['login-before-build', 'cache', 'build', 'builder-push', 'policies', 'copy-tags'], localTags: [SHA], pushed: true },
  ],
  [
    'buildx, remote driver: the builder pushes',
    options(),
    facts({ builder: 'buildx', driver: 'remote' }),
    { steps: ['login-before-build', 'cache', 'build', 'builder-push', 'policies'], localTags: [SHA], pushed: true },
  ],
  [
    'buildx, kubernetes driver: the builder pushes',
    options(),
    facts({ builder: 'buildx', driver: 'kubernetes' }),
    { steps: ['login-before-build', 'cache', 'build', 'builder-push', 'policies'], localTags: [SHA], pushed: true },
  ],
  [
    'buildx, docker driver of the current builder: loaded, then docker push',
    options(),
    facts({ builder: 'buildx', driver: 'docker' }),
    { steps: ['login', 'cache', 'build', 'push', 'policies'], localTags: [SHA], pushed: true },
  ],
  [
    'a named builder of the docker driver (a docker context): the builder pushes from its own daemon',
    options({ builder: 'other' }),
    facts({ builder: 'buildx', driver: 'docker', tags: [SHA, 'latest'] }),
    { steps: ['login-before-build', 'cache', 'build', 'builder-push', 'policies', 'copy-tags'], localTags: [SHA], pushed: true },
  ],
  [
    'a named builder with push: false: built only',
    options({ builder: 'ci', push: false }),
    facts({ builder: 'buildx', driver: 'docker-container' }),
    { steps: ['cache', 'build'], localTags: [SHA], pushed: false },
  ],
  [
    'IMMUTABLE re-run of a multi-platform delivery: the index is delivered already, nothing built',
    options({ platform: 'linux/amd64,linux/arm64' }),
    facts({
      builder: 'buildx',
      driver: 'docker',
      mutability: 'IMMUTABLE',
      tags: [SHA, 'latest'],
      existing: new Map([
        [SHA, INDEX],
        ['latest', INDEX],
      ]),
    }),
    { steps: ['policies', 'copy-tags'], reuse: INDEX, localTags: [], pushed: false },
  ],
  [
    'skip-existing hit on an index: no build, extra tags copied',
    options({ platform: 'linux/amd64,linux/arm64', skipExisting: true }),
    facts({ builder: 'buildx', driver: 'docker', tags: [SHA, 'v1'], existing: new Map([[SHA, INDEX]]) }),
    { steps: ['policies', 'copy-tags'], reuse: INDEX, localTags: [], pushed: false },
  ],
  [
    'buildx with provenance but push: false: built only',
    options({ provenance: true, push: false }),
    facts({ builder: 'buildx' }),
    { steps: ['cache', 'build'], localTags: [SHA], pushed: false },
  ],
];

describe('planDelivery', () => {
  it.each(ROWS)('%s', (_title, o, f, expected) => {
    const plan = planDelivery(o, f);
    expect({ steps: plan.steps, reuse: plan.reuse, localTags: plan.localTags, pushed: plan.pushed }).toEqual({ reuse: undefined, ...expected });
  });

  it('an extra tag at another image in an IMMUTABLE repository fails before any step, naming the tag and its digest', () => {
    const run = () => planDelivery(options(), facts({ mutability: 'IMMUTABLE', tags: [SHA, 'v1'], existing: new Map([['v1', OTHER]]) }));
    expect(run).toThrow(RegistryError);
    expect(run).toThrow(`tag v1 already exists in the immutable repository team/api at ${OTHER.digest}, which is not the image being delivered`);
  });

  it('an IMMUTABLE re-run whose extra tag points elsewhere is refused too', () => {
    expect(() =>
      planDelivery(
        options(),
        facts({
          mutability: 'IMMUTABLE',
          tags: [SHA, 'v1'],
          existing: new Map([
            [SHA, OLD],
            ['v1', OTHER],
          ]),
        }),
      ),
    ).toThrow(/tag v1 already exists in the immutable repository/);
  });

  it('IMMUTABLE_WITH_EXCLUSION: a movable extra tag at another image is no conflict', () => {
    const plan = planDelivery(
      options(),
      facts({
        mutability: 'IMMUTABLE_WITH_EXCLUSION',
        repository: { name: 'team/api', mutability: 'IMMUTABLE_WITH_EXCLUSION', exclusionFilters: ['latest'] },
        tags: [SHA, 'latest'],
        existing: new Map([['latest', OTHER]]),
      }),
    );
    expect(plan.steps).toContain('build');
  });
});
