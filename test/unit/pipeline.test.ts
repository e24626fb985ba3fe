/**
 * The delivery pipeline (src/core/pipeline.ts) without dockerd or AWS: a fake runner plays the
 * docker CLI and a fake registry plays ECR. Both write to one journal, so the tests assert what
 * the pipeline asked for, and in which order, where the order is the point.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { RunContext } from '../../src/core/context';
import { DockerError, RegistryError } from '../../src/core/errors';
import type { Outputs } from '../../src/core/options/outputs';
import { parseOptions } from '../../src/core/options/parse';
import type { Options } from '../../src/core/options/table';
import { deliver } from '../../src/core/pipeline';
import { type ImageRecord, isTagImmutable, type RepositoryInfo } from '../../src/core/registry/target';
import type { Reporter } from '../../src/core/report';
import type { OpenRegistry, Registry } from '../../src/core/session';
import type { Runner, RunResult } from '../../src/io/exec';

const SHA = 'c0ffee'.padEnd(40, '0');
const HOST = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const REPO = 'team/api';
const URI = `${HOST}/${REPO}`;
const digestOf = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;
/** The journal's name for the local name a build started before the repository's URI gets. */
const LOCAL = 'LOCAL';
const local = (name: string) => (/^ecr-deliver-build:[0-9a-f]{12}$/.test(name) ? LOCAL : name);
const image = (n: number): ImageRecord => ({ digest: digestOf(n), manifest: `{"manifest":${n}}`, mediaType: 'application/vnd.oci.image.manifest.v1+json' });

/** ECR as the pipeline sees it: repositories with tags, each tag pointing at an image record. */
class FakeEcr implements Registry {
  readonly repositories = new Map<string, { info: RepositoryInfo; tags: Map<string, ImageRecord> }>();
  /** Runs after each PutImage: a hook for another delivery racing this one. */
  afterPutTag?: (repository: string, tag: string) => void;
  /** Awaited before the repository step answers: a test holds it to see what runs meanwhile. */
  repositoryHeld?: Promise<void>;

  constructor(private readonly journal: string[]) {}

  addRepository(mutability = 'MUTABLE', tags: Record<string, ImageRecord> = {}): void {
    const info = {
      name: REPO,
      uri: URI,
      arn: `arn:aws:ecr:eu-west-1:123456789012:repository/${REPO}`,
      mutability,
      exclusionFilters: [],
      scanOnPush: false,
      created: false,
    };
    this.repositories.set(REPO, { info, tags: new Map(Object.entries(tags)) });
  }

  tagged(tag: string): ImageRecord | undefined {
    return this.repositories.get(REPO)?.tags.get(tag);
  }

  async login() {
    this.journal.push('ecr GetAuthorizationToken');
    return { host: HOST, username: 'AWS', password: 'ecr-password' };
  }

  async findRepository(name: string) {
    this.journal.push('ecr DescribeRepositories');
    return this.repositories.get(name)?.info;
  }

  async ensureRepository(o: Options) {
    await this.repositoryHeld;
    const found = await this.findRepository(o.repository);
    if (found) return found;
    if (!o.createRepository) throw new RegistryError(`repository ${o.repository} does not exist`, 'create it, or set create-repository: true');
    this.journal.push('ecr CreateRepository');
    this.addRepository(o.imageTagMutability);
    return { ...this.repositories.get(o.repository)!.info, created: true };
  }

  async scanFindings() {
    this.journal.push('ecr DescribeImageScanFindings');
    return undefined;
  }

  async startScan() {
    this.journal.push('ecr StartImageScan');
  }

  async applyPolicies(o: Options) {
    if (o.lifecyclePolicy) this.journal.push('ecr PutLifecyclePolicy');
  }

  async images(repository: string, tags: string[]) {
    this.journal.push(`ecr BatchGetImage ${tags.join(',')}`);
    const stored = this.repositories.get(repository)?.tags ?? new Map<string, ImageRecord>();
    return new Map(tags.filter((t) => stored.has(t)).map((t) => [t, stored.get(t)!]));
  }

  /** The layer cache's source: the most recently stored image (the last tag set here, ending with `tagSuffix`). */
  async latestImage(repository: string, tagSuffix?: string) {
    this.journal.push(`ecr DescribeImages${tagSuffix ? ` *${tagSuffix}` : ''}`);
    return [...(this.repositories.get(repository)?.tags.entries() ?? [])].filter(([t]) => t.endsWith(tagSuffix ?? '')).at(-1)?.[1].digest;
  }

  async putTag(repository: string, record: ImageRecord, tag: string) {
    this.journal.push(`ecr PutImage ${tag} ${record.digest}`);
    const repo = this.repositories.get(repository)!;
    const at = repo.tags.get(tag);
    if (at && at.digest !== record.digest && isTagImmutable(repo.info, tag)) throw new RegistryError(`tag ${tag} is immutable`);
    repo.tags.set(tag, record);
    this.afterPutTag?.(repository, tag);
  }

  /** What the registry holds under a digest (the pipeline reads it after a push, from the registry). */
  async manifest(repository: string, digest: string) {
    this.journal.push(`registry GET manifest ${digest}`);
    const found = [...(this.repositories.get(repository)?.tags.values() ?? [])].find((r) => r.digest === digest);
    if (!found) throw new RegistryError(`no manifest ${digest}`);
    return { manifest: found.manifest, mediaType: found.mediaType };
  }

  close(): void {
    this.journal.push('ecr closed');
  }
}

/**
 * The docker CLI: no buildx nor embedded BuildKit (the classic builder), builds succeed, a push
 * stores the image in the fake ECR. With `buildxInspect` (a recorded `docker buildx inspect`), buildx
 * builds; a builder that pushes stores the image itself and writes its digest to --metadata-file.
 */
function fakeDocker(
  journal: string[],
  ecr: FakeEcr,
  pushed: ImageRecord,
  buildFails = false,
  buildHangs = false,
  buildxInspect?: string,
): { runner: Runner; logins: Buffer[]; builds: string[][] } {
  const logins: Buffer[] = [];
  const builds: string[][] = [];
  const ok = (stdout = ''): RunResult => ({ code: 0, stdout, stderr: '' });
  const runner: Runner = async (command, args, options) => {
    expect(command).toBe('docker');
    switch (args[0]) {
      case 'version':
        // The daemon: a 32-bit arm machine (its variant comes from `docker info`).
        return ok(args.includes('{{.Server.Os}}/{{.Server.Arch}}') ? 'linux/arm\n' : '28.0.0\n');
      case 'info':
        return ok(args.includes('{{.Architecture}}') ? 'armv7l\n' : '');
      case 'buildx':
        if (!buildxInspect) return { code: 1, stdout: '', stderr: 'docker: unknown command: docker buildx' };
        if (args[1] === 'version') return ok('github.com/docker/buildx 0.13.1\n');
        if (args[1] === 'inspect') return ok(buildxInspect);
        if (args[1] === 'build') {
          builds.push(args);
          const tags = args.filter((_, i) => args[i - 1] === '--tag');
          journal.push(`docker buildx build ${tags.map(local).join(' ')}`);
          const metadata = args[args.indexOf('--metadata-file') + 1];
          if (args.includes('--push')) {
            ecr.repositories.get(REPO)!.tags.set(tags[0].slice(tags[0].lastIndexOf(':') + 1), pushed);
            writeFileSync(metadata, JSON.stringify({ 'containerimage.digest': pushed.digest }));
          }
          return ok();
        }
        throw new Error(`unexpected docker ${args.join(' ')}`);
      case 'login':
        journal.push(`docker login ${args.at(-1)}`);
        logins.push(options?.input ?? Buffer.alloc(0));
        return ok('Login Succeeded\n');
      case 'build':
        if (args[1] === '--help') return { code: 1, stdout: '', stderr: 'ERROR: BuildKit is enabled but the buildx component is missing or broken.' };
        builds.push(args);
        journal.push(
          `docker build ${args
            .filter((_, i) => args[i - 1] === '--tag')
            .map(local)
            .join(' ')}`.trim(),
        );
        if (buildHangs && builds.length === 1) {
          // The first build runs until stopped, as docker does when its child gets SIGTERM.
          await new Promise((resolve) => (options?.signal?.aborted ? resolve(undefined) : options?.signal?.addEventListener('abort', resolve)));
          journal.push('docker build stopped');
          return { code: 143, stdout: '', stderr: '' };
        }
        return buildFails ? { code: 1, stdout: '', stderr: 'ERROR: failed to solve: exit code 2' } : ok();
      case 'pull':
        journal.push(`docker pull ${args.at(-1)}`);
        return ok();
      case 'tag':
        journal.push(`docker tag ${local(args[1])} ${args[2]}`);
        return ok();
      case 'rmi':
        journal.push(`docker rmi ${local(args.at(-1)!)}`);
        return ok();
      case 'push': {
        journal.push(`docker push ${args[1]}`);
        const tag = args[1].slice(args[1].lastIndexOf(':') + 1);
        ecr.repositories.get(REPO)!.tags.set(tag, pushed);
        return ok(`${tag}: digest: ${pushed.digest} size: 528\n`);
      }
      default:
        throw new Error(`unexpected docker ${args.join(' ')}`);
    }
  };
  return { runner, logins, builds };
}

const quiet: Reporter = {
  info: () => undefined,
  warning: () => undefined,
  secret: () => undefined,
  phase: (_title, run) => run(),
  track: (_title, run) => run(),
  output: new Writable({ write: (_chunk, _encoding, done) => done() }),
};

let dir: string;
const savedDockerHost = process.env.DOCKER_HOST;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pipeline-test-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(join(dir, 'lifecycle.json'), '{"rules":[]}');
  // Not a unix socket: the docker prerequisite is answered by the fake runner, never by a real daemon.
  process.env.DOCKER_HOST = 'tcp://127.0.0.1:1';
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (savedDockerHost === undefined) delete process.env.DOCKER_HOST;
  else process.env.DOCKER_HOST = savedDockerHost;
});

interface Run {
  journal: string[];
  ecr: FakeEcr;
  logins: Buffer[];
  builds: string[][];
  result: Promise<Outputs>;
}

/** One delivery with the fakes; `setUp` prepares the fake ECR before the run starts. */
function run(
  values: Record<string, string>,
  setUp: (ecr: FakeEcr) => void = () => undefined,
  opts: { buildFails?: boolean; buildHangs?: boolean; release?: RunContext['release']; buildxInspect?: string } = {},
): Run {
  const journal: string[] = [];
  const ecr = new FakeEcr(journal);
  setUp(ecr);
  const { runner, logins, builds } = fakeDocker(journal, ecr, image(7), opts.buildFails, opts.buildHangs, opts.buildxInspect);
  // No layer cache unless a test asks for it: the build then needs nothing from AWS and starts at once.
  const options = parseOptions((name) => ({ repository: REPO, context: dir, 'commit-sha': SHA, cache: 'false', ...values })[name]);
  const context: RunContext = { ci: 'other', region: 'eu-west-1', commitSha: SHA, sessionName: 'test', sourceUrl: '', release: opts.release ?? { tags: [] } };
  const openRegistry: OpenRegistry = (region, credentials) => {
    journal.push(`ecr opened in ${region}${credentials ? ' with role credentials' : ''}`);
    return ecr;
  };
  const result = deliver({ options, context, reporter: quiet, run: runner, env: {}, openRegistry }).then((delivered) => delivered.outputs);
  return { journal, ecr, logins, builds, result };
}

/** Asserts that `steps` occur in the journal in this order (other entries may come between). */
function expectInOrder(journal: string[], steps: string[]): void {
  let from = 0;
  const found = steps.map((step) => {
    const at = journal.indexOf(step, from);
    if (at >= 0) from = at + 1;
    return at >= 0 ? step : `${step} (not found after entry ${from - 1})`;
  });
  expect({ journal, steps: found }).toEqual({ journal, steps });
}

async function expectFailure(result: Promise<unknown>, type: new (...args: never[]) => Error, message: string): Promise<void> {
  const err = await result.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(type);
  expect((err as Error).message).toBe(message);
}

const ops = (journal: string[], prefix: string) => journal.filter((e) => e.startsWith(prefix));

describe('pipeline with a fake docker and a fake ECR', () => {
  it('a first delivery: built under a local name alongside the AWS calls, tagged once the repository is there and the local name dropped, ECR and docker login before the push; no look-up after the push; outputs typed', async () => {
    const r = run({});
    const outputs = await r.result;
    expectInOrder(r.journal, [
      'ecr opened in eu-west-1',
      'ecr DescribeRepositories',
      'ecr CreateRepository',
      `docker tag ${LOCAL} ${URI}:${SHA}`,
      `docker push ${URI}:${SHA}`,
      'ecr closed',
    ]);
    // The local name is dropped once the push is done (docker holds an image's removal while it pushes it).
    expectInOrder(r.journal, [`docker tag ${LOCAL} ${URI}:${SHA}`, `docker push ${URI}:${SHA}`, `docker rmi ${LOCAL}`]);
    expectInOrder(r.journal, ['ecr GetAuthorizationToken', `docker login ${HOST}`, `docker push ${URI}:${SHA}`]);
    // The look-up before; the push's own answer is the proof after.
    expect(ops(r.journal, 'ecr BatchGetImage')).toEqual([`ecr BatchGetImage ${SHA}`]);
    expect(ops(r.journal, 'docker build')).toEqual([`docker build ${LOCAL}`]);
    expect(r.logins.map(String)).toEqual(['ecr-password']);
    expect(outputs).toEqual({
      registry: HOST,
      'repository-uri': URI,
      image: `${URI}:${SHA}`,
      digest: digestOf(7),
      'image-ref': `${URI}@${digestOf(7)}`,
      tags: [SHA],
      pushed: true,
      'scan-findings': '',
    });
  });

  it('extra tags: every tag given locally, one docker push (the SHA tag), the others by manifest copy of the pushed manifest read from the registry once; no ECR look-up after the push', async () => {
    const r = run({ tags: 'latest,v1' }, (ecr) => ecr.addRepository());
    const outputs = await r.result;
    expect(ops(r.journal, 'docker tag').sort()).toEqual([SHA, 'latest', 'v1'].map((t) => `docker tag ${LOCAL} ${URI}:${t}`).sort());
    expect(ops(r.journal, 'docker push')).toEqual([`docker push ${URI}:${SHA}`]);
    expect(ops(r.journal, 'ecr PutImage').sort()).toEqual([`ecr PutImage latest ${digestOf(7)}`, `ecr PutImage v1 ${digestOf(7)}`]);
    for (const tag of ['latest', 'v1']) {
      expectInOrder(r.journal, [
        `docker tag ${LOCAL} ${URI}:${SHA}`,
        `docker push ${URI}:${SHA}`,
        `registry GET manifest ${digestOf(7)}`,
        `ecr PutImage ${tag} ${digestOf(7)}`,
      ]);
    }
    expect(ops(r.journal, 'registry GET')).toHaveLength(1);
    expect(ops(r.journal, 'ecr BatchGetImage')).toEqual([`ecr BatchGetImage ${SHA},latest,v1`]);
    expect(r.ecr.tagged('latest')).toEqual(image(7));
    expect(r.ecr.tagged('v1')).toEqual(image(7));
    expect(outputs.tags).toEqual([SHA, 'latest', 'v1']);
    expect(outputs.pushed).toBe(true);
  });

  it('skip-existing with the SHA tag in ECR: no build, no login, no push; the extra tag copied from the existing manifest; pushed false', async () => {
    const r = run({ 'skip-existing': 'true', tags: 'latest' }, (ecr) => ecr.addRepository('MUTABLE', { [SHA]: image(3), latest: image(1) }));
    const outputs = await r.result;
    expect(ops(r.journal, 'docker ')).toEqual([]);
    expect(r.journal).not.toContain('ecr GetAuthorizationToken');
    expect(ops(r.journal, 'ecr PutImage')).toEqual([`ecr PutImage latest ${digestOf(3)}`]);
    expect(r.ecr.tagged('latest')).toEqual(image(3));
    expect(outputs).toMatchObject({ digest: digestOf(3), 'image-ref': `${URI}@${digestOf(3)}`, tags: [SHA, 'latest'], pushed: false });
  });

  it('an IMMUTABLE repository that has the SHA tag: delivered as it is, without skip-existing; the build started alongside is stopped, nothing tagged or pushed', async () => {
    const r = run({}, (ecr) => ecr.addRepository('IMMUTABLE', { [SHA]: image(3) }), { buildHangs: true });
    const outputs = await r.result;
    expect(ops(r.journal, 'docker build')).toEqual([`docker build ${LOCAL}`, 'docker build stopped']);
    expect(ops(r.journal, 'docker tag')).toEqual([]);
    expect(ops(r.journal, 'docker push')).toEqual([]);
    expect(outputs).toMatchObject({ digest: digestOf(3), pushed: false });
  });

  it('an immutable extra tag that points at another image: refused while the build runs, which is stopped; nothing tagged, pushed or copied', async () => {
    const r = run({ tags: 'release' }, (ecr) => ecr.addRepository('IMMUTABLE', { release: image(1) }), { buildHangs: true });
    await expectFailure(
      r.result,
      RegistryError,
      `tag release already exists in the immutable repository ${REPO} at ${digestOf(1)}, which is not the image being delivered`,
    );
    expectInOrder(r.journal, [`ecr BatchGetImage ${SHA},release`, 'docker build stopped', 'ecr closed']);
    expect(r.builds).toHaveLength(1);
    expect(ops(r.journal, 'docker tag')).toEqual([]);
    expect(ops(r.journal, 'docker push')).toEqual([]);
    expect(ops(r.journal, 'ecr PutImage')).toEqual([]);
    expect(r.ecr.tagged('release')).toEqual(image(1));
    expect(r.ecr.tagged(SHA)).toBeUndefined();
  });

  it.each([
    ['finished before the refusal: the image tags it gave are removed', false, ['docker rmi URI:SHA', 'docker rmi URI:release']],
    ['stopped by the refusal: it gave no tag, and no tag is removed', true, []],
  ])('cache on, an immutable extra tag refused after the build started under the image tags, %s', async (_, buildHangs, removed) => {
    let release = () => undefined as void;
    const r = run(
      { tags: 'release', cache: 'true' },
      (ecr) => {
        ecr.addRepository('IMMUTABLE', { release: image(1) });
        ecr.repositoryHeld = new Promise((resolve) => (release = resolve));
      },
      { buildHangs },
    );
    // The repository step (and with it the refusal) waits until the build has started.
    for (let i = 0; i < 50 && !ops(r.journal, 'docker build').length; i++) await new Promise(setImmediate);
    release();
    await expectFailure(
      r.result,
      RegistryError,
      `tag release already exists in the immutable repository ${REPO} at ${digestOf(1)}, which is not the image being delivered`,
    );
    expect(ops(r.journal, 'docker build')).toEqual([`docker build ${URI}:${SHA} ${URI}:release`, ...(buildHangs ? ['docker build stopped'] : [])]);
    expect(ops(r.journal, 'docker rmi')).toEqual(removed.map((e) => e.replace('URI', URI).replace('SHA', SHA)));
    expect(ops(r.journal, 'docker push')).toEqual([]);
    expect(ops(r.journal, 'ecr PutImage')).toEqual([]);
  });

  it('tags derived from git join the SHA and `tags`: given locally and copied like them', async () => {
    const r = run({ tags: 'latest' }, (ecr) => ecr.addRepository(), { release: { tags: ['1.2.3', '1.2', '1'], version: '1.2.3' } });
    const outputs = await r.result;
    expect(outputs.tags).toEqual([SHA, 'latest', '1.2.3', '1.2', '1']);
    expect(ops(r.journal, 'docker tag').sort()).toEqual([SHA, 'latest', '1.2.3', '1.2', '1'].map((t) => `docker tag ${LOCAL} ${URI}:${t}`).sort());
    expect(ops(r.journal, 'ecr PutImage').sort()).toEqual(['1', '1.2', '1.2.3', 'latest'].map((t) => `ecr PutImage ${t} ${digestOf(7)}`));
    expect(r.journal).toContain(`ecr BatchGetImage ${SHA},latest,1.2.3,1.2,1`);
  });

  it('a derived tag that is immutable at another image is refused like an extra tag; the build is stopped', async () => {
    const r = run({}, (ecr) => ecr.addRepository('IMMUTABLE', { '1.2': image(1) }), {
      release: { tags: ['1.2.4', '1.2', '1'], version: '1.2.4' },
      buildHangs: true,
    });
    await expectFailure(
      r.result,
      RegistryError,
      `tag 1.2 already exists in the immutable repository ${REPO} at ${digestOf(1)}, which is not the image being delivered`,
    );
    expect(ops(r.journal, 'docker build')).toEqual([`docker build ${LOCAL}`, 'docker build stopped']);
    expect(r.ecr.tagged('1.2')).toEqual(image(1));
  });

  it('scan-wait with push: false asks ECR for no scan', async () => {
    const r = run({ push: 'false', 'scan-wait': 'true' });
    const outputs = await r.result;
    expect(outputs['scan-findings']).toBe('');
    expect(ops(r.journal, 'ecr DescribeImageScanFindings')).toEqual([]);
  });

  it('push: false creates nothing: no repository, no push, no tag copy; the URI comes from the login endpoint; pushed false, no digest', async () => {
    const r = run({ push: 'false', tags: 'latest', 'lifecycle-policy': join(dir, 'lifecycle.json') });
    const outputs = await r.result;
    expect(r.journal).not.toContain('ecr CreateRepository');
    expect(r.journal).not.toContain('ecr PutLifecyclePolicy');
    expect(ops(r.journal, 'docker tag').sort()).toEqual([`docker tag ${LOCAL} ${URI}:${SHA}`, `docker tag ${LOCAL} ${URI}:latest`]);
    expect(ops(r.journal, 'docker push')).toEqual([]);
    expect(ops(r.journal, 'docker login')).toEqual([]);
    expect(ops(r.journal, 'ecr PutImage')).toEqual([]);
    expect(r.ecr.repositories.size).toBe(0);
    expect(outputs).toEqual({
      registry: HOST,
      'repository-uri': URI,
      image: `${URI}:${SHA}`,
      digest: '',
      'image-ref': '',
      tags: [SHA, 'latest'],
      pushed: false,
      'scan-findings': '',
    });
  });

  it('cache: the build waits for the look-up, made beside the repository step, and starts once with the latest image, by digest, pulled and named in --cache-from, under the image tags (the host from the login); a build-only run logs in for it and builds under the local name', async () => {
    const r = run({ cache: 'true' }, (ecr) => ecr.addRepository('IMMUTABLE', { [SHA.replace('c', 'd')]: image(3) }));
    const ref = `${URI}@${digestOf(3)}`;
    await r.result;
    expectInOrder(r.journal, ['ecr DescribeImages', `docker login ${HOST}`, `docker pull ${ref}`, `docker build ${URI}:${SHA}`, `docker push ${URI}:${SHA}`]);
    expect(ops(r.journal, 'docker tag')).toEqual([]);
    expect(ops(r.journal, 'docker rmi')).toEqual([]);
    // Asked once, beside the repository's look-up (before the plan), not after it.
    expect(ops(r.journal, 'ecr DescribeImages')).toHaveLength(1);
    expectInOrder(r.journal, ['ecr DescribeImages', 'ecr DescribeRepositories']);
    expect(r.builds).toHaveLength(1);
    expect(r.builds[0]).toEqual(expect.arrayContaining(['--cache-from', ref]));
    const pr = run({ push: 'false', cache: 'true' }, (ecr) => ecr.addRepository('MUTABLE', { latest: image(4) }));
    await pr.result;
    expectInOrder(pr.journal, [
      'ecr DescribeImages',
      `docker login ${HOST}`,
      `docker pull ${URI}@${digestOf(4)}`,
      `docker build ${LOCAL}`,
      `docker tag ${LOCAL} ${URI}:${SHA}`,
    ]);
    expect(pr.builds.at(-1)).toEqual(expect.arrayContaining(['--cache-from', `${URI}@${digestOf(4)}`]));
    const none = run({ push: 'false', cache: 'true' });
    await none.result;
    expect(ops(none.journal, 'docker login')).toEqual([]);
    expect(none.builds.at(-1)).not.toContain('--cache-from');
  });

  it('cache: the build starts once the look-up and the login have answered, under the image tags, while the repository step is still held; pushed once it answers', async () => {
    let release = () => undefined as void;
    const r = run({ cache: 'true' }, (ecr) => {
      ecr.addRepository('MUTABLE', { [SHA.replace('c', 'd')]: image(3) });
      ecr.repositoryHeld = new Promise((resolve) => (release = resolve));
    });
    for (let i = 0; i < 50 && !r.journal.includes(`docker build ${URI}:${SHA}`); i++) await new Promise(setImmediate);
    expect(r.journal).toContain(`docker build ${URI}:${SHA}`);
    expect(r.journal).not.toContain('ecr DescribeRepositories');
    expect(r.builds[0]).toEqual(expect.arrayContaining(['--cache-from', `${URI}@${digestOf(3)}`]));
    release();
    await r.result;
    expectInOrder(r.journal, [`docker build ${URI}:${SHA}`, 'ecr DescribeRepositories', `docker push ${URI}:${SHA}`]);
    expect(ops(r.journal, 'docker tag')).toEqual([]);
  });

  it("a build that fails while the repository step is still held: the run fails with docker's line once the step answers (no unhandled rejection meanwhile); nothing tagged or pushed", async () => {
    let release = () => undefined as void;
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const r = run(
        {},
        (ecr) => {
          ecr.repositoryHeld = new Promise((resolve) => (release = resolve));
        },
        { buildFails: true },
      );
      for (let i = 0; i < 50 && !r.journal.includes(`docker build ${LOCAL}`); i++) await new Promise(setImmediate);
      expect(r.journal).toContain(`docker build ${LOCAL}`);
      // Turns of the event loop in which an unhandled rejection would be reported.
      for (let i = 0; i < 20; i++) await new Promise(setImmediate);
      release();
      await expectFailure(r.result, DockerError, 'docker build failed (exit 1): ERROR: failed to solve: exit code 2');
      expect(unhandled).toEqual([]);
      expect(ops(r.journal, 'docker tag')).toEqual([]);
      expect(ops(r.journal, 'docker push')).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it.each([
    ['false', []],
    ['true', ['ecr DescribeImages']],
  ])(
    'buildx with a docker-container builder (it pushes), cache %s: no early build; built under the image tags and pushed by buildx after the repository step and docker login; no docker push',
    async (cache, lookUps) => {
      const inspect = readFileSync(join(__dirname, '../fixtures/buildx-inspect/docker-container.txt'), 'utf8');
      const r = run({ cache }, undefined, { buildxInspect: inspect });
      const outputs = await r.result;
      expect(ops(r.journal, 'ecr DescribeImages')).toEqual(lookUps);
      expect(ops(r.journal, 'docker buildx build')).toEqual([`docker buildx build ${URI}:${SHA}`]);
      expectInOrder(r.journal, ['ecr CreateRepository', `docker buildx build ${URI}:${SHA}`]);
      expectInOrder(r.journal, [`docker login ${HOST}`, `docker buildx build ${URI}:${SHA}`]);
      expect(r.builds[0]).toContain('--push');
      expect(ops(r.journal, 'docker push')).toEqual([]);
      expect(ops(r.journal, 'docker tag')).toEqual([]);
      expect(outputs).toMatchObject({ digest: digestOf(7), pushed: true });
    },
  );

  it('image: tags the local image with every tag instead of building, then pushes the SHA tag', async () => {
    const r = run({ image: 'app:local', tags: 'latest' }, (ecr) => ecr.addRepository());
    await r.result;
    expect(ops(r.journal, 'docker build')).toEqual([]);
    expectInOrder(r.journal, [`docker tag app:local ${URI}:${SHA}`, `docker tag app:local ${URI}:latest`, `docker push ${URI}:${SHA}`]);
  });

  it("a failed build: DockerError with docker's last line; nothing pushed or tagged", async () => {
    const r = run({ tags: 'latest' }, (ecr) => ecr.addRepository(), { buildFails: true });
    await expectFailure(r.result, DockerError, 'docker build failed (exit 1): ERROR: failed to solve: exit code 2');
    expect(ops(r.journal, 'docker push')).toEqual([]);
    expect(ops(r.journal, 'ecr PutImage')).toEqual([]);
    expect(r.ecr.tagged(SHA)).toBeUndefined();
  });

  it('a repository refused while the build runs (create-repository false): the build is stopped, the message names the repository, nothing tagged or pushed', async () => {
    const r = run({ 'create-repository': 'false', tags: 'latest' }, () => undefined, { buildHangs: true });
    await expectFailure(r.result, RegistryError, `repository ${REPO} does not exist`);
    expectInOrder(r.journal, ['ecr DescribeRepositories', 'docker build stopped', 'ecr closed']);
    expect(r.builds).toHaveLength(1);
    expect(ops(r.journal, 'docker tag')).toEqual([]);
    expect(ops(r.journal, 'docker push')).toEqual([]);
  }, 20_000);

  it('skip-existing looks up first: the build starts only after ECR said the SHA tag is not there', async () => {
    const r = run({ 'skip-existing': 'true' }, (ecr) => ecr.addRepository());
    await r.result;
    expectInOrder(r.journal, [`ecr BatchGetImage ${SHA}`, `docker build ${URI}:${SHA}`, `docker push ${URI}:${SHA}`]);
  });

  it("mode part, platform unset: built for the daemon's platform (arm variant included) and tagged only <sha>-<platform>; extra and derived tags left for the merge", async () => {
    const part = `${SHA}-linux-arm-v7`;
    const r = run({ mode: 'part', tags: 'latest', cache: 'false' }, (ecr) => ecr.addRepository(), { release: { tags: ['1.2.3'], version: '1.2.3' } });
    const outputs = await r.result;
    // Built at once under a local name, then tagged with the part's tag only.
    expect(ops(r.journal, 'docker build')).toEqual([`docker build ${LOCAL}`]);
    expect(ops(r.journal, 'docker tag')).toEqual([`docker tag ${LOCAL} ${URI}:${part}`]);
    const argv = r.builds[0];
    expect(argv[argv.indexOf('--platform') + 1]).toBe('linux/arm/v7');
    expect(argv).toContain(`org.opencontainers.image.revision=${SHA}`);
    expect(ops(r.journal, 'docker push')).toEqual([`docker push ${URI}:${part}`]);
    expect(ops(r.journal, 'ecr PutImage')).toEqual([]);
    expect(r.ecr.tagged(part)).toEqual(image(7));
    expect(r.ecr.tagged('latest')).toBeUndefined();
    expect(outputs).toMatchObject({ image: `${URI}:${part}`, digest: digestOf(7), tags: [part], pushed: true });
  });

  it('mode part with platform: that platform; its layer cache is the latest part of the same platform', async () => {
    const part = `${SHA}-linux-amd64`;
    const r = run({ mode: 'part', platform: 'linux/amd64', cache: 'true' }, (ecr) =>
      ecr.addRepository('MUTABLE', { [`${'a'.repeat(40)}-linux-amd64`]: image(4), [`${'a'.repeat(40)}-linux-arm64`]: image(5) }),
    );
    await r.result;
    expect(r.journal).toContain('ecr DescribeImages *-linux-amd64');
    expect(ops(r.journal, 'docker build')).toEqual([`docker build ${URI}:${part}`]);
    expect(ops(r.journal, 'docker tag')).toEqual([]);
    const argv = r.builds[0];
    expect(argv[argv.indexOf('--platform') + 1]).toBe('linux/amd64');
    expect(argv[argv.indexOf('--cache-from') + 1]).toBe(`${URI}@${digestOf(4)}`);
  });

  it('mode part in an IMMUTABLE repository that has the part: success as it is; the build started alongside is stopped, nothing tagged or pushed', async () => {
    const r = run({ mode: 'part', platform: 'linux/arm64' }, (ecr) => ecr.addRepository('IMMUTABLE', { [`${SHA}-linux-arm64`]: image(3) }), {
      buildHangs: true,
    });
    const outputs = await r.result;
    expect(ops(r.journal, 'docker build')).toEqual([`docker build ${LOCAL}`, 'docker build stopped']);
    expect(ops(r.journal, 'docker tag')).toEqual([]);
    expect(ops(r.journal, 'docker push')).toEqual([]);
    expect(outputs).toMatchObject({ digest: digestOf(3), tags: [`${SHA}-linux-arm64`], pushed: false });
  });
});
