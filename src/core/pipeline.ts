/**
 * The delivery pipeline, CI-agnostic: credentials → repository → (build ∥ login) → push → extra
 * tags by manifest copy → verify that every tag points at the delivered digest.
 */

import { buildSecretsOf, checkSecretSources, secretValues } from './build-secrets';
import { buildkitPreference } from './builder';
import { dockerChildEnv } from './child-env';
import { Deadline } from './deadline';
import { builderNeeds, Docker } from './docker';
import { PrivateDockerConfig } from './docker-config';
import { DeadlineError, DockerError, RegistryError } from './errors';
import { mergeParts } from './multi-arch/merge';
import { partTag } from './multi-arch/platforms';
import { dockerfilePath, requireBuildFiles } from './options/checks';
import type { Outputs } from './options/outputs';
import type { Options } from './options/table';
import { type DeliveryPlan, planDelivery, type Step } from './plan';
import { fromHosts, missingPullRegistryHint, pullRegistryLogins } from './pull-registries';
import { type ImageRecord, putTags, type RegistryLogin, type RepositoryInfo } from './registry/target';
import { mutableTagFilters } from './release-tags';
import { type ScanReport, type ScanSource, scanFindingsOutput, waitForScan } from './scan';
import { type DeliverRequest, fetchToken, openRegistry, type Registry, resolveCredentials } from './session';

/** What a delivery hands its front end: the outputs, and the scan it waited for (`scan-wait`). */
export interface Delivered {
  outputs: Outputs;
  scan?: ScanReport;
}

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

async function deliverWithin(req: DeliverRequest, deadline: Deadline, dockerEnv: NodeJS.ProcessEnv): Promise<Delivered> {
  const { options: o, context: ctx, reporter } = req;
  const docker = new Docker(req.run, reporter, deadline, dockerEnv);
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

  const credentials = await reporter.phase('Credentials', () => resolveCredentials(req, token, deadline));
  const ecr = openRegistry(req, credentials, deadline);
  const pulls = () => pullRegistryLogins(o.pullRegistries, ctx.region, credentials, deadline);
  try {
    return await new Delivery({ ...req, options: { ...o, platform } }, docker, ecr, pulls).run();
  } finally {
    ecr.close();
  }
}

class Delivery {
  private readonly o: Options;
  private readonly sha: string;
  private readonly tags: string[];
  /** The repository as the Repository phase found or created it (the scan wait reads its settings). */
  private repo?: RepositoryInfo;

  /** Hosts docker was logged in to by this run (a failed pull's hint names the others). */
  private readonly loggedIn: string[] = [];

  constructor(
    private readonly req: DeliverRequest,
    private readonly docker: Docker,
    private readonly ecr: Registry,
    private readonly pullLogins: () => Promise<RegistryLogin[]> = async () => [],
  ) {
    this.o = req.options;
    // A part carries only its platform's tag: the extra tags are the merge's.
    this.sha = this.o.mode === 'part' ? partTag(req.context.commitSha, this.o.platform!) : req.context.commitSha;
    // Derived tags (semver, branch, pr) join `tags`: same rule (context.ts), same immutability checks.
    this.tags = this.o.mode === 'part' ? [this.sha] : [...new Set([this.sha, ...this.o.tags, ...req.context.release.tags])];
  }

  /** Steps started alongside others (login, policies); a failure waits for them before it is reported. */
  private readonly background: Promise<unknown>[] = [];

  async run(): Promise<Delivered> {
    try {
      const outputs = await this.steps();
      const scan = await this.scan(outputs);
      return { outputs: { ...outputs, 'scan-findings': scanFindingsOutput(scan) }, scan };
    } catch (err) {
      // A background step (login, policies) ends before the run's failure is reported (and the
      // private docker config removed); one that fails after it must not surface as an unhandled rejection.
      await Promise.allSettled(this.background);
      throw err;
    }
  }

  private async steps(): Promise<Outputs> {
    const { reporter } = this.req;
    // The builder: probed since the prerequisites (deliverWithin).
    const [repo, existing] = await reporter.phase('Repository', () =>
      Promise.all([
        this.o.push ? this.ecr.ensureRepository(this.o, mutableTagFilters(this.o.tags, this.req.context.release)) : this.lookUpRepository(),
        this.ecr.images(this.o.repository, this.tags),
      ]),
    );
    this.repo = repo;
    if (repo.created) reporter.info(`Created repository ${repo.uri} (${repo.mutability})`);
    const plan = planDelivery(this.o, {
      tags: this.tags,
      repository: repo,
      existing,
      builder: this.o.image ? undefined : await this.docker.builder(),
      cacheSource: this.ecr.latestImage !== undefined,
      // A base image from the target registry itself (a pull-through cache prefix) is pulled by the build.
      baseFromTarget: !this.o.image && fromHosts(dockerfilePath(this.o)).includes(repo.uri.split('/')[0]),
    });
    return this.execute(plan, repo, existing);
  }

  /** Carries the plan out: AWS-side steps run in the background while the build does. */
  private async execute(plan: DeliveryPlan, repo: RepositoryInfo, existing: Map<string, ImageRecord>): Promise<Outputs> {
    const { reporter } = this.req;
    const has = (step: Step) => plan.steps.includes(step);
    const policies = has('policies') ? this.inBackground(this.ecr.applyPolicies(this.o)) : Promise.resolve();
    if (plan.reuse) {
      const reuse = plan.reuse;
      reporter.info(`${repo.uri}:${this.sha} already exists (${reuse.digest}): nothing to build or upload`);
      if (!has('verify')) return this.outputs(repo, reuse.digest, false);
      await policies;
      if (has('copy-tags')) await reporter.phase('Tag', () => this.copyTags(repo, reuse, existing));
      return this.verified(repo, reuse.digest, false);
    }

    // Tracked, not a phase: it runs during the build, and the timeline shows the two side by side.
    const login = has('login') || has('login-before-build') ? this.inBackground(reporter.track('Login', () => this.login())) : undefined;
    const pulls = has('pull-registry-logins') ? this.inBackground(this.loginPullRegistries()) : undefined;
    // Base images are read during the build, so the builder must be logged in first. A build-only
    // run logs in for the layer cache only when there is a cache image to read.
    const cacheFrom = has('cache') ? this.cacheSource(repo, () => login ?? this.login()) : undefined;
    if (has('login-before-build')) await login;
    await pulls;
    const refs = plan.localTags.map((t) => `${repo.uri}:${t}`);
    const builtDigest = has('tag-local')
      ? await reporter.phase('Tag', () => this.tagLocal(refs))
      : await reporter.phase('Build', () => this.build(refs, repo, has('builder-push'), cacheFrom));
    if (!plan.pushed) return this.outputs(repo, '', false);

    await Promise.all([login, policies]);
    const digest = has('builder-push') ? builtDigest! : await reporter.phase('Push', () => this.docker.push(`${repo.uri}:${this.sha}`, () => this.login()));
    // Extra tags need the pushed manifest; with none, verified() is the only lookup needed.
    if (has('copy-tags')) {
      await reporter.phase('Tag', async () => {
        const pushed = (await this.ecr.images(this.o.repository, [this.sha])).get(this.sha);
        if (!pushed || pushed.digest !== digest) throw new RegistryError(`ECR does not show ${this.sha} at the pushed digest ${digest}`);
        await this.copyTags(repo, pushed, existing);
      });
    }
    return this.verified(repo, digest, true);
  }

  /**
   * The layer cache's source: the latest image in the repository, pinned by digest (no
   * moving cache tag, so IMMUTABLE repositories work too). The builder reads it from the registry,
   * so docker is logged in first; the classic builder needs it pulled. Never fails the delivery.
   */
  private async cacheSource(repo: RepositoryInfo, login: () => Promise<void>): Promise<string | undefined> {
    try {
      // A part's layers come from its own platform's parts: another platform's would make its image.
      const digest = await this.ecr.latestImage!(repo.name, this.o.mode === 'part' ? partTag('', this.o.platform!) : undefined);
      if (!digest) {
        this.req.reporter.info('No layer cache yet: the repository has no image to reuse layers from');
        return undefined;
      }
      const ref = `${repo.uri}@${digest}`;
      await login();
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

  /** Into the run's private docker config: nothing for a post step to log out. */
  private async login(): Promise<void> {
    const login = await this.ecr.login();
    await this.docker.login(login);
    this.loggedIn.push(login.host);
  }

  /** The base-image registries, through the same docker login (and docker config) as the target. */
  private async loginPullRegistries(): Promise<void> {
    const logins = await this.req.reporter.phase('Login to pull registries', () => this.pullLogins());
    for (const login of logins) {
      await this.docker.login(login);
      this.loggedIn.push(login.host);
    }
  }

  private async tagLocal(refs: string[]): Promise<undefined> {
    for (const ref of refs) await this.docker.tag(this.o.image!, ref);
    return undefined;
  }

  /** The build; with `builderPush` the builder pushes the SHA tag itself and reports its digest. */
  private async build(refs: string[], repo: RepositoryInfo, builderPush: boolean, cacheFrom?: Promise<string | undefined>): Promise<string | undefined> {
    requireBuildFiles(this.o);
    const build = this.docker.build(
      {
        context: this.o.context,
        dockerfile: dockerfilePath(this.o),
        tags: refs,
        labels: this.labels(),
        buildArgs: this.o.buildArgs,
        target: this.o.target,
        platform: this.o.platform,
        cache: cacheFrom ? { from: await cacheFrom } : undefined,
        secrets: buildSecretsOf(this.o),
        provenance: this.o.provenance,
        pushFromBuilder: builderPush,
      },
      await this.docker.builder(),
    );
    const digest = await build.catch((err: unknown) => {
      const hint =
        err instanceof DockerError &&
        missingPullRegistryHint(err.message, dockerfilePath(this.o), [...this.loggedIn, repo.uri.split('/')[0]], this.req.context.region);
      throw hint ? new DockerError(err.message, hint) : err;
    });
    if (builderPush && !digest) throw new DockerError('buildx pushed but reported no digest');
    return digest;
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

  /** Extra tags point at the delivered image by manifest copy: no second push, no layer traffic. */
  private async copyTags(repo: RepositoryInfo, image: ImageRecord, existing: Map<string, ImageRecord>): Promise<void> {
    const moves = this.tags.slice(1).filter((t) => existing.get(t)?.digest !== image.digest);
    await putTags(this.ecr, repo.name, image, moves);
  }

  /** Exit 0 only when every requested tag points at the delivered digest in ECR. */
  private async verified(repo: RepositoryInfo, digest: string, pushed: boolean): Promise<Outputs> {
    const now = await this.ecr.images(this.o.repository, this.tags);
    const wrong = this.tags.filter((t) => now.get(t)?.digest !== digest);
    if (wrong.length) {
      throw new RegistryError(
        `after delivery, tag(s) ${wrong.join(', ')} do not point at ${digest} in ECR`,
        'another delivery may have moved them at the same time; re-run to deliver again',
      );
    }
    return this.outputs(repo, digest, pushed);
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
