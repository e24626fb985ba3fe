/**
 * Which builder runs the build: buildx when the plugin is there; else the daemon's
 * embedded BuildKit when the docker CLI can drive it (`DOCKER_BUILDKIT=1 docker build`: Docker's
 * 18.09–22.x CLIs can, newer ones refuse BuildKit without buildx); else the classic builder.
 * A user's DOCKER_BUILDKIT decides first, as it does for docker itself.
 */
import { PrerequisiteError } from './errors';

export type BuilderKind = 'buildx' | 'buildkit' | 'classic';

export const BUILDER_LABEL: Record<BuilderKind, string> = {
  buildx: 'buildx (docker buildx build)',
  buildkit: "the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",
  classic: 'the classic builder (DOCKER_BUILDKIT=0 docker build)',
};

/** What the docker CLI could do, each asked once. */
export interface BuilderProbes {
  buildx: () => Promise<boolean>;
  embeddedBuildkit: () => Promise<boolean>;
}

/** The options that need more than the classic builder, by the option's name. */
export interface BuilderNeeds {
  buildx?: string;
  buildkit?: string;
}

/** docker's own reading of DOCKER_BUILDKIT (Go's strconv.ParseBool); anything else is unset. */
export function buildkitPreference(env: NodeJS.ProcessEnv): boolean | undefined {
  const v = env.DOCKER_BUILDKIT;
  if (v === undefined) return undefined;
  if (/^(1|t|true)$/i.test(v)) return true;
  if (/^(0|f|false)$/i.test(v)) return false;
  return undefined;
}

export async function chooseBuilder(probes: BuilderProbes, env: NodeJS.ProcessEnv, needs: BuilderNeeds = {}): Promise<BuilderKind> {
  const preference = buildkitPreference(env);
  const needed = needs.buildx ?? needs.buildkit;
  if (preference === false) {
    if (needed) {
      throw new PrerequisiteError(
        `${needed} needs BuildKit, but DOCKER_BUILDKIT=${env.DOCKER_BUILDKIT} selects the classic builder`,
        'unset DOCKER_BUILDKIT (or set it to 1), or drop the option',
      );
    }
    return 'classic';
  }
  const [buildx, embedded] = await Promise.all([probes.buildx(), probes.embeddedBuildkit()]);
  if (buildx) return 'buildx';
  if (needs.buildx) {
    throw new PrerequisiteError(
      `${needs.buildx} needs docker buildx, which this machine does not have`,
      'install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI: the machine executor has it), or drop the option',
    );
  }
  if (embedded) return 'buildkit';
  const hint = "install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docker CLI older than 23 with the daemon's embedded BuildKit";
  if (needs.buildkit)
    throw new PrerequisiteError(`${needs.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKit without the buildx plugin`, hint);
  if (preference === true)
    throw new PrerequisiteError(
      `DOCKER_BUILDKIT=${env.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit without the buildx plugin`,
      hint,
    );
  return 'classic';
}

/** A buildx builder as `docker buildx inspect` describes it, and the image store of the daemon behind it. */
export interface BuildxSetup {
  name?: string;
  driver?: string;
  /** docker driver only: the daemon keeps its images in the containerd image store. Undefined: not known. */
  containerdStore?: boolean;
}

/**
 * `Name:` and `Driver:` of the builder (the first of each: the node lines come after). The docker
 * driver's BuildKit worker names a snapshotter in its labels exactly when the daemon uses the
 * containerd image store (buildx reads the same label); without labels that stays unknown.
 */
export function parseBuildxInspect(text: string): BuildxSetup {
  const field = (key: string) => new RegExp(`^${key}:\\s*(\\S+)`, 'm').exec(text)?.[1];
  const setup: BuildxSetup = { name: field('Name'), driver: field('Driver') };
  if (setup.driver === 'docker' && /^Labels:/m.test(text)) setup.containerdStore = /^\s*org\.mobyproject\.buildkit\.worker\.snapshotter:/m.test(text);
  return setup;
}

/** `docker info --format '{{json .DriverStatus}}'`: the containerd image store reports its snapshotter as driver-type. */
export function usesContainerdStore(driverStatusJson: string): boolean | undefined {
  try {
    const status = JSON.parse(driverStatusJson) as Array<[string, string]> | null;
    return (status ?? []).some(([key, value]) => key === 'driver-type' && value.startsWith('io.containerd.snapshotter'));
  } catch {
    return undefined;
  }
}

/**
 * How the builder pushes: the docker driver on the containerd image store lets the daemon's BuildKit
 * push, and buildx before its upstream fix then pushes the same tag again through the daemon, one
 * manifest at a time under the tag, which an IMMUTABLE repository refuses. An image exporter whose
 * `push` is present but empty is a push to BuildKit and none to buildx, so the tag is pushed once.
 */
export function builderPushArgs(setup?: BuildxSetup): string[] {
  return setup?.driver === 'docker' && setup.containerdStore ? ['--output', 'type=image,push='] : ['--push'];
}

/**
 * Whether buildx can build several platforms at once: a driver other than `docker` always can; the
 * docker driver only on the containerd image store (it has to load an index). Undefined: not known.
 */
export function buildsSeveralPlatforms(setup: BuildxSetup): boolean | undefined {
  if (!setup.driver) return undefined;
  if (setup.driver !== 'docker') return true;
  return setup.containerdStore;
}

const SEVERAL_PLATFORMS_WAYS_OUT =
  'turn on the containerd image store ({"features":{"containerd-snapshotter":true}} in daemon.json), use a buildx builder of another driver (docker buildx create --use --driver docker-container), or build one platform per job';

/** The one line for several platforms on a builder that cannot build them: what is in the way, and the ways out. */
export function severalPlatformsError(platform: string, why: string): PrerequisiteError {
  return new PrerequisiteError(`platform ${platform} needs a builder that builds several platforms: ${why}`, SEVERAL_PLATFORMS_WAYS_OUT);
}
