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
