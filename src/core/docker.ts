/**
 * The docker CLI. Every call is an argv array; the registry password only ever goes to stdin.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Runner, RunOptions, RunResult } from '../io/exec';
import { type BuildSecrets, hasBuildSecrets, secretArgs } from './build-secrets';
import {
  BUILDER_LABEL,
  type BuilderKind,
  type BuilderNeeds,
  type BuildxSetup,
  builderPushArgs,
  buildkitPreference,
  buildsSeveralPlatforms,
  chooseBuilder,
  parseBuildxInspect,
  severalPlatformsError,
  usesContainerdStore,
} from './builder';
import { type Deadline, watched } from './deadline';
import { DockerError, PrerequisiteError } from './errors';
import { daemonPlatform } from './multi-arch/platforms';
import type { RegistryLogin } from './registry/target';
import type { Reporter } from './report';

export interface BuildRequest {
  context: string;
  dockerfile: string;
  /** Full references (`<repository-uri>:<tag>`), the SHA tag first. */
  tags: string[];
  labels: Record<string, string>;
  /** `KEY=VALUE`; values travel in the child's environment, argv carries `--build-arg KEY`. */
  buildArgs: string[];
  target?: string;
  platform?: string;
  /** Layer cache: the image to reuse layers from (a pinned reference), if any. */
  cache?: { from?: string };
  secrets: BuildSecrets;
  provenance: boolean;
  /** buildx only: push from the builder (multi-platform or attestations can't be loaded locally). */
  pushFromBuilder: boolean;
  /** Stops the build's child (SIGTERM, then SIGKILL), as a cancel does. */
  signal?: AbortSignal;
}

/** What a build leaves: the digest buildx pushed, when the builder pushed. */
export interface Built {
  pushedDigest?: string;
}

const PUSH_ATTEMPTS = 3;
const TRANSIENT =
  /\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i;
const AUTH = /no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i;

/** A path argument must never be read as a flag. */
const asPath = (p: string): string => (p.startsWith('-') ? `./${p}` : p);

/** The options that need more than the classic builder. */
export function builderNeeds(o: { platform?: string; provenance: boolean; builder?: string }, secrets: BuildSecrets): BuilderNeeds {
  const needs: BuilderNeeds = {};
  if (o.platform?.includes(',')) needs.buildx = 'platform';
  else if (o.provenance) needs.buildx = 'provenance';
  else if (o.builder) needs.buildx = `builder ${o.builder}`;
  needs.buildkit = hasBuildSecrets(secrets);
  return needs;
}

/** buildx only: the builder `builder` names, what inspect said of it, where buildx writes the pushed digest. */
export interface BuildxTarget {
  name?: string;
  setup?: BuildxSetup;
  metadataFile?: string;
}

/**
 * `docker buildx build`, on the named builder: `--builder NAME`, except for a docker-driver builder
 * (a docker context), where buildx refuses `--builder` unless it is the current context and asks for
 * `docker --context NAME buildx` instead.
 */
function buildxHead({ name, setup }: BuildxTarget): string[] {
  if (!name) return ['buildx', 'build'];
  return setup?.driver === 'docker' ? ['--context', name, 'buildx', 'build'] : ['buildx', 'build', '--builder', name];
}

/** The builder's argv and the environment it needs (DOCKER_BUILDKIT, build-arg and secret values). */
export function buildCommand(req: BuildRequest, builder: BuilderKind, target: BuildxTarget = {}): { argv: string[]; env: Record<string, string> } {
  const buildx = builder === 'buildx';
  const argv = buildx ? buildxHead(target) : ['build'];
  const env: Record<string, string> = buildx ? {} : { DOCKER_BUILDKIT: builder === 'buildkit' ? '1' : '0' };
  argv.push('--file', asPath(req.dockerfile));
  // The classic builder keeps the container of a failed step; on a shared runner they pile up.
  if (builder === 'classic') argv.push('--force-rm');
  for (const tag of req.tags) argv.push('--tag', tag);
  for (const [key, value] of Object.entries(req.labels)) argv.push('--label', `${key}=${value}`);
  for (const arg of req.buildArgs) {
    const eq = arg.indexOf('=');
    env[arg.slice(0, eq)] = arg.slice(eq + 1);
    argv.push('--build-arg', arg.slice(0, eq));
  }
  if (req.target) argv.push('--target', req.target);
  if (req.platform) argv.push('--platform', req.platform);
  if (builder !== 'classic') {
    const secrets = secretArgs(req.secrets);
    argv.push(...secrets.argv);
    Object.assign(env, secrets.env);
  }
  if (req.cache) {
    // One mechanism on every builder: the cache travels inside the delivered image (BuildKit's
    // inline cache), so no cache tag is ever rewritten (IMMUTABLE repositories refuse that).
    if (buildx) argv.push('--cache-to', 'type=inline');
    if (builder === 'buildkit') argv.push('--build-arg', 'BUILDKIT_INLINE_CACHE=1');
    if (req.cache.from) argv.push('--cache-from', buildx ? `type=registry,ref=${req.cache.from}` : req.cache.from);
  }
  if (buildx) {
    argv.push('--provenance', req.provenance ? 'mode=max' : 'false');
    if (req.provenance) argv.push('--sbom', 'true');
    argv.push(...(req.pushFromBuilder ? builderPushArgs(target.setup) : ['--load']));
    if (target.metadataFile) argv.push('--metadata-file', target.metadataFile);
  }
  argv.push(asPath(req.context));
  return { argv, env };
}

/** `docker push` prints `<tag>: digest: sha256:… size: N` once the manifest is stored. */
export function pushedDigest(output: string): string | undefined {
  return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1];
}

// A daemon that takes the connection and never answers must fail the run in seconds, not at timeout-seconds.
const PROBE_TIMEOUT_MS = 10_000;

export class Docker {
  /**
   * `env`: the environment of every docker child (dockerChildEnv: a delivery's private DOCKER_CONFIG);
   * a call's own `env` adds to it (DOCKER_BUILDKIT, build-arg and secret values).
   */
  constructor(
    private readonly runner: Runner,
    private readonly reporter: Reporter,
    private readonly deadline?: Deadline,
    private readonly env: NodeJS.ProcessEnv = process.env,
    /** `builder`: the buildx builder to build with; none: buildx's current one. */
    private readonly builderName?: string,
  ) {}

  /** Every docker call, named for the deadline's message; none starts once time is up. */
  private run(command: string, args: string[], options?: RunOptions): Promise<RunResult> {
    const buildx = args.indexOf('buildx');
    return watched(this.deadline, `docker ${buildx >= 0 ? `buildx ${args[buildx + 1]}` : args[0]}`, () =>
      this.runner(command, args, { ...options, env: options?.env ? { ...this.env, ...options.env } : this.env }),
    );
  }

  /**
   * Docker must be installed and its daemon reachable; said in one line before any AWS call.
   * The docker CLI decides (it knows DOCKER_HOST, contexts, ssh): it runs while the OIDC token is fetched.
   */
  async check(): Promise<void> {
    let result: RunResult;
    try {
      result = await this.run('docker', ['version', '--format', '{{.Server.Version}}'], { silent: true, timeoutMs: PROBE_TIMEOUT_MS });
    } catch {
      throw new PrerequisiteError(
        'docker is not installed: no `docker` command on PATH',
        'use a runner or executor with Docker (CircleCI: the machine executor, or a docker image with setup_remote_docker)',
      );
    }
    if (result.timedOut) {
      throw new PrerequisiteError(
        `the docker daemon did not answer within ${PROBE_TIMEOUT_MS / 1000} s (docker version)`,
        'the daemon is hung or overloaded: restart the docker engine (or check DOCKER_HOST / the docker context)',
      );
    }
    if (result.code !== 0) {
      const why = result.stderr.trim().split('\n').pop() ?? '';
      throw new PrerequisiteError(
        `the docker daemon is not reachable: ${why}`,
        'start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the machine executor)',
      );
    }
  }

  private buildx?: Promise<boolean>;
  private embedded?: Promise<boolean>;
  private chosen?: Promise<BuilderKind>;

  /** Asked once per run. False too when docker itself is missing: check() is the one that says so. */
  hasBuildx(): Promise<boolean> {
    this.buildx ??= this.run('docker', ['buildx', 'version'], { silent: true }).then(
      (r) => r.code === 0,
      () => false,
    );
    return this.buildx;
  }

  /** Whether this docker CLI drives the daemon's embedded BuildKit: newer CLIs refuse without buildx. */
  drivesEmbeddedBuildkit(): Promise<boolean> {
    this.embedded ??= this.run('docker', ['build', '--help'], { silent: true, env: { DOCKER_BUILDKIT: '1' } }).then(
      (r) => r.code === 0,
      () => false,
    );
    return this.embedded;
  }

  /**
   * The builder, chosen once (builder.ts) and said in the log. With `needs`, a missing builder
   * fails here, which the pipeline asks before any AWS call.
   */
  builder(needs?: BuilderNeeds): Promise<BuilderKind> {
    this.chosen ??= this.choose(needs);
    return this.chosen;
  }

  private async choose(needs?: BuilderNeeds): Promise<BuilderKind> {
    // The builder is inspected as soon as buildx is known to be there, beside the other probe.
    const early = this.hasBuildx().then((buildx) => (buildx && buildkitPreference(this.env) !== false ? this.inspectBuildx() : undefined));
    early.catch(() => undefined);
    const kind = await chooseBuilder({ buildx: () => this.hasBuildx(), embeddedBuildkit: () => this.drivesEmbeddedBuildkit() }, this.env, needs);
    const setup = kind === 'buildx' ? await this.inspectBuildx() : undefined;
    const which = setup?.name ? `: builder ${setup.name}, ${setup.driver ?? 'unknown'} driver` : '';
    this.reporter.info(`Builder: ${BUILDER_LABEL[kind]}${which}`);
    return kind;
  }

  private inspected?: Promise<BuildxSetup | undefined>;

  /** The buildx builder that builds, as `docker buildx inspect` tells; undefined when buildx does not build or cannot tell. */
  async buildxSetup(): Promise<BuildxSetup | undefined> {
    return (await this.builder()) === 'buildx' ? this.inspectBuildx() : undefined;
  }

  /**
   * Asked once. A builder that `builder` names must exist: said before any AWS call. The image
   * store comes from the builder's labels, else (the current builder only) from `docker info`.
   */
  private inspectBuildx(): Promise<BuildxSetup | undefined> {
    this.inspected ??= (async () => {
      const named = this.builderName;
      const result = await this.probe(['buildx', 'inspect', ...(named ? [named] : [])]);
      if (result?.code !== 0) {
        if (!named) return undefined;
        throw new PrerequisiteError(
          `builder ${named}: buildx has no such builder (${result ? failureLine(result) : 'docker buildx inspect did not run'})`,
          "name one that `docker buildx ls` lists (docker/setup-buildx-action: its `name` output; every docker context is one), or leave builder unset for buildx's current builder",
        );
      }
      const setup = parseBuildxInspect(result.stdout);
      if (setup.driver === 'docker' && setup.containerdStore === undefined && !named) {
        const info = await this.probe(['info', '--format', '{{json .DriverStatus}}']);
        setup.containerdStore = info?.code === 0 ? usesContainerdStore(info.stdout) : undefined;
      }
      return setup;
    })();
    return this.inspected;
  }

  /** A question to docker that must answer within seconds; undefined when it could not run. */
  private probe(args: string[]): Promise<RunResult | undefined> {
    return this.run('docker', args, { silent: true, timeoutMs: PROBE_TIMEOUT_MS }).then(
      (r) => (r.timedOut ? undefined : r),
      () => undefined,
    );
  }

  /** Logins run one at a time: two `docker login`s writing one config.json at once lose one of them. */
  private logins: Promise<unknown> = Promise.resolve();

  login(login: RegistryLogin): Promise<void> {
    const next = this.logins.then(() => this.loginNow(login));
    this.logins = next.catch(() => undefined);
    return next;
  }

  private async loginNow(login: RegistryLogin): Promise<void> {
    this.reporter.secret(login.password);
    // docker keeps `user:password` base64-encoded in its config; mask that form too.
    this.reporter.secret(Buffer.from(`${login.username}:${login.password}`).toString('base64'));
    const result = await this.run('docker', ['login', '--username', login.username, '--password-stdin', login.host], {
      input: Buffer.from(login.password),
      output: this.reporter.output,
    });
    if (result.code !== 0) throw new DockerError(`docker login to ${login.host} failed: ${failureLine(result)}`);
  }

  async logout(host: string): Promise<void> {
    await this.run('docker', ['logout', host], { output: this.reporter.output });
  }

  /** Builds; says the digest when buildx pushed from the builder. */
  async build(req: BuildRequest, builder: BuilderKind): Promise<Built> {
    const dir = builder === 'buildx' ? mkdtempSync(join(tmpdir(), 'ecr-deliver-')) : undefined;
    const metadataFile = dir ? join(dir, 'metadata.json') : undefined;
    try {
      const target: BuildxTarget = { name: this.builderName, setup: await this.buildxSetup(), metadataFile };
      let result = await this.runBuild(req, builder, target);
      if (result.code !== 0 && req.signal?.aborted) throw new DockerError('the build was stopped');
      if (result.code !== 0 && req.cache && CACHE_FAILURE.test(failureLine(result))) {
        // The cache is an optimisation: a cache import or export that fails never fails a delivery.
        this.reporter.warning(`the build failed on the layer cache (${failureLine(result)}); building again without it`);
        result = await this.runBuild({ ...req, cache: undefined }, builder, target);
      }
      // When the probes could not tell (checkPlatforms), buildx's own refusal says it.
      if (result.code !== 0 && req.platform && /Multi-platform build is not supported/i.test(result.stderr)) {
        throw severalPlatformsError(req.platform, failureLine(result).replace(/^ERROR: /, ''));
      }
      if (result.code !== 0) {
        throw new DockerError(`docker ${builder === 'buildx' ? 'buildx build' : 'build'} failed (exit ${result.code}): ${failureLine(result)}`);
      }
      if (!metadataFile || !req.pushFromBuilder) return {};
      const metadata = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, string>;
      return { pushedDigest: metadata['containerimage.digest'] };
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }

  private runBuild(req: BuildRequest, builder: BuilderKind, target: BuildxTarget): Promise<RunResult> {
    const { argv, env } = buildCommand(req, builder, target);
    return this.run('docker', argv, { output: this.reporter.output, env, signal: req.signal });
  }

  /** The classic builder reuses layers only from local images: the cache image is pulled first. */
  async pullCache(ref: string): Promise<boolean> {
    const result = await this.run('docker', ['pull', '--quiet', ref], { output: this.reporter.output });
    if (result.code !== 0) this.reporter.warning(`no layer cache: docker pull ${ref} failed (${failureLine(result)}); building without it`);
    return result.code === 0;
  }

  async tag(source: string, target: string): Promise<void> {
    const result = await this.run('docker', ['tag', source, target], { output: this.reporter.output });
    if (result.code !== 0) throw new DockerError(`docker tag ${source} ${target} failed: ${failureLine(result)}`);
  }

  /** Removes a name only (the image stays while another name has it); a name that is not there is no failure. */
  async untag(name: string): Promise<void> {
    await this.run('docker', ['rmi', '--no-prune', name], { silent: true, timeoutMs: PROBE_TIMEOUT_MS });
  }

  /**
   * Push with retries on transient registry faults; an auth refusal (expired ECR token) gets one
   * fresh login. Returns the digest the registry stored.
   */
  async push(ref: string, relogin: () => Promise<unknown>): Promise<string> {
    let reloggedIn = false;
    for (let attempt = 1; ; attempt++) {
      const result = await this.run('docker', ['push', ref], { output: this.reporter.output });
      const text = `${result.stdout}\n${result.stderr}`;
      if (result.code === 0) {
        const digest = pushedDigest(text);
        if (!digest) throw new DockerError(`docker push ${ref} printed no digest`);
        return digest;
      }
      if (AUTH.test(text) && !reloggedIn) {
        reloggedIn = true;
        this.reporter.warning(`the registry refused the credentials (${failureLine(result)}); logging in again`);
        await relogin();
        continue;
      }
      if (AUTH.test(text)) {
        throw new DockerError(
          `docker push ${ref} was refused after a fresh login: ${failureLine(result)}`,
          'the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability',
        );
      }
      if (!TRANSIENT.test(text) || attempt >= PUSH_ATTEMPTS) {
        throw new DockerError(`docker push ${ref} failed after ${attempt} attempt(s): ${failureLine(result)}`);
      }
      this.reporter.warning(`docker push failed (${failureLine(result)}); retrying (${attempt}/${PUSH_ATTEMPTS - 1})`);
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** (attempt - 1)));
    }
  }

  /** The daemon's own platform, `os/arch[/variant]`: `docker version`'s server, the arm variant from `docker info`. */
  async serverPlatform(): Promise<string> {
    const ask = async (args: string[]) => {
      const result = await this.run('docker', args, { silent: true, timeoutMs: PROBE_TIMEOUT_MS });
      if (result.code !== 0) throw new DockerError(`docker ${args[0]} failed: ${failureLine(result)}`);
      return result.stdout.trim();
    };
    const osArch = await ask(['version', '--format', '{{.Server.Os}}/{{.Server.Arch}}']);
    return daemonPlatform(osArch, osArch.endsWith('/arm') ? await ask(['info', '--format', '{{.Architecture}}']) : '');
  }

  /**
   * Several platforms on buildx's docker driver need the containerd image store. Said before any
   * AWS call when `docker buildx inspect` and `docker info` tell; when they cannot, the build says it.
   */
  async checkPlatforms(platform: string | undefined): Promise<void> {
    if (!platform?.includes(',')) return;
    const setup = await this.buildxSetup();
    if (setup && buildsSeveralPlatforms(setup) === false) {
      throw severalPlatformsError(platform, `buildx's builder ${setup.name ?? '(current)'} uses the docker driver, and the daemon the classic image store`);
    }
  }
}

// Lines docker prints on stderr that never explain a failure (legacy builder banner, login warnings).
const NOISE = /^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;

// docker's and BuildKit's own error lines; progress lines (`#5 ERROR: …`, `0.21 error: …` from a RUN step) never start so.
const DOCKER_ERROR = /^(failed to solve\b|error\b|Error response from daemon:)/i;
// A cache import or export that failed; not BuildKit's "failed to compute cache key" (a missing COPY source).
const CACHE_FAILURE = /(import|export)(ing)? (to |from )?(the )?cache|cache (import|export)|inline cache|cache-(from|to)/i;

/**
 * The line that explains a failure (the one error line; the whole output is in the log):
 * buildx's own `ERROR:` line (advice, links and hints may follow it), else docker's or BuildKit's
 * last error line (`failed to solve …`, `error: …`, `Error response from daemon: …`), else the
 * last line docker wrote on stderr (the classic builder's `The command … returned a non-zero code`).
 */
export function failureLine(result: Pick<RunResult, 'code' | 'stdout' | 'stderr'>): string {
  const lines = (text: string) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !NOISE.test(l));
  const stdout = lines(result.stdout);
  const stderr = lines(result.stderr);
  return (
    stderr.filter((l) => l.startsWith('ERROR: ')).pop() ??
    stderr.filter((l) => DOCKER_ERROR.test(l)).pop() ??
    stderr.pop() ??
    [...stdout].reverse().find((l) => /error|denied|fail|unauthorized/i.test(l)) ??
    stdout.pop() ??
    `exit ${result.code}`
  );
}
