/**
 * The delivery pipeline, CI-agnostic: (build ∥ credentials → repository, login) → push → extra
 * tags by manifest copy. The build starts at once when it needs nothing from AWS; otherwise as
 * soon as what it needs (the repository's look-up, logins, the layer cache) is there.
 */

import { randomBytes } from 'node:crypto';
import { buildSecretsOf, checkSecretSources, secretValues } from './build-secrets';
import { buildkitPreference } from './builder';
import { dockerChildEnv } from './child-env';
import { Deadline } from './deadline';
import { type Built, builderNeeds, Docker } from './docker';
import { PrivateDockerConfig } from './docker-config';
import { DeadlineError, DockerError, RegistryError } from './errors';
import { mergeParts } from './multi-arch/merge';
import { partTag } from './multi-arch/platforms';
import { dockerfilePath, requireBuildFiles } from './options/checks';
import type { Outputs } from './options/outputs';
import type { Options } from './options/table';
import { builderPushes, type DeliveryPlan, planDelivery, type Step } from './plan';
import { fromHosts, missingPullRegistryHint, pullRegistryLogins } from './pull-registries';
import { type ImageRecord, putTags, type RegistryLogin, type RepositoryInfo } from './registry/target';
import { exclusionFiltersFit, mutableTagFilters } from './release-tags';
import { type ScanReport, type ScanSource, scanFindingsOutput, waitForScan } from './scan';
import { type Delivered, type DeliverRequest, fetchToken, openRegistry, type Registry, resolveCredentials } from './session';

/**
 * The whole delivery, bounded by timeout-seconds and the CI's cancelling signals. Docker is logged
 * in to a private docker config, removed when the run ends: the user's config is never written.
 */
export function deliver(req: DeliverRequest): Promise<Delivered> {
  if (req.options.mode === 'merge') return mergeParts(req);
  const deadline = new Deadline(req.options.timeoutSeconds, req.lifetime);
  const config = PrivateDockerConfig.create(req.env);
  return deadline.bound(() => deliverWithin(req, deadline, dockerChildEnv(req.env, config.dir))).finally(() => config.remove());
}

/** Times one step: a phase (a log group) when nothing else runs, else tracked beside the build. */
type StepTimer = <T>(title: string, run: () => Promise<T>) => Promise<T>;

/** The AWS side, once the role's credentials are there: the target registry and the pull-registry logins. */
interface Connection {
  ecr: Registry;
  pulls: () => Promise<RegistryLogin[]>;
}

async function deliverWithin(req: DeliverRequest, deadline: Deadline, dockerEnv: NodeJS.ProcessEnv): Promise<Delivered> {
  const { options: o, context: ctx, reporter } = req;
  const docker = new Docker(req.run, reporter, deadline, dockerEnv, o.builder);
  // Local prerequisites first: a missing docker, a builder an option needs (buildx, BuildKit) or a
  // secret's source must not cost an AWS call. The OIDC token is fetched meanwhile. Otherwise the
  // builder is only preferred: its probes (child processes) run on while the AWS calls do.
  const secrets = buildSecretsOf(o);
  if (!o.image) {
    for (const value of secretValues(secrets, req.env)) reporter.secret(value);
    checkSecretSources(secrets, req.env);
  }
  const needs = o.image ? {} : builderNeeds(o, secrets);
  const decideNow = !o.image && (needs.buildx || needs.buildkit || buildkitPreference(req.env) !== undefined);
  // After the docker check: a missing docker is the first thing to say.
  const probes = docker.check().then(() => (decideNow ? docker.builder(needs) : undefined));
  const token = fetchToken(req);
  await probes;
  if (!o.image) await docker.checkPlatforms(o.platform);
  if (!o.image) docker.builder().catch(() => undefined);
  // A part is built for one platform, the daemon's own unless `platform` names it.
  const platform = o.mode === 'part' && !o.platform ? await docker.serverPlatform() : o.platform;

  let ecr: Registry | undefined;
  const connect = async (step: StepTimer): Promise<Connection> => {
    const credentials = await step('Credentials', () => resolveCredentials(req, token, deadline));
    ecr = openRegistry(req, credentials, deadline);
    return { ecr, pulls: () => pullRegistryLogins(o.pullRegistries, ctx.region, credentials, deadline) };
  };
  try {
    return await new Delivery({ ...req, options: { ...o, platform } }, docker).run(connect);
  } finally {
    ecr?.close();
  }
}

/** A build in flight: stopped (its child terminated) when the run turns out not to need it. */
interface BuildInFlight {
  built: Promise<Built>;
  stop: AbortController;
}

class Delivery {
  private readonly o: Options;
  private readonly sha: string;
  private readonly tags: string[];
  /** The extra tags an IMMUTABLE_WITH_EXCLUSION repository created here keeps movable. */
  private readonly mutableTags: string[];
  private ecr!: Registry;
  private pullLogins: () => Promise<RegistryLogin[]> = async () => [];
  /** The repository as the Repository phase found or created it (the scan wait reads its settings). */
  private repo?: RepositoryInfo;
  /** The build started before the plan, when it needs nothing from AWS. */
  private flight?: BuildInFlight;
  /** Its local name until the repository's URI is known (then the image's tags replace it). */
  private readonly localName = `ecr-deliver-build:${randomBytes(6).toString('hex')}`;
  /**
   * The names a build started before the plan gives the image (the local name, or the image's tags
   * when the registry's host was known): removed when the run ends without delivering under them.
   */
  private earlyNames: string[] = [];

  /** Hosts docker was logged in to by this run (a failed pull's hint names the others). */
  private readonly loggedIn: string[] = [];

  constructor(
    private readonly req: DeliverRequest,
    private readonly docker: Docker,
  ) {
    this.o = req.options;
    // A part carries only its platform's tag: the extra tags are the merge's.
    this.sha = this.o.mode === 'part' ? partTag(req.context.commitSha, this.o.platform!) : req.context.commitSha;
    // Derived tags (semver, branch, pr) join `tags`: same rule (context.ts), same immutability checks.
    this.tags = this.o.mode === 'part' ? [this.sha] : [...new Set([this.sha, ...this.o.tags, ...req.context.release.tags])];
    this.mutableTags = mutableTagFilters(this.o.tags, req.context.release);
  }

  /** Steps started alongside others (login, policies); a failure waits for them before it is reported. */
  private readonly background: Promise<unknown>[] = [];

  async run(connect: (step: StepTimer) => Promise<Connection>): Promise<Delivered> {
    try {
      const outputs = await this.steps(connect);
      // What still runs beside (a login no longer needed once the image was found in ECR) ends first.
      await Promise.allSettled(this.background);
      const scan = await this.scan(outputs);
      return { outputs: { ...outputs, 'scan-findings': scanFindingsOutput(scan) }, scan };
    } catch (err) {
      // A build started early ends with the run: a refusal found while it ran leaves nothing behind.
      await this.stopBuild();
      // A background step (login, policies) ends before the run's failure is reported (and the
      // private docker config removed); one that fails after it must not surface as an unhandled rejection.
      await Promise.allSettled(this.background);
      throw err;
    }
  }

  /**
   * Whether the build can start before the repository step (under a local name, or the image's tags
   * once the login's token says the registry's host): it reads nothing from a registry this run logs
   * in to but the layer cache (no pull registries, no base image from a named registry, which
   * might be the target), the builder does not push (it reads docker's login while it builds:
   * several platforms, attestations, a named builder or a driver other than docker), skip-existing does not ask for the look-up first, and no refusal can be known before
   * AWS is asked. Without the layer cache it starts before any AWS answer; with it, once the cache's
   * look-up has answered (a build started without the cache and restarted with it would keep the
   * steps it had finished, not the cache's layers: BuildKit prefers its local results). The
   * builder's probes are the build's own first step.
   */
  private async buildsEarly(): Promise<boolean> {
    const o = this.o;
    if (o.image || o.skipExisting || o.pullRegistries.length || fromHosts(dockerfilePath(o)).length) return false;
    if (o.imageTagMutability === 'IMMUTABLE_WITH_EXCLUSION' && !exclusionFiltersFit(this.mutableTags)) return false;
    if (builderPushes(o, 'buildx')) return false;
    const setup = await this.docker.buildxSetup();
    return !builderPushes(o, setup ? 'buildx' : undefined, setup?.driver);
  }

  private async steps(connect: (step: StepTimer) => Promise<Connection>): Promise<Outputs> {
    const { reporter } = this.req;
    const early = await this.buildsEarly();
    const cacheApplies = !this.o.image && this.o.cache && this.o.registryType !== 'public';
    if (early && !cacheApplies) this.flight = this.startBuild([this.localName], undefined);
    // A step that runs while the build does is tracked (on the timeline, no log group of its own).
    const beside: StepTimer = (title, run) => reporter.track(title, run);
    const alone: StepTimer = (title, run) => reporter.phase(title, run);
    const step = early ? beside : alone;
    ({ ecr: this.ecr, pulls: this.pullLogins } = await connect(this.flight ? beside : alone));
    // Beside the repository step: the registry login the push (and a cache read) needs, and the
    // layer cache's source. skip-existing asks first whether there is anything to do; ECR Public's
    // login needs the registry's URI, which the repository step reads.
    const loginNow = this.o.push && !this.o.skipExisting && this.o.registryType !== 'public';
    const authorization = loginNow ? this.inBackground(this.ecr.login()) : undefined;
    const login = authorization ? this.inBackground(reporter.track('Login', () => authorization.then((a) => this.dockerLogin(a)))) : undefined;
    const cacheDigest = cacheApplies && this.ecr.latestImage ? this.inBackground(this.latestImage()) : undefined;
    if (early && cacheDigest) {
      // The registry's host comes with the login's answer, asked beside the look-up: the build then
      // has the image's own tags (the repository's URI is that host and its name), no local name.
      const names = authorization ? authorization.then((a) => this.tags.map((t) => `${a.host}/${this.o.repository}:${t}`)) : [this.localName];
      const from = this.cacheSource(cacheDigest, () => login ?? this.login());
      this.flight = this.startBuild(
        names,
        from.then((f) => ({ from: f })),
      );
    }
    const [repo, existing] = await step('Repository', () =>
      Promise.all([this.o.push ? this.ecr.ensureRepository(this.o, this.mutableTags) : this.lookUpRepository(), this.ecr.images(this.o.repository, this.tags)]),
    );
    this.repo = repo;
    if (repo.created) reporter.info(`Created repository ${repo.uri} (${repo.mutability})`);
    const plan = planDelivery(this.o, {
      tags: this.tags,
      repository: repo,
      existing,
      builder: this.o.image ? undefined : await this.docker.builder(),
      driver: this.o.image ? undefined : (await this.docker.buildxSetup())?.driver,
      cacheSource: this.ecr.latestImage !== undefined,
      // A base image from the target registry itself (a pull-through cache prefix) is pulled by the build.
      baseFromTarget: !this.o.image && fromHosts(dockerfilePath(this.o)).includes(repo.uri.split('/')[0]),
    });
    if (plan.reuse) await this.stopBuild();
    return this.execute(plan, repo, existing, login, cacheDigest);
  }

  /**
   * The build, started now, or once its layer cache's source is known; its failure is read where
   * it is awaited (marked handled here: it may fail while the repository step still runs).
   */
  private startBuild(
    names: string[] | Promise<string[]>,
    cache: { from?: string } | Promise<{ from?: string }> | undefined,
    builderPush = false,
  ): BuildInFlight {
    const stop = new AbortController();
    // Before the repository step: an early build, whose names the run removes unless it delivers under them.
    const early = !this.repo;
    const built = Promise.all([names, cache]).then(([refs, c]) => {
      if (stop.signal.aborted) throw new DockerError('the build was stopped');
      if (early) this.earlyNames = refs;
      return this.req.reporter.phase('Build', () => this.build(refs, builderPush, c, stop.signal));
    });
    built.catch(() => undefined);
    return { built, stop };
  }

  /**
   * Stops a build in flight (its child terminated, as on cancel), waits until it has ended, and
   * removes the names an early build gave (a stopped build gave none but the local name).
   */
  private async stopBuild(): Promise<void> {
    const flight = this.flight;
    this.flight = undefined;
    let finished = true;
    if (flight) {
      flight.stop.abort();
      finished = await flight.built.then(
        () => true,
        () => false,
      );
    }
    if (!finished) this.earlyNames = this.earlyNames.filter((n) => n === this.localName);
    await this.dropEarlyNames();
  }

  private async dropEarlyNames(): Promise<void> {
    const names = this.earlyNames;
    this.earlyNames = [];
    for (const name of names) await this.docker.untag(name);
  }

  /** Carries the plan out: AWS-side steps run in the background while the build does. */
  private async execute(
    plan: DeliveryPlan,
    repo: RepositoryInfo,
    existing: Map<string, ImageRecord>,
    loginStarted?: Promise<string>,
    cacheDigest?: Promise<string | undefined | null>,
  ): Promise<Outputs> {
    const { reporter } = this.req;
    const has = (step: Step) => plan.steps.includes(step);
    const policies = has('policies') ? this.inBackground(this.ecr.applyPolicies(this.o)) : Promise.resolve();
    if (plan.reuse) {
      const reuse = plan.reuse;
      reporter.info(`${repo.uri}:${this.sha} already exists (${reuse.digest}): nothing to build or upload`);
      if (!this.o.push) return this.outputs(repo, reuse.digest, false);
      await policies;
      if (has('copy-tags')) await reporter.phase('Tag', () => this.copyTags(repo, reuse, existing));
      return this.outputs(repo, reuse.digest, false);
    }

    // Tracked, not a phase: it runs during the build, and the timeline shows the two side by side.
    const login = loginStarted ?? (has('login') || has('login-before-build') ? this.inBackground(reporter.track('Login', () => this.login())) : undefined);
    const pulls = has('pull-registry-logins') ? this.inBackground(this.loginPullRegistries()) : undefined;
    const refs = plan.localTags.map((t) => `${repo.uri}:${t}`);
    let built: Built;
    if (this.flight) {
      // Started before the repository's URI was known: tagged now, all before the push (the push is
      // then the one docker child a cancel during it meets); the local name is dropped after the
      // push (a removal waits while docker pushes the image).
      const flight = this.flight;
      built = await this.untilBuilt(
        Promise.all([flight.built, login, policies]).then(([b]) => b),
        repo,
      );
      // Names the build did not give (all of them after a build under the local name).
      const [given] = this.earlyNames;
      const missing = refs.filter((ref) => !this.earlyNames.includes(ref));
      if (missing.length) await reporter.track('Local tag', () => Promise.all(missing.map((ref) => this.docker.tag(given, ref))));
      this.earlyNames = this.earlyNames.filter((n) => !refs.includes(n));
    } else if (has('tag-local')) {
      if (has('login-before-build')) await login;
      built = await reporter.phase('Tag', () => this.tagLocal(refs));
    } else {
      // Base images are read during the build, so the builder must be logged in first. A build-only
      // run logs in for the layer cache only when there is a cache image to read.
      const cacheFrom = has('cache') && cacheDigest ? await this.cacheSource(cacheDigest, () => login ?? this.login()) : undefined;
      if (has('login-before-build')) await login;
      await pulls;
      this.flight = this.startBuild(refs, has('cache') ? { from: cacheFrom } : undefined, has('builder-push'));
      built = await this.untilBuilt(this.flight.built, repo);
    }
    this.flight = undefined;
    if (!plan.pushed) {
      await this.dropEarlyNames();
      return this.outputs(repo, '', false);
    }

    await Promise.all([login, policies]);
    const digest = has('builder-push')
      ? built.pushedDigest!
      : await reporter.phase('Push', () => this.docker.push(`${repo.uri}:${this.sha}`, () => this.login()));
    await this.dropEarlyNames();
    if (has('copy-tags')) await reporter.phase('Tag', async () => this.copyTags(repo, { digest, ...(await this.ecr.manifest(repo.name, digest)) }, existing));
    return this.outputs(repo, digest, true);
  }

  /** The build's end; a refused pull gets the hint naming the registry this run did not log in to. */
  private async untilBuilt(built: Promise<Built>, repo: RepositoryInfo): Promise<Built> {
    try {
      return await built;
    } catch (err) {
      const hint =
        err instanceof DockerError &&
        missingPullRegistryHint(err.message, dockerfilePath(this.o), [...this.loggedIn, repo.uri.split('/')[0]], this.req.context.region);
      throw hint ? new DockerError(err.message, hint) : err;
    }
  }

  /** The latest image's digest for the layer cache; null when the look-up failed (said as a warning: it never fails the delivery). */
  private async latestImage(): Promise<string | undefined | null> {
    try {
      // A part's layers come from its own platform's parts: another platform's would make its image.
      return await this.ecr.latestImage!(this.o.repository, this.o.mode === 'part' ? partTag('', this.o.platform!) : undefined);
    } catch (err) {
      if (err instanceof DeadlineError) throw err;
      this.req.reporter.warning(`no layer cache: ${(err as Error).message}`);
      return null;
    }
  }

  /**
   * The layer cache's source: the latest image in the repository, pinned by digest (no
   * moving cache tag, so IMMUTABLE repositories work too). The builder reads it from the registry,
   * so docker is logged in first; the classic builder needs it pulled. Never fails the delivery.
   */
  private async cacheSource(latest: Promise<string | undefined | null>, login: () => Promise<string>): Promise<string | undefined> {
    const digest = await latest;
    if (digest === undefined) this.req.reporter.info('No layer cache yet: the repository has no image to reuse layers from');
    if (!digest) return undefined;
    let ref = `${this.o.repository}@${digest}`;
    try {
      // The registry's host from the login's answer: the repository step may still run.
      ref = `${await login()}/${ref}`;
      if ((await this.docker.builder()) === 'classic' && !(await this.docker.pullCache(ref))) return undefined;
      this.req.reporter.info(`Layer cache: ${ref}`);
      return ref;
    } catch (err) {
      if (err instanceof DeadlineError) throw err;
      this.req.reporter.warning(`no layer cache: ${(err as Error).message}`);
      return undefined;
    }
  }

  /**
   * `scan-wait`: ECR's scan of the delivered digest, after every tag is verified. Nothing pushed
   * (push: false) means nothing to scan.
   */
  private async scan(outputs: Outputs): Promise<ScanReport | undefined> {
    if (!this.o.scanWait || !this.repo) return undefined;
    if (!outputs.digest) {
      this.req.reporter.info('scan-wait: nothing was pushed (push: false), so there is no scan to wait for');
      return undefined;
    }
    const { reporter } = this.req;
    const repo = this.repo;
    const ecr = this.ecr;
    if (!ecr.scanFindings || !ecr.startScan)
      throw new RegistryError('scan-wait: this registry does not scan images', 'ECR Public has no image scanning: drop scan-wait');
    return reporter.phase('Scan', () =>
      waitForScan(ecr as ScanSource, {
        repository: this.o.repository,
        digest: outputs.digest,
        timeoutSeconds: this.o.scanTimeoutSeconds,
        start: this.o.scanStart,
        threshold: this.o.failOnSeverity,
        scanOnPush: repo.scanOnPush,
        info: (m) => reporter.info(m),
      }),
    );
  }

  /** Marked handled at once: a rejection while the build still runs must not crash the process. */
  private inBackground<T>(work: Promise<T>): Promise<T> {
    work.catch(() => undefined);
    this.background.push(work);
    return work;
  }

  /** push: false creates nothing; the URI still comes from ECR (the repository, else the login endpoint). */
  private async lookUpRepository(): Promise<RepositoryInfo> {
    const found = await this.ecr.findRepository(this.o.repository);
    if (found) return found;
    const { host } = await this.ecr.login();
    return {
      name: this.o.repository,
      uri: `${host}/${this.o.repository}`,
      arn: '',
      mutability: 'MUTABLE',
      exclusionFilters: [],
      scanOnPush: false,
      created: false,
    };
  }

  /** Into the run's private docker config: nothing for a post step to log out. Returns the registry's host. */
  private async login(): Promise<string> {
    return this.dockerLogin(await this.ecr.login());
  }

  private async dockerLogin(login: RegistryLogin): Promise<string> {
    await this.docker.login(login);
    this.loggedIn.push(login.host);
    return login.host;
  }

  /** The base-image registries, through the same docker login (and docker config) as the target. */
  private async loginPullRegistries(): Promise<void> {
    const logins = await this.req.reporter.phase('Login to pull registries', () => this.pullLogins());
    for (const login of logins) {
      await this.docker.login(login);
      this.loggedIn.push(login.host);
    }
  }

  private async tagLocal(refs: string[]): Promise<Built> {
    for (const ref of refs) await this.docker.tag(this.o.image!, ref);
    return {};
  }

  /** The build; with `builderPush` the builder pushes the SHA tag itself and reports its digest. */
  private async build(refs: string[], builderPush: boolean, cache: { from?: string } | undefined, signal: AbortSignal): Promise<Built> {
    requireBuildFiles(this.o);
    const built = await this.docker.build(
      {
        context: this.o.context,
        dockerfile: dockerfilePath(this.o),
        tags: refs,
        labels: this.labels(),
        buildArgs: this.o.buildArgs,
        target: this.o.target,
        platform: this.o.platform,
        cache,
        secrets: buildSecretsOf(this.o),
        provenance: this.o.provenance,
        pushFromBuilder: builderPush,
        signal,
      },
      await this.docker.builder(),
    );
    if (builderPush && !built.pushedDigest) throw new DockerError('buildx pushed but reported no digest');
    return built;
  }

  /** OCI labels: revision, created, source and version, then the user's `labels` (which win). */
  private labels(): Record<string, string> {
    const ctx = this.req.context;
    const labels: Record<string, string> = {
      'org.opencontainers.image.revision': ctx.commitSha,
      'org.opencontainers.image.created': new Date().toISOString(),
    };
    if (ctx.sourceUrl) labels['org.opencontainers.image.source'] = ctx.sourceUrl;
    if (ctx.release.version) labels['org.opencontainers.image.version'] = ctx.release.version;
    for (const line of this.o.labels) {
      const at = line.indexOf('=');
      labels[line.slice(0, at)] = line.slice(at + 1);
    }
    return labels;
  }

  /**
   * Extra tags point at the delivered image by manifest copy: no second push, no layer traffic.
   * Each PutImage answer (or ImageAlreadyExists: already there) says the tag now points at that
   * digest, as the push's own answer does for the SHA tag: no look-up afterwards adds to that.
   */
  private async copyTags(repo: RepositoryInfo, image: ImageRecord, existing: Map<string, ImageRecord>): Promise<void> {
    const moves = this.tags.slice(1).filter((t) => existing.get(t)?.digest !== image.digest);
    await putTags(this.ecr, repo.name, image, moves);
  }

  private outputs(repo: RepositoryInfo, digest: string, pushed: boolean): Outputs {
    return {
      registry: repo.uri.split('/')[0],
      'repository-uri': repo.uri,
      image: `${repo.uri}:${this.sha}`,
      digest,
      'image-ref': digest ? `${repo.uri}@${digest}` : '',
      tags: this.tags,
      pushed,
      'scan-findings': '',
    };
  }
}
