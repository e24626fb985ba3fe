/**
 * `mode: merge` through deliver(), against the emulator (SigV4 checked, GetDownloadUrlForLayer's
 * signed URLs) in front of a real registry: the parts are uploaded over the registry API, the run
 * gets a docker runner that fails if called. Asserts what ECR holds afterwards and what it was asked.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { RunContext } from '../../src/core/context';
import { describeFailure } from '../../src/core/errors';
import { parseOptions } from '../../src/core/options/parse';
import { deliver } from '../../src/core/pipeline';
import { EcrRegistry } from '../../src/core/registry/ecr';
import { StreamReporter } from '../../src/core/report';
import { AwsEmulator } from '../fixtures/emulator';
import { OCI_MANIFEST, seedImage } from '../fixtures/seed-image';
import { type Registry, registryManifestDigest, startRegistry } from '../fixtures/services';

const KEY = 'AKIAMERGEUNITTEST001';
const SECRET = 'merge-unit-test-secret';
const CREDENTIALS = { accessKeyId: KEY, secretAccessKey: SECRET };
const LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

let registry: Registry;
let emulator: AwsEmulator;
const savedEndpoint = process.env.AWS_ENDPOINT_URL_ECR;
let log = '';

const newSha = () => randomBytes(20).toString('hex');
const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const ops = () => emulator.calls.filter((c) => c.service === 'ecr').map((c) => c.operation);

async function createRepository(name: string, mutability = 'MUTABLE'): Promise<void> {
  const ecr = new EcrRegistry(emulator.region, CREDENTIALS);
  await ecr.ensureRepository(
    parseOptions((n) => ({ repository: name, 'image-tag-mutability': mutability, mode: 'merge', platform: 'a/b,c/d' })[n]),
    [],
  );
  ecr.close();
}

function merge(repository: string, sha: string, extra: Record<string, string> = {}) {
  const options = parseOptions((n) => ({ repository, mode: 'merge', platform: 'linux/amd64,linux/arm64', 'commit-sha': sha, ...extra })[n]);
  const context: RunContext = { ci: 'other', region: emulator.region, commitSha: sha, sessionName: 'merge-test', sourceUrl: '', release: { tags: [] } };
  const sink = new Writable({
    write: (chunk, _enc, done) => {
      log += String(chunk);
      done();
    },
  });
  return deliver({
    options,
    context,
    reporter: new StreamReporter(sink),
    run: () => Promise.reject(new Error('docker was called')),
    env: {},
    openRegistry: (region, _credentials, registryId, deadline) => new EcrRegistry(region, CREDENTIALS, registryId, deadline),
  });
}

async function failure(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (err) {
    return describeFailure(err).message;
  }
  throw new Error('the merge did not fail');
}

beforeAll(async () => {
  registry = await startRegistry();
  emulator = new AwsEmulator({ registry });
  await emulator.start();
  emulator.addStaticKey(KEY, SECRET);
  process.env.AWS_ENDPOINT_URL_ECR = emulator.url;
});

afterAll(async () => {
  if (savedEndpoint === undefined) delete process.env.AWS_ENDPOINT_URL_ECR;
  else process.env.AWS_ENDPOINT_URL_ECR = savedEndpoint;
  await emulator?.stop();
  await registry?.stop();
});

beforeEach(() => {
  emulator.reset();
  log = '';
});

describe('mode: merge', () => {
  it('puts a Docker manifest list of the two parts under the SHA tag and every extra tag, reading the configs through signed URLs, with no docker and no upload', async () => {
    await createRepository('merge/fresh');
    const sha = newSha();
    const amd = await seedImage(registry, 'merge/fresh', `${sha}-linux-amd64`, { platform: 'linux/amd64' });
    const arm = await seedImage(registry, 'merge/fresh', `${sha}-linux-arm64`, { platform: 'linux/arm64' });
    emulator.reset();
    const { outputs } = await merge('merge/fresh', sha, { tags: 'latest,v1' });
    const index = JSON.parse((await fetchManifest('merge/fresh', sha)).text);
    expect(index).toEqual({
      schemaVersion: 2,
      mediaType: LIST,
      manifests: [
        {
          mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          digest: amd.digest,
          size: Buffer.byteLength(amd.manifest),
          platform: { architecture: 'amd64', os: 'linux' },
        },
        {
          mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          digest: arm.digest,
          size: Buffer.byteLength(arm.manifest),
          platform: { architecture: 'arm64', os: 'linux' },
        },
      ],
    });
    for (const tag of [sha, 'latest', 'v1']) expect(await registryManifestDigest(registry, 'merge/fresh', tag)).toBe(outputs.digest);
    expect(outputs).toMatchObject({
      image: `${emulator.registryFrontHost}/merge/fresh:${sha}`,
      'image-ref': `${emulator.registryFrontHost}/merge/fresh@${outputs.digest}`,
      tags: [sha, 'latest', 'v1'],
      pushed: true,
    });
    expect(ops().sort()).toEqual(
      ['BatchGetImage', 'BatchGetImage', 'DescribeRepositories', 'GetDownloadUrlForLayer', 'GetDownloadUrlForLayer', 'PutImage', 'PutImage', 'PutImage'].sort(),
    );
    expect(emulator.layerDownloads.map((d) => d.status)).toEqual([200, 200]);
    // Nothing through the registry front: no docker login, no blob, no manifest push.
    expect(emulator.registryRequests).toEqual([]);
  });

  it('IMMUTABLE: a re-run is success with pushed=false and the same digest, nothing put; a SHA tag at another image is one error that changes nothing', async () => {
    await createRepository('merge/immutable', 'IMMUTABLE');
    const sha = newSha();
    await seedImage(registry, 'merge/immutable', `${sha}-linux-amd64`, { platform: 'linux/amd64' });
    await seedImage(registry, 'merge/immutable', `${sha}-linux-arm64`, { platform: 'linux/arm64' });
    const first = await merge('merge/immutable', sha);
    emulator.reset();
    const again = await merge('merge/immutable', sha);
    expect(again.outputs).toMatchObject({ digest: first.outputs.digest, pushed: false });
    expect(log).toContain(`${emulator.registryFrontHost}/merge/immutable:${sha} already is this index (${first.outputs.digest}): nothing to put`);
    expect(ops()).not.toContain('PutImage');

    const other = newSha();
    await seedImage(registry, 'merge/immutable', `${other}-linux-amd64`, { platform: 'linux/amd64' });
    await seedImage(registry, 'merge/immutable', `${other}-linux-arm64`, { platform: 'linux/arm64' });
    const taken = await seedImage(registry, 'merge/immutable', other, { platform: 'linux/amd64' });
    emulator.reset();
    expect(await failure(merge('merge/immutable', other, { tags: 'fresh-tag' }))).toMatch(
      new RegExp(
        `^tag ${other} already exists in the immutable repository merge/immutable at ${taken.digest}, not at the index of these parts \\(sha256:[0-9a-f]{64}\\)$`,
      ),
    );
    expect(ops()).not.toContain('PutImage');
    expect(await registryManifestDigest(registry, 'merge/immutable', 'fresh-tag')).toBeUndefined();
    expect(await registryManifestDigest(registry, 'merge/immutable', other)).toBe(taken.digest);
  });

  it('a missing part: one line naming each missing platform and its tag, and the platforms found; nothing tagged', async () => {
    await createRepository('merge/missing');
    const sha = newSha();
    await seedImage(registry, 'merge/missing', `${sha}-linux-amd64`, { platform: 'linux/amd64' });
    emulator.reset();
    const message = await failure(merge('merge/missing', sha, { platform: 'linux/amd64,linux/arm64,linux/arm/v7' }));
    expect(message).toBe(
      `missing part(s) in merge/missing: linux/arm64 (tag ${sha}-linux-arm64), linux/arm/v7 (tag ${sha}-linux-arm-v7); found: linux/amd64 (${sha}-linux-amd64)`,
    );
    expect(ops()).not.toContain('PutImage');
    expect(await registryManifestDigest(registry, 'merge/missing', sha)).toBeUndefined();
  });

  it('a part whose config says another platform: one line naming the tag, what it holds and what was expected; nothing tagged', async () => {
    await createRepository('merge/wrong');
    const sha = newSha();
    await seedImage(registry, 'merge/wrong', `${sha}-linux-amd64`, { platform: 'linux/amd64' });
    await seedImage(registry, 'merge/wrong', `${sha}-linux-arm64`, { platform: 'linux/amd64' });
    emulator.reset();
    expect(await failure(merge('merge/wrong', sha))).toBe(`part ${sha}-linux-arm64 holds a linux/amd64 image (its config says so), expected linux/arm64`);
    expect(ops()).not.toContain('PutImage');
    expect(await registryManifestDigest(registry, 'merge/wrong', sha)).toBeUndefined();
  });

  it('an OCI part makes an OCI index; a part that is itself an index contributes its platform manifest, its attestation left out', async () => {
    await createRepository('merge/oci');
    const sha = newSha();
    const amd = await seedImage(registry, 'merge/oci', `${sha}-linux-amd64`, { platform: 'linux/amd64', mediaType: OCI_MANIFEST });
    const arm = await seedImage(registry, 'merge/oci', 'arm-child', { platform: 'linux/arm64', mediaType: OCI_MANIFEST });
    const attestation = await seedImage(registry, 'merge/oci', 'attestation', { platform: 'unknown/unknown', mediaType: OCI_MANIFEST });
    const partIndex = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        { mediaType: OCI_MANIFEST, digest: arm.digest, size: Buffer.byteLength(arm.manifest), platform: { architecture: 'arm64', os: 'linux' } },
        {
          mediaType: OCI_MANIFEST,
          digest: attestation.digest,
          size: Buffer.byteLength(attestation.manifest),
          platform: { architecture: 'unknown', os: 'unknown' },
          annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': arm.digest },
        },
      ],
    });
    await putManifest('merge/oci', `${sha}-linux-arm64`, partIndex, OCI_INDEX);
    const { outputs } = await merge('merge/oci', sha);
    const got = await fetchManifest('merge/oci', sha);
    expect(got.type).toBe(OCI_INDEX);
    expect(sha256(got.text)).toBe(outputs.digest);
    expect(JSON.parse(got.text).manifests.map((m: { digest: string }) => m.digest)).toEqual([amd.digest, arm.digest]);
  });

  it("scan-wait: each part's scan (ECR scans platform images, not indexes), summed; the index is never asked for", async () => {
    await createRepository('merge/scanned');
    const sha = newSha();
    const amd = await seedImage(registry, 'merge/scanned', `${sha}-linux-amd64`, { platform: 'linux/amd64' });
    const arm = await seedImage(registry, 'merge/scanned', `${sha}-linux-arm64`, { platform: 'linux/arm64' });
    emulator.scans.set(amd.digest, {
      inProgressPolls: 0,
      findings: [
        { name: 'CVE-1', severity: 'HIGH' },
        { name: 'CVE-2', severity: 'LOW' },
      ],
    });
    emulator.scans.set(arm.digest, { inProgressPolls: 0, findings: [{ name: 'CVE-3', severity: 'HIGH' }] });
    emulator.reset();
    const { outputs, scan } = await merge('merge/scanned', sha, { 'scan-wait': 'true' });
    expect(scan).toMatchObject({ outcome: 'complete', counts: { CRITICAL: 0, HIGH: 2, MEDIUM: 0, LOW: 1 } });
    expect(JSON.parse(outputs['scan-findings'])).toMatchObject({ HIGH: 2, LOW: 1 });
    const asked = emulator.calls.filter((c) => c.operation === 'DescribeImageScanFindings').map((c) => c.params.imageId.imageDigest);
    expect(new Set(asked)).toEqual(new Set([amd.digest, arm.digest]));
  });

  it("a part's layer cache is the latest part of its own platform, not the latest image", async () => {
    await createRepository('merge/cache');
    const sha = newSha();
    const arm = await seedImage(registry, 'merge/cache', `${sha}-linux-arm64`, { platform: 'linux/arm64' });
    await new Promise((resolve) => setTimeout(resolve, 20)); // pushed later, by the file times ECR's emulator reads
    const amd = await seedImage(registry, 'merge/cache', `${sha}-linux-amd64`, { platform: 'linux/amd64' });
    const ecr = new EcrRegistry(emulator.region, CREDENTIALS);
    try {
      expect(await ecr.latestImage('merge/cache')).toBe(amd.digest);
      expect(await ecr.latestImage('merge/cache', '-linux-arm64')).toBe(arm.digest);
      expect(await ecr.latestImage('merge/cache', '-linux-arm-v7')).toBeUndefined();
    } finally {
      ecr.close();
    }
  });

  it('a repository that does not exist: no part can be there', async () => {
    const sha = newSha();
    expect(await failure(merge('merge/nowhere', sha))).toBe(
      `repository merge/nowhere does not exist, so none of its parts (${sha}-linux-amd64, ${sha}-linux-arm64) do`,
    );
  });
});

const auth = () => `Basic ${Buffer.from(`${registry.user}:${registry.password}`).toString('base64')}`;

async function fetchManifest(repo: string, ref: string): Promise<{ text: string; type: string }> {
  const r = await fetch(`${registry.url}/v2/${repo}/manifests/${ref}`, {
    headers: { authorization: auth(), accept: [LIST, OCI_INDEX, OCI_MANIFEST, 'application/vnd.docker.distribution.manifest.v2+json'].join(',') },
  });
  return { text: await r.text(), type: r.headers.get('content-type') ?? '' };
}

async function putManifest(repo: string, tag: string, text: string, mediaType: string): Promise<void> {
  const r = await fetch(`${registry.url}/v2/${repo}/manifests/${tag}`, {
    method: 'PUT',
    headers: { authorization: auth(), 'content-type': mediaType },
    body: text,
  });
  if (r.status !== 201) throw new Error(`manifest upload: ${r.status} ${await r.text()}`);
}
