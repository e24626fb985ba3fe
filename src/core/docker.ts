/**
 * The docker CLI. Every call is an argv array; the registry password only ever goes to stdin.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watched, type Deadline } from './aws';
import { DockerError, PrerequisiteError } from './errors';
import type { RunOptions, RunResult, Runner } from '../io/exec';
import type { RegistryLogin } from './registry';
import type { Reporter } from './report';

export interface BuildRequest {
  context: string;
  dockerfile: string;
  /** Full references (`<repository-uri>:<tag>`), the SHA tag first. */
  tags: string[];
  labels: Record<string, string>;
  buildArgs: string[];
  target?: string;
  platform?: string;
  /** Registry cache in the same ECR repository, when `cache` is on; written only by pushing runs. */
  cache?: { ref: string; write: boolean };
  provenance: boolean;
  /** buildx only: push from the builder (multi-platform or attestations can't be loaded locally). */
  pushFromBuilder: boolean;
}

const PUSH_ATTEMPTS = 3;
const TRANSIENT = /\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i;
const AUTH = /no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i;

/** A path argument must never be read as a flag. */
const asPath = (p: string): string => (p.startsWith('-') ? `./${p}` : p);

export function needsBuildx(o: { platform?: string; cache: boolean; provenance: boolean }): string | undefined {
  if (o.platform) return 'platform';
  if (o.cache) return 'cache';
  if (o.provenance) return 'provenance';
  return undefined;
}

export function buildArgv(req: BuildRequest, buildx: boolean, metadataFile?: string): string[] {
  const argv = buildx ? ['buildx', 'build'] : ['build'];
  argv.push('--file', asPath(req.dockerfile));
  for (const tag of req.tags) argv.push('--tag', tag);
  for (const [key, value] of Object.entries(req.labels)) argv.push('--label', `${key}=${value}`);
  for (const arg of req.buildArgs) argv.push('--build-arg', arg);
  if (req.target) argv.push('--target', req.target);
  if (buildx) {
    if (req.platform) argv.push('--platform', req.platform);
    argv.push('--provenance', req.provenance ? 'mode=max' : 'false');
    if (req.provenance) argv.push('--sbom', 'true');
    if (req.cache) {
      argv.push('--cache-from', `type=registry,ref=${req.cache.ref}`);
      // ECR only stores cache manifests written as an OCI image manifest.
      if (req.cache.write) argv.push('--cache-to', `type=registry,ref=${req.cache.ref},mode=max,image-manifest=true,oci-mediatypes=true`);
    }
    argv.push(req.pushFromBuilder ? '--push' : '--load');
    if (metadataFile) argv.push('--metadata-file', metadataFile);
  }
  argv.push(asPath(req.context));
  return argv;
}

/** `docker push` prints `<tag>: digest: sha256:… size: N` once the manifest is stored. */
export function pushedDigest(output: string): string | undefined {
  return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1];
}

// A daemon that takes the connection and never answers must fail the run in seconds, not at timeout-seconds.
const PROBE_TIMEOUT_MS = 10_000;

export class Docker {
  /** `env`: the environment of every docker child (dockerChildEnv: a delivery's private DOCKER_CONFIG). */
  constructor(private readonly runner: Runner, private readonly reporter: Reporter, private readonly deadline?: Deadline,
    private readonly env: NodeJS.ProcessEnv = process.env) {}

  /** Every docker call, named for the deadline's message; none starts once time is up. */
  private run(command: string, args: string[], options?: RunOptions): Promise<RunResult> {
    return watched(this.deadline, `docker ${args[0] === 'buildx' ? 'buildx build' : args[0]}`, () => this.runner(command, args, { ...options, env: this.env }));
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
      throw new PrerequisiteError('docker is not installed: no `docker` command on PATH',
        'use a runner or executor with Docker (CircleCI: the machine executor, or a docker image with setup_remote_docker)');
    }
    if (result.timedOut) {
      throw new PrerequisiteError(`the docker daemon did not answer within ${PROBE_TIMEOUT_MS / 1000} s (docker version)`,
        'the daemon is hung or overloaded: restart the docker engine (or check DOCKER_HOST / the docker context)');
    }
    if (result.code !== 0) {
      const why = result.stderr.trim().split('\n').pop() ?? '';
      throw new PrerequisiteError(`the docker daemon is not reachable: ${why}`,
        'start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the machine executor)');
    }
  }

  private buildx?: Promise<boolean>;

  /** Asked once per run. False too when docker itself is missing: check() is the one that says so. */
  hasBuildx(): Promise<boolean> {
    this.buildx ??= this.run('docker', ['buildx', 'version'], { silent: true }).then((r) => r.code === 0, () => false);
    return this.buildx;
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
      input: Buffer.from(login.password), output: this.reporter.output });
    if (result.code !== 0) throw new DockerError(`docker login to ${login.host} failed: ${lastLine(result)}`);
  }

  async logout(host: string): Promise<void> {
    await this.run('docker', ['logout', host], { output: this.reporter.output });
  }

  /** Builds; returns the pushed digest when buildx pushed from the builder. */
  async build(req: BuildRequest, buildx: boolean): Promise<string | undefined> {
    const dir = buildx ? mkdtempSync(join(tmpdir(), 'ecr-deliver-')) : undefined;
    const metadataFile = dir ? join(dir, 'metadata.json') : undefined;
    try {
      const result = await this.run('docker', buildArgv(req, buildx, metadataFile), { output: this.reporter.output });
      if (result.code !== 0) {
        throw new DockerError(`docker ${buildx ? 'buildx build' : 'build'} failed (exit ${result.code}): ${lastLine(result)}`,
          req.cache ? 'a registry cache needs a buildx builder with the docker-container driver (GitHub: docker/setup-buildx-action)' : undefined);
      }
      if (!metadataFile || !req.pushFromBuilder) return undefined;
      const metadata = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, string>;
      return metadata['containerimage.digest'];
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }

  async tag(source: string, target: string): Promise<void> {
    const result = await this.run('docker', ['tag', source, target], { output: this.reporter.output });
    if (result.code !== 0) throw new DockerError(`docker tag ${source} ${target} failed: ${lastLine(result)}`);
  }

  /**
   * Push with retries on transient registry faults; an auth refusal (expired ECR token) gets one
   * fresh login. Returns the digest the registry stored.
   */
  async push(ref: string, relogin: () => Promise<void>): Promise<string> {
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
        this.reporter.warning(`the registry refused the credentials (${lastLine(result)}); logging in again`);
        await relogin();
        continue;
      }
      if (AUTH.test(text)) {
        throw new DockerError(`docker push ${ref} was refused after a fresh login: ${lastLine(result)}`,
          'the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability');
      }
      if (!TRANSIENT.test(text) || attempt >= PUSH_ATTEMPTS) {
        throw new DockerError(`docker push ${ref} failed after ${attempt} attempt(s): ${lastLine(result)}`);
      }
      this.reporter.warning(`docker push failed (${lastLine(result)}); retrying (${attempt}/${PUSH_ATTEMPTS - 1})`);
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** (attempt - 1)));
    }
  }
}

// Lines docker prints on stderr that never explain a failure (legacy builder banner, login warnings).
const NOISE = /^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;

/** The line that explains a failure: docker writes its own error last on stderr. */
function lastLine(result: RunResult): string {
  const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l && !NOISE.test(l));
  const stdout = lines(result.stdout);
  return lines(result.stderr).pop()
    ?? [...stdout].reverse().find((l) => /error|denied|fail|unauthorized/i.test(l))
    ?? stdout.pop() ?? `exit ${result.code}`;
}
