/**
 * Whether buildx can build several platforms, read from recorded `docker buildx inspect` and
 * `docker info` output of dockerd 26.1 / buildx 0.13, and the one error line docker's own output gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { NO_SECRETS } from '../../src/core/build-secrets';
import { buildsSeveralPlatforms, parseBuildxInspect, usesContainerdStore } from '../../src/core/builder';
import { type BuildRequest, Docker } from '../../src/core/docker';
import { PrerequisiteError } from '../../src/core/errors';
import type { Reporter } from '../../src/core/report';
import type { Runner, RunResult } from '../../src/io/exec';

const recorded = (name: string) => readFileSync(join(__dirname, 'recorded', name), 'utf8');
const CLASSIC_STATUS =
  '[["Backing Filesystem","extfs"],["Supports d_type","true"],["Using metacopy","false"],["Native Overlay Diff","true"],["userxattr","false"]]';
const CONTAINERD_STATUS = '[["driver-type","io.containerd.snapshotter.v1"]]';

describe('the current buildx builder', () => {
  it('reads the builder name and driver, not the node lines', () => {
    expect(parseBuildxInspect(recorded('buildx-inspect-docker-classic.txt'))).toEqual({ name: 'default', driver: 'docker' });
    expect(parseBuildxInspect(recorded('buildx-inspect-docker-container.txt'))).toEqual({ name: 'dc', driver: 'docker-container' });
    expect(parseBuildxInspect('')).toEqual({ name: undefined, driver: undefined });
  });

  it("tells the containerd image store from the classic one by docker info's driver-type", () => {
    expect(usesContainerdStore(CONTAINERD_STATUS)).toBe(true);
    expect(usesContainerdStore(CLASSIC_STATUS)).toBe(false);
    expect(usesContainerdStore('null')).toBe(false);
    expect(usesContainerdStore('not json')).toBeUndefined();
  });

  it('several platforms: any driver but docker can; docker only on the containerd store; unknown stays unknown', () => {
    expect(buildsSeveralPlatforms({ driver: 'docker-container' })).toBe(true);
    expect(buildsSeveralPlatforms({ driver: 'docker', containerdStore: true })).toBe(true);
    expect(buildsSeveralPlatforms({ driver: 'docker', containerdStore: false })).toBe(false);
    expect(buildsSeveralPlatforms({ driver: 'docker' })).toBeUndefined();
    expect(buildsSeveralPlatforms({})).toBeUndefined();
  });
});

const quiet: Reporter = { info() {}, warning() {}, secret() {}, output: new PassThrough() } as unknown as Reporter;

/** A docker whose answers are given per subcommand; every argv it was asked is kept. */
function fakeDocker(answers: Record<string, Partial<RunResult>>) {
  const asked: string[][] = [];
  const runner: Runner = async (_cmd, args) => {
    asked.push(args);
    const key = Object.keys(answers).find((k) => args.join(' ').startsWith(k));
    return { code: 0, stdout: '', stderr: '', ...(key ? answers[key] : {}) };
  };
  return { docker: new Docker(runner, quiet, undefined, {}), asked };
}
const BUILDX_OK = { 'buildx version': { stdout: 'github.com/docker/buildx 0.13.1' }, 'build --help': { code: 1 } };
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: Error) => e,
  );

describe('several platforms before the build', () => {
  it('docker driver on the classic store: a PrerequisiteError naming platform, the builder and the ways out', async () => {
    const { docker } = fakeDocker({
      ...BUILDX_OK,
      'buildx inspect': { stdout: recorded('buildx-inspect-docker-classic.txt') },
      'info --format': { stdout: CLASSIC_STATUS },
    });
    const err = (await errorOf(docker.checkPlatforms('linux/amd64,linux/arm64'))) as PrerequisiteError;
    expect(err).toBeInstanceOf(PrerequisiteError);
    expect(err.message).toBe(
      "platform linux/amd64,linux/arm64 needs a builder that builds several platforms: buildx's builder default uses the docker driver, and the daemon the classic image store",
    );
    expect(err.hint).toMatch(/containerd image store.*buildx builder of another driver.*one platform per job/);
  });

  it('passes on the containerd store and on another driver (without asking docker info); asks nothing for one platform', async () => {
    const containerd = fakeDocker({
      ...BUILDX_OK,
      'buildx inspect': { stdout: recorded('buildx-inspect-docker-containerd.txt') },
      'info --format': { stdout: CONTAINERD_STATUS },
    });
    await expect(containerd.docker.checkPlatforms('linux/amd64,linux/arm64')).resolves.toBeUndefined();
    const other = fakeDocker({ ...BUILDX_OK, 'buildx inspect': { stdout: recorded('buildx-inspect-docker-container.txt') } });
    await expect(other.docker.checkPlatforms('linux/amd64,linux/arm64')).resolves.toBeUndefined();
    expect(other.asked.some((a) => a[0] === 'info')).toBe(false);
    const single = fakeDocker(BUILDX_OK);
    await single.docker.checkPlatforms('linux/arm64');
    expect(single.asked).toEqual([]);
  });

  it('a probe that fails leaves it to the build (no error here)', async () => {
    const { docker } = fakeDocker({ ...BUILDX_OK, 'buildx inspect': { code: 1, stderr: 'ERROR: no builder' } });
    await expect(docker.checkPlatforms('linux/amd64,linux/arm64')).resolves.toBeUndefined();
  });
});

const request: BuildRequest = {
  context: 'app',
  dockerfile: 'app/Dockerfile',
  tags: ['r.example/team/api:abc'],
  labels: {},
  buildArgs: [],
  secrets: NO_SECRETS,
  provenance: false,
  pushFromBuilder: true,
};

describe("the build's error line is docker's own ERROR: line", () => {
  it('several platforms refused by buildx itself: the same line and ways out, not "Learn more at …"', async () => {
    const { docker } = fakeDocker({ 'buildx build': { code: 1, stderr: recorded('buildx-build-multiplatform-docker-driver.stderr.txt') } });
    const err = (await errorOf(docker.build({ ...request, platform: 'linux/amd64,linux/arm64' }, 'buildx'))) as PrerequisiteError;
    expect(err.message).toBe(
      'platform linux/amd64,linux/arm64 needs a builder that builds several platforms: Multi-platform build is not supported for the docker driver.',
    );
    expect(err.hint).toMatch(/one platform per job/);
  });

  it('a failing RUN: failed to solve with the process and its exit code, not the Dockerfile excerpt', async () => {
    const { docker } = fakeDocker({ 'buildx build': { code: 1, stderr: recorded('buildx-build-failing-run.stderr.txt') } });
    const err = (await errorOf(docker.build(request, 'buildx'))) as Error;
    expect(err.message).toBe(
      'docker buildx build failed (exit 1): ERROR: failed to solve: process "/bin/busybox sh -c echo boom >&2; exit 3" did not complete successfully: exit code: 3',
    );
  });
});
