/**
 * The buildx builder, read from `docker buildx inspect` output (test/fixtures/buildx-inspect: recorded
 * on dockerd 26.1 / buildx 0.13 for the docker driver, written after buildx 0.13's printer for the
 * drivers this machine cannot run), what the plan and the build argv make of it, and the one error
 * line docker's own output gives (test/fixtures/build-failures: recorded on each builder).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { NO_SECRETS } from '../../src/core/build-secrets';
import { builderPushArgs, buildsSeveralPlatforms, parseBuildxInspect, usesContainerdStore } from '../../src/core/builder';
import { type BuildRequest, builderNeeds, Docker, failureLine } from '../../src/core/docker';
import { PrerequisiteError } from '../../src/core/errors';
import { planDelivery } from '../../src/core/plan';
import type { Reporter } from '../../src/core/report';
import type { Runner, RunResult } from '../../src/io/exec';

const FIXTURES = join(__dirname, '..', 'fixtures');
const inspect = (name: string) => readFileSync(join(FIXTURES, 'buildx-inspect', `${name}.txt`), 'utf8');
const failure = (name: string): RunResult => {
  const read = (stream: string) => {
    try {
      return readFileSync(join(FIXTURES, 'build-failures', `${name}.${stream}.txt`), 'utf8');
    } catch {
      return '';
    }
  };
  return { code: 1, stdout: read('stdout'), stderr: read('stderr') };
};
const CLASSIC_STATUS =
  '[["Backing Filesystem","extfs"],["Supports d_type","true"],["Using metacopy","false"],["Native Overlay Diff","true"],["userxattr","false"]]';
const CONTAINERD_STATUS = '[["driver-type","io.containerd.snapshotter.v1"]]';

describe('docker buildx inspect, as buildx 0.13 prints it', () => {
  it.each([
    ['docker-classic-store', { name: 'default', driver: 'docker', containerdStore: false }],
    ['docker-containerd-store', { name: 'default', driver: 'docker', containerdStore: true }],
    ['docker-context', { name: 'other', driver: 'docker', containerdStore: true }],
    ['docker-container-inactive', { name: 'dc', driver: 'docker-container' }],
    ['docker-container', { name: 'builder-8c2f7e3a-5b1d-4e0a-9a7c-2f6d1e9b4c30', driver: 'docker-container' }],
    ['remote', { name: 'remote-arm', driver: 'remote' }],
    ['kubernetes', { name: 'kube', driver: 'kubernetes' }],
  ])('%s: the builder name and driver, not the node lines; the image store from the docker driver worker labels', (fixture, expected) => {
    expect(parseBuildxInspect(inspect(fixture))).toEqual(expected);
  });

  it('without labels the image store stays unknown; empty output tells nothing', () => {
    expect(parseBuildxInspect('Name:   default\nDriver: docker\n\nNodes:\nName:     default\nEndpoint: default\nStatus:   running\n')).toEqual({
      name: 'default',
      driver: 'docker',
    });
    expect(parseBuildxInspect('')).toEqual({ name: undefined, driver: undefined });
  });

  it("tells the containerd image store from the classic one by docker info's driver-type", () => {
    expect(usesContainerdStore(CONTAINERD_STATUS)).toBe(true);
    expect(usesContainerdStore(CLASSIC_STATUS)).toBe(false);
    expect(usesContainerdStore('null')).toBe(false);
    expect(usesContainerdStore('not json')).toBeUndefined();
  });

  it('several platforms: any driver but docker can; docker only on the containerd store; unknown stays unknown', () => {
    expect(buildsSeveralPlatforms(parseBuildxInspect(inspect('docker-container')))).toBe(true);
    expect(buildsSeveralPlatforms(parseBuildxInspect(inspect('remote')))).toBe(true);
    expect(buildsSeveralPlatforms(parseBuildxInspect(inspect('docker-containerd-store')))).toBe(true);
    expect(buildsSeveralPlatforms(parseBuildxInspect(inspect('docker-classic-store')))).toBe(false);
    expect(buildsSeveralPlatforms({ driver: 'docker' })).toBeUndefined();
    expect(buildsSeveralPlatforms({})).toBeUndefined();
  });

  it("the push: BuildKit's own on the docker driver with the containerd store (push present but empty: buildx pushes nothing again), else --push", () => {
    expect(builderPushArgs(parseBuildxInspect(inspect('docker-containerd-store')))).toEqual(['--output', 'type=image,push=']);
    expect(builderPushArgs(parseBuildxInspect(inspect('docker-context')))).toEqual(['--output', 'type=image,push=']);
    expect(builderPushArgs(parseBuildxInspect(inspect('docker-classic-store')))).toEqual(['--push']);
    for (const other of ['docker-container', 'remote', 'kubernetes']) expect(builderPushArgs(parseBuildxInspect(inspect(other)))).toEqual(['--push']);
    expect(builderPushArgs(undefined)).toEqual(['--push']);
  });
});

/** A reporter that keeps its info lines. */
function reporter(): Reporter & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m: string) => lines.push(m),
    warning: (m: string) => lines.push(`warning: ${m}`),
    secret() {},
    output: new PassThrough(),
  } as unknown as Reporter & {
    lines: string[];
  };
}

/** A docker whose answers are given per subcommand (the longest match wins); every argv it was asked is kept. */
function fakeDocker(answers: Record<string, Partial<RunResult>>, builderName?: string) {
  const asked: string[][] = [];
  const runner: Runner = async (_cmd, args) => {
    asked.push(args);
    const key = Object.keys(answers)
      .filter((k) => args.join(' ').startsWith(k))
      .sort((a, b) => b.length - a.length)[0];
    return { code: 0, stdout: '', stderr: '', ...(key ? answers[key] : {}) };
  };
  const report = reporter();
  return { docker: new Docker(runner, report, undefined, {}, builderName), asked, lines: report.lines };
}
const BUILDX_OK = { 'buildx version': { stdout: 'github.com/docker/buildx 0.13.1' }, 'build --help': { code: 1 } };
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: Error) => e,
  );

describe('several platforms before the build', () => {
  it('docker driver on the classic store: a PrerequisiteError naming platform, the builder and the ways out', async () => {
    const { docker } = fakeDocker({ ...BUILDX_OK, 'buildx inspect': { stdout: inspect('docker-classic-store') } });
    const err = (await errorOf(docker.checkPlatforms('linux/amd64,linux/arm64'))) as PrerequisiteError;
    expect(err).toBeInstanceOf(PrerequisiteError);
    expect(err.message).toBe(
      "platform linux/amd64,linux/arm64 needs a builder that builds several platforms: buildx's builder default uses the docker driver, and the daemon the classic image store",
    );
    expect(err.hint).toMatch(/containerd image store.*buildx builder of another driver.*one platform per job/);
  });

  it('passes on the containerd store and on another driver without asking docker info; asks nothing for one platform', async () => {
    const containerd = fakeDocker({ ...BUILDX_OK, 'buildx inspect': { stdout: inspect('docker-containerd-store') } });
    await expect(containerd.docker.checkPlatforms('linux/amd64,linux/arm64')).resolves.toBeUndefined();
    const other = fakeDocker({ ...BUILDX_OK, 'buildx inspect': { stdout: inspect('docker-container') } });
    await expect(other.docker.checkPlatforms('linux/amd64,linux/arm64')).resolves.toBeUndefined();
    expect([...containerd.asked, ...other.asked].some((a) => a[0] === 'info')).toBe(false);
    const single = fakeDocker(BUILDX_OK);
    await single.docker.checkPlatforms('linux/arm64');
    expect(single.asked).toEqual([]);
  });

  it('inspect without worker labels: the current builder asks docker info for the image store', async () => {
    const { docker, asked } = fakeDocker({
      ...BUILDX_OK,
      'buildx inspect': { stdout: 'Name:   default\nDriver: docker\n' },
      'info --format': { stdout: CLASSIC_STATUS },
    });
    await expect(docker.checkPlatforms('linux/amd64,linux/arm64')).rejects.toThrow(/classic image store/);
    expect(asked).toContainEqual(['info', '--format', '{{json .DriverStatus}}']);
  });

  it('inspects the builder `builder` names, not the current one', async () => {
    const { docker, asked } = fakeDocker(
      {
        ...BUILDX_OK,
        'buildx inspect': { stdout: inspect('docker-classic-store') },
        'buildx inspect remote-arm': { stdout: inspect('remote') },
      },
      'remote-arm',
    );
    await expect(docker.checkPlatforms('linux/amd64,linux/arm64')).resolves.toBeUndefined();
    expect(asked.filter((a) => a[1] === 'inspect')).toEqual([['buildx', 'inspect', 'remote-arm']]);
  });

  it('a probe of the current builder that fails leaves it to the build (no error here)', async () => {
    const { docker } = fakeDocker({ ...BUILDX_OK, 'buildx inspect': { code: 1, stderr: 'ERROR: no builder' } });
    await expect(docker.checkPlatforms('linux/amd64,linux/arm64')).resolves.toBeUndefined();
  });
});

describe('the `builder` option, before any AWS call', () => {
  it('a builder buildx does not know: one line naming builder, the value and buildx own words', async () => {
    const { docker } = fakeDocker({ ...BUILDX_OK, 'buildx inspect nope': { code: 1, stderr: 'ERROR: no builder "nope" found\n' } }, 'nope');
    const err = (await errorOf(docker.builder(builderNeeds({ provenance: false, builder: 'nope' }, NO_SECRETS)))) as PrerequisiteError;
    expect(err).toBeInstanceOf(PrerequisiteError);
    expect(err.message).toBe('builder nope: buildx has no such builder (ERROR: no builder "nope" found)');
    expect(err.hint).toMatch(/docker buildx ls/);
  });

  it('no buildx on the machine: the builder option needs it', async () => {
    const { docker, asked } = fakeDocker({ 'buildx version': { code: 1, stderr: "docker: 'buildx' is not a docker command." } }, 'ci');
    const err = (await errorOf(docker.builder(builderNeeds({ provenance: false, builder: 'ci' }, NO_SECRETS)))) as PrerequisiteError;
    expect(err).toBeInstanceOf(PrerequisiteError);
    expect(err.message).toBe('builder ci needs docker buildx, which this machine does not have');
    expect(asked.some((a) => a[1] === 'inspect')).toBe(false);
  });

  it('the log says which builder and driver', async () => {
    const { docker, lines } = fakeDocker({ ...BUILDX_OK, 'buildx inspect kube': { stdout: inspect('kubernetes') } }, 'kube');
    expect(await docker.builder()).toBe('buildx');
    expect(lines).toEqual(['Builder: buildx (docker buildx build): builder kube, kubernetes driver']);
  });
});

const SHA = 'a'.repeat(40);
const DIGEST = `sha256:${'d'.repeat(64)}`;
const request: BuildRequest = {
  context: 'app',
  dockerfile: 'app/Dockerfile',
  tags: [`r.example/team/api:${SHA}`],
  labels: {},
  buildArgs: [],
  secrets: NO_SECRETS,
  provenance: false,
  pushFromBuilder: true,
};
const planFor = (driver: string | undefined, builder?: string) =>
  planDelivery(
    { push: true, skipExisting: false, image: undefined, cache: false, platform: undefined, provenance: false, builder, pullRegistries: [] },
    {
      tags: [SHA, 'latest'],
      repository: { name: 'team/api', mutability: 'IMMUTABLE', exclusionFilters: [] },
      existing: new Map(),
      builder: 'buildx',
      driver,
      cacheSource: true,
      baseFromTarget: false,
    },
  );

/** The build's argv on a builder `builder` names, the metadata file answering the pushed digest. */
async function buildArgv(fixture: string, name: string, pushFromBuilder: boolean): Promise<string[]> {
  const asked: string[][] = [];
  const runner: Runner = async (_cmd, args) => {
    asked.push(args);
    if (args[1] === 'inspect') return { code: 0, stdout: inspect(fixture), stderr: '' };
    if (args.includes('buildx') && args.includes('--file')) {
      const file = args[args.indexOf('--metadata-file') + 1];
      writeFileSync(file, JSON.stringify({ 'containerimage.digest': DIGEST }));
    }
    return { code: args[0] === 'build' ? 1 : 0, stdout: '', stderr: '' };
  };
  const docker = new Docker(runner, reporter(), undefined, {}, name);
  const built = await docker.build({ ...request, pushFromBuilder }, await docker.builder());
  expect(built.pushedDigest).toBe(pushFromBuilder ? DIGEST : undefined);
  return asked.find((a) => a.includes('buildx') && a.includes('--file'))!;
}

describe('build plan and argv per driver, from the recorded inspect outputs', () => {
  it.each([
    ['docker-container', 'builder-8c2f7e3a-5b1d-4e0a-9a7c-2f6d1e9b4c30', ['buildx', 'build', '--builder'], ['--push']],
    ['remote', 'remote-arm', ['buildx', 'build', '--builder'], ['--push']],
    ['kubernetes', 'kube', ['buildx', 'build', '--builder'], ['--push']],
    ['docker-context', 'other', ['--context'], ['--output', 'type=image,push=']],
    ['docker-classic-store', 'default', ['--context'], ['--push']],
  ])('%s: the builder %s pushes the SHA tag itself (never --load), extra tags by manifest copy', async (fixture, name, head, push) => {
    const driver = parseBuildxInspect(inspect(fixture)).driver;
    const plan = planFor(driver, name);
    expect(plan.steps).toEqual(['login-before-build', 'build', 'builder-push', 'policies', 'copy-tags']);
    expect(plan.localTags).toEqual([SHA]);
    const argv = await buildArgv(fixture, name, true);
    // A docker-driver builder is a docker context: buildx wants `docker --context NAME buildx build`.
    expect(argv.slice(0, 4)).toEqual(head[0] === '--context' ? ['--context', name, 'buildx', 'build'] : [...head, name]);
    expect(argv).not.toContain('--load');
    const at = argv.indexOf(push[0]);
    expect(argv.slice(at, at + push.length)).toEqual(push);
    expect(argv).toContain('--metadata-file');
  });

  it('the current builder: docker driver loads and docker pushes; another driver pushes itself', () => {
    expect(planFor('docker').steps).toContain('push');
    expect(planFor(undefined).steps).toContain('push');
    for (const driver of ['docker-container', 'remote', 'kubernetes']) expect(planFor(driver).steps).toContain('builder-push');
  });

  it('push: false on a named builder loads (built and tagged only)', async () => {
    const argv = await buildArgv('docker-container', 'ci', false);
    expect(argv).toEqual(expect.arrayContaining(['--builder', 'ci', '--load']));
    expect(await buildArgv('docker-context', 'other', false)).toEqual(expect.arrayContaining(['--context', 'other', '--load']));
    expect(argv).not.toContain('--push');
  });
});

describe("the build's error line is docker's own", () => {
  it.each([
    ['classic-builder-run', "The command '/bin/busybox sh -c echo boom >&2; exit 3' returned a non-zero code: 3"],
    ['classic-builder-cli28-run', "The command '/bin/busybox sh -c echo boom >&2; exit 3' returned a non-zero code: 3"],
    ['classic-builder-copy', 'COPY failed: file not found in build context or excluded by .dockerignore: stat missing.txt: file does not exist'],
    ['classic-builder-bad', 'Error response from daemon: dockerfile parse error line 3: unknown instruction: RUNN'],
    ['embedded-buildkit-run', 'executor failed running [/bin/busybox sh -c echo boom >&2; exit 3]: exit code: 3'],
    ['embedded-buildkit-copy', 'failed to compute cache key: "/missing.txt" not found: not found'],
    [
      'embedded-buildkit-bad',
      'failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 3: unknown instruction: RUNN',
    ],
    ['buildx-run', 'ERROR: failed to solve: process "/bin/busybox sh -c echo boom >&2; exit 3" did not complete successfully: exit code: 3'],
    ['buildx-bad', 'ERROR: failed to solve: dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)'],
    ['buildx-multiplatform-docker-driver', 'ERROR: Multi-platform build is not supported for the docker driver.'],
  ])('%s', (fixture, line) => {
    expect(failureLine(failure(fixture))).toBe(line);
  });

  it("buildx's ERROR line, not the step's own ERROR nor the Dockerfile excerpt after it", () => {
    const line = failureLine(failure('buildx-copy'));
    expect(line).toMatch(/^ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref .*"\/missing.txt": not found$/);
  });

  it("docker's error line wins over lines printed after it; the last stderr line only when there is none", () => {
    expect(failureLine({ code: 1, stdout: '', stderr: 'error during connect: Head "http://%2Fvar%2Frun%2Fdocker.sock/_ping": EOF\nSee docker --help\n' })).toBe(
      'error during connect: Head "http://%2Fvar%2Frun%2Fdocker.sock/_ping": EOF',
    );
    expect(failureLine({ code: 1, stdout: '', stderr: 'something odd\n' })).toBe('something odd');
    expect(failureLine({ code: 2, stdout: '', stderr: '' })).toBe('exit 2');
  });

  it('several platforms refused by buildx itself: the same line and ways out, not "Learn more at …"', async () => {
    const { docker } = fakeDocker({ 'buildx build': failure('buildx-multiplatform-docker-driver') });
    const err = (await errorOf(docker.build({ ...request, platform: 'linux/amd64,linux/arm64' }, 'buildx'))) as PrerequisiteError;
    expect(err.message).toBe(
      'platform linux/amd64,linux/arm64 needs a builder that builds several platforms: Multi-platform build is not supported for the docker driver.',
    );
    expect(err.hint).toMatch(/one platform per job/);
  });

  it('a failing RUN on buildx: failed to solve with the process and its exit code, not the Dockerfile excerpt', async () => {
    const { docker } = fakeDocker({ 'buildx build': failure('buildx-run') });
    const err = (await errorOf(docker.build(request, 'buildx'))) as Error;
    expect(err.message).toBe(
      'docker buildx build failed (exit 1): ERROR: failed to solve: process "/bin/busybox sh -c echo boom >&2; exit 3" did not complete successfully: exit code: 3',
    );
  });

  it('a missing COPY source is no layer-cache failure: one build, no retry without the cache', async () => {
    for (const [fixture, builder] of [
      ['buildx-copy', 'buildx'],
      ['embedded-buildkit-copy', 'buildkit'],
    ] as const) {
      const { docker, asked, lines } = fakeDocker({ 'buildx build': failure(fixture), build: failure(fixture) });
      const err = (await errorOf(docker.build({ ...request, cache: { from: `r.example/team/api@${DIGEST}` } }, builder))) as Error;
      expect(err.message).toMatch(/not found$/);
      expect(asked.filter((a) => a.includes('--file'))).toHaveLength(1);
      expect(lines.filter((l) => l.startsWith('warning:'))).toEqual([]);
    }
  });

  it('a failing cache import is retried without the cache', async () => {
    let builds = 0;
    const runner: Runner = async (_cmd, args) => {
      if (!args.includes('--file')) return { code: 0, stdout: '', stderr: '' };
      builds++;
      return builds === 1
        ? { code: 1, stdout: '', stderr: 'ERROR: failed to solve: failed to configure registry cache importer: unexpected status: 403 Forbidden\n' }
        : { code: 0, stdout: '', stderr: '' };
    };
    const report = reporter();
    const docker = new Docker(runner, report, undefined, {});
    await docker.build({ ...request, pushFromBuilder: false, cache: { from: `r.example/team/api@${DIGEST}` } }, 'buildkit');
    expect(builds).toBe(2);
    expect(report.lines.filter((l) => l.startsWith('warning:'))).toEqual([
      'warning: the build failed on the layer cache (ERROR: failed to solve: failed to configure registry cache importer: unexpected status: 403 Forbidden); building again without it',
    ]);
  });
});
