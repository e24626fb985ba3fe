/**
 * Keeps the STS/ECR emulator honest: the AWS CLI v2 (botocore, an independent implementation) and
 * the JS SDK v3 (what the product uses) must both accept its answers, errors and signature checks,
 * and docker must log in and push through its registry front.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
  GetRepositoryPolicyCommand,
  PutImageCommand,
  PutLifecyclePolicyCommand,
  SetRepositoryPolicyCommand,
} from '@aws-sdk/client-ecr';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { AwsEmulator, type LatencyService } from '../fixtures/emulator';
import {
  ensureDockerd,
  MANIFEST_ACCEPT,
  makeBuildContext,
  type Registry,
  registryManifestDigest,
  registryTags,
  runCommand,
  startRegistry,
} from '../fixtures/services';

const ROLE = 'arn:aws:iam::123456789012:role/ecr-deliver-ci';
const STATIC_ID = 'AKIAEMULATORSTATIC01';
const STATIC_SECRET = 'c3RhdGljL3NlY3JldC9mb3IvdGVzdHMvb25seQ+abc';
const GOOD_SUB = 'repo:octo-org/octo-repo:ref:refs/heads/main';

let registry: Registry;
let emu: AwsEmulator;
let tmp: string;
const images: string[] = [];

interface Creds {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

function aws(args: string[], creds?: Creds) {
  const env: NodeJS.ProcessEnv = {
    PATH: '/usr/bin:/bin',
    HOME: tmp,
    AWS_CONFIG_FILE: path.join(tmp, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(tmp, 'aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
  };
  if (creds) {
    env.AWS_ACCESS_KEY_ID = creds.accessKeyId;
    env.AWS_SECRET_ACCESS_KEY = creds.secretAccessKey;
    if (creds.sessionToken) env.AWS_SESSION_TOKEN = creds.sessionToken;
  }
  return runCommand('/usr/bin/aws', ['--endpoint-url', emu.url, '--region', 'us-east-1', '--output', 'json', ...args], { env, timeoutMs: 60_000 });
}

function docker(args: string[], input?: string) {
  // A private DOCKER_CONFIG keeps test logins out of the machine's ~/.docker.
  return runCommand('docker', args, { env: { ...process.env, DOCKER_CONFIG: path.join(tmp, 'docker') }, input, timeoutMs: 180_000 });
}

async function buildAndPush(ref: string): Promise<string> {
  const ctx = makeBuildContext();
  const b = await docker(['build', '-q', '-t', ref, ctx]);
  fs.rmSync(ctx, { recursive: true, force: true });
  expect(b.code === 0 ? '' : b.stderr).toBe(''); // stderr also carries the legacy-builder deprecation notice
  images.push(ref);
  const p = await docker(['push', ref]);
  expect(p.stderr + p.stdout).toMatch(/digest: sha256:[0-9a-f]{64}/);
  return /digest: (sha256:[0-9a-f]{64})/.exec(p.stdout)![1];
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-test-'));
  await ensureDockerd();
  registry = await startRegistry();
  emu = new AwsEmulator({ registry });
  await emu.start();
  emu.addRole(ROLE, { aud: 'sts.amazonaws.com', sub: /^repo:octo-org\/octo-repo:/ });
  emu.addStaticKey(STATIC_ID, STATIC_SECRET);
});

afterAll(async () => {
  if (images.length) await docker(['rmi', '-f', ...images]);
  await emu?.stop();
  await registry?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('fixtures: registry', () => {
  it('answers the v2 API with basic auth and helpers see what docker pushed', async () => {
    const unauth = await fetch(`${registry.url}/v2/`);
    expect(unauth.status).toBe(401);
    const login = await docker(['login', '-u', registry.user, '--password-stdin', registry.host], registry.password);
    expect(login.stderr + login.code).toMatch(/0$/);
    const digest = await buildAndPush(`${registry.host}/direct/app:one`);
    expect(await registryManifestDigest(registry, 'direct/app', 'one')).toBe(digest);
    expect(await registryManifestDigest(registry, 'direct/app', 'missing')).toBeUndefined();
    expect(await registryTags(registry, 'direct/app')).toEqual(['one']);
    expect(await registryTags(registry, 'never/pushed')).toEqual([]);
  });
});

describe('AWS CLI v2 against the emulator', () => {
  let session: Creds;
  let v1Digest: string;
  let v1Manifest: string;
  let secondManifest: string;

  it('sts assume-role-with-web-identity: good token gives credentials, wrong sub is AccessDenied', async () => {
    const token = emu.issueToken({ sub: GOOD_SUB, aud: 'sts.amazonaws.com' });
    const ok = await aws(['sts', 'assume-role-with-web-identity', '--role-arn', ROLE, '--role-session-name', 'cli-test', '--web-identity-token', token]);
    expect(ok.stderr).toBe('');
    const out = JSON.parse(ok.stdout);
    expect(out.Credentials.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(new Date(out.Credentials.Expiration).getTime()).toBeGreaterThan(Date.now() + 3000_000);
    expect(out.AssumedRoleUser.Arn).toBe('arn:aws:sts::123456789012:assumed-role/ecr-deliver-ci/cli-test');
    expect(out.SubjectFromWebIdentityToken).toBe(GOOD_SUB);
    expect(out.Audience).toBe('sts.amazonaws.com');
    session = { accessKeyId: out.Credentials.AccessKeyId, secretAccessKey: out.Credentials.SecretAccessKey, sessionToken: out.Credentials.SessionToken };

    const evil = emu.issueToken({ sub: 'repo:evil/fork:ref:refs/heads/main', aud: 'sts.amazonaws.com' });
    const denied = await aws(['sts', 'assume-role-with-web-identity', '--role-arn', ROLE, '--role-session-name', 'cli-test', '--web-identity-token', evil]);
    expect(denied.code).toBe(254);
    expect(denied.stderr).toContain('(AccessDenied)');
    expect(denied.stderr).toContain('Not authorized to perform sts:AssumeRoleWithWebIdentity');
  });

  it('sts get-caller-identity with the session credentials', async () => {
    const r = await aws(['sts', 'get-caller-identity'], session);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ Account: '123456789012', Arn: 'arn:aws:sts::123456789012:assumed-role/ecr-deliver-ci/cli-test' });
    expect(emu.calls.at(-1)).toMatchObject({ service: 'sts', operation: 'GetCallerIdentity', status: 200, accessKeyId: session.accessKeyId });
  });

  it('ecr create-repository / describe-repositories / RepositoryNotFoundException', async () => {
    const c = await aws(
      ['ecr', 'create-repository', '--repository-name', 'cli/app', '--image-tag-mutability', 'IMMUTABLE', '--image-scanning-configuration', 'scanOnPush=true'],
      session,
    );
    expect(c.stderr).toBe('');
    const repo = JSON.parse(c.stdout).repository;
    expect(repo).toMatchObject({
      repositoryName: 'cli/app',
      registryId: '123456789012',
      repositoryArn: 'arn:aws:ecr:us-east-1:123456789012:repository/cli/app',
      repositoryUri: `${emu.registryFrontHost}/cli/app`,
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
    });
    const d = await aws(['ecr', 'describe-repositories', '--repository-names', 'cli/app'], session);
    expect(JSON.parse(d.stdout).repositories[0].repositoryUri).toBe(repo.repositoryUri);
    const missing = await aws(['ecr', 'describe-repositories', '--repository-names', 'cli/app', 'cli/missing'], session);
    expect(missing.code).toBe(254);
    expect(missing.stderr).toContain('(RepositoryNotFoundException)');
    expect(missing.stderr).toContain("The repository with name 'cli/missing' does not exist in the registry with id '123456789012'");
  });

  it('ecr get-authorization-token logs docker into the front, which takes a push', async () => {
    const r = await aws(['ecr', 'get-authorization-token'], session);
    const data = JSON.parse(r.stdout).authorizationData[0];
    const [user, password] = Buffer.from(data.authorizationToken, 'base64').toString('utf8').split(':');
    expect(user).toBe('AWS');
    expect(password).toBe(registry.password);
    expect(data.proxyEndpoint).toBe(emu.registryFrontUrl);
    expect(new Date(data.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const login = await docker(['login', '--username', 'AWS', '--password-stdin', new URL(data.proxyEndpoint).host], password);
    expect(login.stderr + login.code).toMatch(/0$/);

    emu.reset();
    v1Digest = await buildAndPush(`${emu.registryFrontHost}/cli/app:v1`);
    expect(await registryManifestDigest(registry, 'cli/app', 'v1')).toBe(v1Digest);
    expect(emu.uploadedBytes('cli/app')).toBeGreaterThan(500_000); // busybox layer
    expect(emu.registryRequests).toContainEqual({ method: 'PUT', path: '/v2/cli/app/manifests/v1', status: 201 });
  });

  it('ecr batch-get-image and put-image round-trip; immutability errors', async () => {
    const g = await aws(
      ['ecr', 'batch-get-image', '--repository-name', 'cli/app', '--image-ids', 'imageTag=v1', 'imageTag=nope', '--accepted-media-types', ...MANIFEST_ACCEPT],
      session,
    );
    const got = JSON.parse(g.stdout);
    expect(got.images[0].imageId).toEqual({ imageDigest: v1Digest, imageTag: 'v1' });
    expect(got.images[0].imageManifestMediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
    expect(got.failures).toEqual([{ imageId: { imageTag: 'nope' }, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' }]);
    v1Manifest = got.images[0].imageManifest;
    const mf = path.join(tmp, 'v1.json');
    fs.writeFileSync(mf, v1Manifest);

    const put = await aws(['ecr', 'put-image', '--repository-name', 'cli/app', '--image-tag', 'v2', '--image-manifest', `file://${mf}`], session);
    expect(put.stderr).toBe('');
    expect(JSON.parse(put.stdout).image.imageId).toEqual({ imageDigest: v1Digest, imageTag: 'v2' });
    expect(await registryManifestDigest(registry, 'cli/app', 'v2')).toBe(v1Digest);

    const again = await aws(['ecr', 'put-image', '--repository-name', 'cli/app', '--image-tag', 'v2', '--image-manifest', `file://${mf}`], session);
    expect(again.code).toBe(254);
    expect(again.stderr).toContain('(ImageAlreadyExistsException)');

    // A second image: docker may not move v1 (front says TAG_INVALID), nor may PutImage.
    const secondDigest = await buildAndPush(`${emu.registryFrontHost}/cli/app:second`);
    await docker(['tag', `${emu.registryFrontHost}/cli/app:second`, `${emu.registryFrontHost}/cli/app:v1`]);
    const over = await docker(['push', `${emu.registryFrontHost}/cli/app:v1`]);
    expect(over.code).not.toBe(0);
    expect(over.stderr).toContain(
      "tag invalid: The image tag 'v1' already exists in the 'cli/app' repository and cannot be overwritten because the repository is immutable.",
    );
    expect(await registryManifestDigest(registry, 'cli/app', 'v1')).toBe(v1Digest);

    const second = await fetch(`${registry.url}/v2/cli/app/manifests/${secondDigest}`, {
      headers: { authorization: `Basic ${Buffer.from(`AWS:${registry.password}`).toString('base64')}`, accept: MANIFEST_ACCEPT.join(',') },
    });
    secondManifest = await second.text();
    fs.writeFileSync(mf, secondManifest);
    const clash = await aws(['ecr', 'put-image', '--repository-name', 'cli/app', '--image-tag', 'v1', '--image-manifest', `file://${mf}`], session);
    expect(clash.code).toBe(254);
    expect(clash.stderr).toContain('(ImageTagAlreadyExistsException)');
    expect(await registryManifestDigest(registry, 'cli/app', 'v1')).toBe(v1Digest);
  });

  it('ecr get-download-url-for-layer: a time-limited signed URL that serves the blob (config or layer), 403 when altered or expired; LayersNotFound, LayerInaccessible', async () => {
    const manifest = JSON.parse(v1Manifest);
    const url = async (digest: string) => {
      const r = await aws(['ecr', 'get-download-url-for-layer', '--repository-name', 'cli/app', '--layer-digest', digest], session);
      expect(r.stderr).toBe('');
      const out = JSON.parse(r.stdout);
      expect(out.layerDigest).toBe(digest);
      return out.downloadUrl as string;
    };
    const sha256 = (b: ArrayBuffer) => `sha256:${createHash('sha256').update(Buffer.from(b)).digest('hex')}`;
    for (const digest of [manifest.config.digest, manifest.layers[0].digest]) {
      const got = await fetch(await url(digest));
      expect(got.status).toBe(200);
      expect(sha256(await got.arrayBuffer())).toBe(digest);
    }
    const good = new URL(await url(manifest.config.digest));
    const signature = good.searchParams.get('X-Amz-Signature')!;
    const altered = new URL(good);
    altered.searchParams.set('X-Amz-Signature', `${signature[0] === '0' ? '1' : '0'}${signature.slice(1)}`);
    const longer = new URL(good);
    longer.searchParams.set('X-Amz-Expires', '604800');
    const otherBlob = new URL(good);
    otherBlob.pathname = otherBlob.pathname.replace(manifest.config.digest, manifest.layers[0].digest);
    for (const u of [altered, longer, otherBlob]) {
      const r = await fetch(u);
      expect(r.status).toBe(403);
      expect(await r.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    }
    emu.downloadUrlLifetimeSeconds = 1;
    const shortLived = await url(manifest.config.digest);
    emu.downloadUrlLifetimeSeconds = 3600;
    expect(new URL(shortLived).searchParams.get('X-Amz-Expires')).toBe('1');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const expired = await fetch(shortLived);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('<Message>Request has expired</Message>');

    const missing = await aws(['ecr', 'get-download-url-for-layer', '--repository-name', 'cli/app', '--layer-digest', `sha256:${'0'.repeat(64)}`], session);
    expect(missing.code).toBe(254);
    expect(missing.stderr).toContain('(LayersNotFoundException)');
    const invalid = await aws(['ecr', 'get-download-url-for-layer', '--repository-name', 'cli/app', '--layer-digest', 'nope'], session);
    expect(invalid.stderr).toContain('(InvalidParameterException)');
    // A blob uploaded to the repository that no image references.
    const auth = `Basic ${Buffer.from(`AWS:${registry.password}`).toString('base64')}`;
    const loose = Buffer.from('{"not":"referenced"}');
    const start = await fetch(`${registry.url}/v2/cli/app/blobs/uploads/`, { method: 'POST', headers: { authorization: auth } });
    const location = new URL(start.headers.get('location')!, registry.url);
    location.searchParams.set('digest', sha256(loose.buffer.slice(loose.byteOffset, loose.byteOffset + loose.length) as ArrayBuffer));
    const done = await fetch(location, { method: 'PUT', headers: { authorization: auth, 'content-type': 'application/octet-stream' }, body: loose });
    expect(done.status).toBe(201);
    const inaccessible = await aws(
      ['ecr', 'get-download-url-for-layer', '--repository-name', 'cli/app', '--layer-digest', location.searchParams.get('digest')!],
      session,
    );
    expect(inaccessible.code).toBe(254);
    expect(inaccessible.stderr).toContain('(LayerInaccessibleException)');
  });

  it('ecr put-image of a manifest list whose images exist; ImageAlreadyExists for the same list, ImageTagAlreadyExists for another, ReferencedImagesNotFound for a missing child', async () => {
    const secondDigest = (await registryManifestDigest(registry, 'cli/app', 'second'))!;
    const entry = (digest: string, manifest: string, architecture: string) => ({
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      digest,
      size: Buffer.byteLength(manifest),
      platform: { architecture, os: 'linux' },
    });
    const list = (manifests: unknown[]) =>
      JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json', manifests });
    const mf = path.join(tmp, 'list.json');
    const put = (text: string, tag: string) => {
      fs.writeFileSync(mf, text);
      return aws(['ecr', 'put-image', '--repository-name', 'cli/app', '--image-tag', tag, '--image-manifest', `file://${mf}`], session);
    };
    const both = list([entry(v1Digest, v1Manifest, 'amd64'), entry(secondDigest, secondManifest, 'arm64')]);
    const ok = await put(both, 'multi');
    expect(ok.stderr).toBe('');
    const listDigest = `sha256:${createHash('sha256').update(both).digest('hex')}`;
    expect(JSON.parse(ok.stdout).image).toMatchObject({ imageId: { imageDigest: listDigest, imageTag: 'multi' } });
    const g = await aws(
      ['ecr', 'batch-get-image', '--repository-name', 'cli/app', '--image-ids', 'imageTag=multi', '--accepted-media-types', ...MANIFEST_ACCEPT],
      session,
    );
    const got = JSON.parse(g.stdout).images[0];
    expect(got.imageManifest).toBe(both);
    expect(got.imageManifestMediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json');

    expect((await put(both, 'multi')).stderr).toContain('(ImageAlreadyExistsException)');
    const other = await put(list([entry(secondDigest, secondManifest, 'arm64'), entry(v1Digest, v1Manifest, 'amd64')]), 'multi');
    expect(other.stderr).toContain('(ImageTagAlreadyExistsException)');
    const dangling = await put(list([entry(v1Digest, v1Manifest, 'amd64'), entry(`sha256:${'1'.repeat(64)}`, secondManifest, 'arm64')]), 'dangling');
    expect(dangling.stderr).toContain('(ReferencedImagesNotFoundException)');
    expect(await registryManifestDigest(registry, 'cli/app', 'multi')).toBe(listDigest);
    expect(await registryManifestDigest(registry, 'cli/app', 'dangling')).toBeUndefined();
  });

  it('rejects a request signed with the wrong secret; a static key works', async () => {
    const bad = await aws(['ecr', 'describe-repositories'], { ...session, secretAccessKey: `${session.secretAccessKey.slice(1)}x` });
    expect(bad.code).toBe(254);
    expect(bad.stderr).toContain('(InvalidSignatureException)');
    const imgs = await aws(['ecr', 'describe-images', '--repository-name', 'cli/app'], { accessKeyId: STATIC_ID, secretAccessKey: STATIC_SECRET });
    expect(imgs.stderr).toBe('');
    const details = JSON.parse(imgs.stdout).imageDetails as Array<{ imageDigest: string; imageTags?: string[]; imageSizeInBytes: number }>;
    expect(details.find((d) => d.imageDigest === v1Digest)).toMatchObject({ imageTags: ['v1', 'v2'] });
    expect(details.every((d) => d.imageSizeInBytes > 500_000)).toBe(true);
    expect(emu.calls.at(-1)).toMatchObject({ operation: 'DescribeImages', accessKeyId: STATIC_ID, status: 200 });
  });

  it('describe-images pages like ECR (maxResults, nextToken), which the CLI follows to the end', async () => {
    const key = { accessKeyId: STATIC_ID, secretAccessKey: STATIC_SECRET };
    const all = JSON.parse((await aws(['ecr', 'describe-images', '--repository-name', 'cli/app'], key)).stdout).imageDetails as unknown[];
    expect(all.length).toBeGreaterThan(1);
    emu.reset();
    const paged = await aws(['ecr', 'describe-images', '--repository-name', 'cli/app', '--filter', 'tagStatus=TAGGED', '--page-size', '1'], key);
    expect(paged.stderr).toBe('');
    expect(JSON.parse(paged.stdout).imageDetails).toHaveLength(all.length);
    const calls = emu.calls.filter((c) => c.operation === 'DescribeImages');
    expect(calls.map((c) => [c.params.maxResults, typeof c.params.nextToken])).toEqual(all.map((_, i) => [1, i === 0 ? 'undefined' : 'string']));
  });

  it('credentialLifetimeSeconds shortens the session; calls after it get ExpiredTokenException, as from AWS', async () => {
    emu.credentialLifetimeSeconds = 0;
    try {
      const token = emu.issueToken({ sub: GOOD_SUB, aud: 'sts.amazonaws.com' });
      const r = await aws([
        'sts',
        'assume-role-with-web-identity',
        '--role-arn',
        ROLE,
        '--role-session-name',
        'short',
        '--web-identity-token',
        token,
        '--duration-seconds',
        '3600',
      ]);
      const c = JSON.parse(r.stdout).Credentials;
      expect(new Date(c.Expiration).getTime()).toBeLessThanOrEqual(Date.now());
      const late = await aws(['ecr', 'describe-repositories'], {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
      });
      expect(late.code).toBe(254);
      expect(late.stderr).toContain('(ExpiredTokenException)');
    } finally {
      emu.credentialLifetimeSeconds = undefined;
    }
  });

  it('ECR limits: batch-get-image takes at most 100 image ids (InvalidParameterException), 100 are answered', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `imageTag=t${i}`);
    const over = await aws(['ecr', 'batch-get-image', '--repository-name', 'cli/app', '--image-ids', ...ids(101)], session);
    expect(over.code).toBe(254);
    expect(over.stderr).toContain('(InvalidParameterException)');
    expect(over.stderr).toContain("'imageIds' failed to satisfy constraint: 'Member must have length less than or equal to 100'");
    const full = await aws(['ecr', 'batch-get-image', '--repository-name', 'cli/app', '--image-ids', ...ids(99), 'imageTag=v1'], session);
    expect(full.stderr).toBe('');
    const answer = JSON.parse(full.stdout);
    expect(answer.images.map((i: { imageId: unknown }) => i.imageId)).toEqual([{ imageDigest: v1Digest, imageTag: 'v1' }]);
    expect(answer.failures).toHaveLength(99);
  });
});

describe('AWS CLI v2 against the emulator: image scans', () => {
  const creds = () => ({ accessKeyId: STATIC_ID, secretAccessKey: STATIC_SECRET });
  const finding = (name: string, severity: string) => ({
    name,
    severity: severity as 'LOW',
    uri: `https://cve.example/${name}`,
    attributes: [{ key: 'package_name', value: 'zlib' }],
  });

  it('ScanNotFoundException without scan on push, start-image-scan once a day, IN_PROGRESS then COMPLETE, findings in pages', async () => {
    const c = await aws(['ecr', 'create-repository', '--repository-name', 'cli/noscan', '--image-scanning-configuration', 'scanOnPush=false'], creds());
    expect(c.stderr).toBe('');
    const login = await docker(['login', '--username', registry.user, '--password-stdin', emu.registryFrontHost], registry.password);
    expect(login.code).toBe(0);
    const digest = await buildAndPush(`${emu.registryFrontHost}/cli/noscan:one`);
    const describe = (...extra: string[]) =>
      aws(['ecr', 'describe-image-scan-findings', '--repository-name', 'cli/noscan', '--image-id', `imageDigest=${digest}`, ...extra], creds());

    const none = await describe();
    expect(none.code).toBe(254);
    expect(none.stderr).toContain('(ScanNotFoundException)');
    const missing = await aws(
      ['ecr', 'describe-image-scan-findings', '--repository-name', 'cli/noscan', '--image-id', `imageDigest=sha256:${'0'.repeat(64)}`],
      creds(),
    );
    expect(missing.stderr).toContain('(ImageNotFoundException)');

    emu.scans.set(digest, {
      findings: [finding('CVE-1', 'LOW'), finding('CVE-2', 'CRITICAL'), finding('CVE-3', 'LOW'), finding('CVE-4', 'HIGH'), finding('CVE-5', 'LOW')],
      inProgressPolls: 1,
    });
    const start = await aws(['ecr', 'start-image-scan', '--repository-name', 'cli/noscan', '--image-id', 'imageTag=one'], creds());
    expect(start.stderr).toBe('');
    expect(JSON.parse(start.stdout)).toMatchObject({
      repositoryName: 'cli/noscan',
      imageId: { imageDigest: digest },
      imageScanStatus: { status: 'IN_PROGRESS' },
    });
    const again = await aws(['ecr', 'start-image-scan', '--repository-name', 'cli/noscan', '--image-id', `imageDigest=${digest}`], creds());
    expect(again.stderr).toContain('(LimitExceededException)');

    const first = await describe();
    expect(JSON.parse(first.stdout)).toMatchObject({ imageScanStatus: { status: 'IN_PROGRESS' } });
    expect(JSON.parse(first.stdout).imageScanFindings?.findings ?? []).toEqual([]);

    emu.reset();
    const done = await describe('--page-size', '2');
    expect(done.stderr).toBe('');
    const out = JSON.parse(done.stdout);
    expect(out.imageScanStatus.status).toBe('COMPLETE');
    expect(out.imageScanFindings.findingSeverityCounts).toEqual({ LOW: 3, CRITICAL: 1, HIGH: 1 });
    // The CLI followed nextToken through three pages of two and merged them.
    expect(out.imageScanFindings.findings.map((f: { name: string }) => f.name)).toEqual(['CVE-1', 'CVE-2', 'CVE-3', 'CVE-4', 'CVE-5']);
    const calls = emu.calls.filter((x) => x.operation === 'DescribeImageScanFindings');
    expect(calls.map((x) => [x.params.maxResults, Boolean(x.params.nextToken), x.status])).toEqual([
      [2, false, 200],
      [2, true, 200],
      [2, true, 200],
    ]);
  });
});

describe('JS SDK v3 against the emulator', () => {
  let creds: Creds;
  const sts = () => new STSClient({ region: 'us-east-1', endpoint: emu.url, credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' } });
  const ecr = (c: Creds = creds, extra: Record<string, unknown> = {}) => new ECRClient({ region: 'us-east-1', endpoint: emu.url, credentials: c, ...extra });
  const errorOf = (p: Promise<unknown>) =>
    p.then(
      () => {
        throw new Error('expected a rejection');
      },
      (e: Error & { $metadata?: { httpStatusCode?: number } }) => e,
    );
  const assume = (token: string, extra: Record<string, unknown> = {}) =>
    sts().send(new AssumeRoleWithWebIdentityCommand({ RoleArn: ROLE, RoleSessionName: 'sdk-test', WebIdentityToken: token, ...extra }));

  it('GitHub OIDC endpoint → AssumeRoleWithWebIdentity → GetCallerIdentity', async () => {
    // The way @actions/core builds the URL: the request URL already has "?api-version=2.0".
    const res = await fetch(`${emu.githubTokenUrl}&audience=${encodeURIComponent('sts.amazonaws.com')}`, {
      headers: { authorization: `Bearer ${emu.githubRequestToken}` },
    });
    expect(res.status).toBe(200);
    const { value } = (await res.json()) as { value: string };
    const claims = JSON.parse(Buffer.from(value.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ sub: GOOD_SUB, aud: 'sts.amazonaws.com', iss: `${emu.url}/github-oidc`, repository: 'octo-org/octo-repo' });
    expect((await fetch(`${emu.url}/github-oidc/token&audience=x`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);

    const out = await assume(value, { DurationSeconds: 900 });
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(out.Credentials?.Expiration).toBeInstanceOf(Date);
    expect(out.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[A-Z2-7]{16}:sdk-test$/);
    expect(out.Provider).toContain('oidc-provider/127.0.0.1');
    expect(out.SubjectFromWebIdentityToken).toBe(GOOD_SUB);
    creds = { accessKeyId: out.Credentials!.AccessKeyId!, secretAccessKey: out.Credentials!.SecretAccessKey!, sessionToken: out.Credentials!.SessionToken! };

    const me = await new STSClient({ region: 'us-east-1', endpoint: emu.url, credentials: creds }).send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({ Account: '123456789012', Arn: 'arn:aws:sts::123456789012:assumed-role/ecr-deliver-ci/sdk-test' });
  });

  it('STS errors surface with the SDK names real STS produces', async () => {
    const good = { sub: GOOD_SUB, aud: 'sts.amazonaws.com' };
    const cases: Array<[Promise<unknown>, string, number]> = [
      [assume(emu.issueToken({ ...good, sub: 'repo:evil/fork:ref:refs/heads/main' })), 'AccessDenied', 403],
      [assume(emu.issueToken({ ...good, aud: 'other' })), 'AccessDenied', 403],
      [assume(emu.issueToken(good, { signWithForeignKey: true })), 'InvalidIdentityTokenException', 400],
      [assume(emu.issueToken(good, { issuer: 'https://token.example.com' })), 'InvalidIdentityTokenException', 400],
      [assume('not-a-jwt'), 'InvalidIdentityTokenException', 400],
      [assume(emu.issueToken(good, { expiresIn: -60 })), 'ExpiredTokenException', 400],
      [assume(emu.issueToken(good), { DurationSeconds: 100 }), 'ValidationError', 400],
      [assume(emu.issueToken(good), { RoleSessionName: 'has space' }), 'ValidationError', 400],
      [
        sts().send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: 'arn:aws:iam::123456789012:role/unknown',
            RoleSessionName: 'x1',
            WebIdentityToken: emu.issueToken(good),
          }),
        ),
        'AccessDenied',
        403,
      ],
    ];
    for (const [p, name, status] of cases) {
      const e = await errorOf(p);
      expect([e.name, e.$metadata?.httpStatusCode]).toEqual([name, status]);
    }
    // CircleCI tokens come from their own issuer, accepted like GitHub's.
    const circle = emu.issueToken({ ...good, aud: 'sts.amazonaws.com' }, { issuer: `${emu.url}/circleci` });
    expect((await assume(circle)).Credentials?.AccessKeyId).toMatch(/^ASIA/);
  });

  it('ECR repositories: create with exclusions, duplicates, bad names, policies', async () => {
    const client = ecr();
    const auth = await client.send(new GetAuthorizationTokenCommand({}));
    expect(Buffer.from(auth.authorizationData![0].authorizationToken!, 'base64').toString()).toBe(`AWS:${registry.password}`);
    expect(auth.authorizationData![0].expiresAt).toBeInstanceOf(Date);

    const created = await client.send(
      new CreateRepositoryCommand({
        repositoryName: 'sdk/app',
        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
        imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'latest' }],
        encryptionConfiguration: { encryptionType: 'KMS', kmsKey: 'alias/ecr' },
        tags: [{ Key: 'team', Value: 'core' }],
      }),
    );
    expect(created.repository).toMatchObject({
      repositoryName: 'sdk/app',
      repositoryUri: `${emu.registryFrontHost}/sdk/app`,
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'latest' }],
      encryptionConfiguration: { encryptionType: 'KMS', kmsKey: 'alias/ecr' },
      imageScanningConfiguration: { scanOnPush: false },
    });
    expect(created.repository?.createdAt).toBeInstanceOf(Date);
    expect((await errorOf(client.send(new CreateRepositoryCommand({ repositoryName: 'sdk/app' })))).name).toBe('RepositoryAlreadyExistsException');
    for (const bad of ['Upper/Case', 'a', 'trailing-', 'double//slash']) {
      expect((await errorOf(client.send(new CreateRepositoryCommand({ repositoryName: bad })))).name).toBe('InvalidParameterException');
    }
    expect((await errorOf(client.send(new DescribeRepositoriesCommand({ repositoryNames: ['sdk/none'] })))).name).toBe('RepositoryNotFoundException');
    const listed = await client.send(new DescribeRepositoriesCommand({ repositoryNames: ['sdk/app'] }));
    expect(listed.repositories?.[0].repositoryArn).toBe('arn:aws:ecr:us-east-1:123456789012:repository/sdk/app');

    const lifecycle = JSON.stringify({
      rules: [
        {
          rulePriority: 1,
          selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 },
          action: { type: 'expire' },
        },
      ],
    });
    await client.send(new PutLifecyclePolicyCommand({ repositoryName: 'sdk/app', lifecyclePolicyText: lifecycle }));
    expect((await client.send(new GetLifecyclePolicyCommand({ repositoryName: 'sdk/app' }))).lifecyclePolicyText).toBe(lifecycle);
    expect((await errorOf(client.send(new PutLifecyclePolicyCommand({ repositoryName: 'sdk/app', lifecyclePolicyText: '{nope' })))).name).toBe(
      'InvalidParameterException',
    );
    expect((await errorOf(client.send(new GetRepositoryPolicyCommand({ repositoryName: 'sdk/app' })))).name).toBe('RepositoryPolicyNotFoundException');
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: ['ecr:BatchGetImage'] }],
    });
    await client.send(new SetRepositoryPolicyCommand({ repositoryName: 'sdk/app', policyText: policy }));
    expect((await client.send(new GetRepositoryPolicyCommand({ repositoryName: 'sdk/app' }))).policyText).toBe(policy);
  });

  it('ECR images: refused push to a missing repository, BatchGetImage byte-exact, PutImage immutability with exclusions', async () => {
    const client = ecr();
    const front = emu.registryFrontHost;
    // Pushing before the repository exists is refused like ECR does ("name unknown").
    await docker(['tag', `${front}/cli/app:v1`, `${front}/sdk/missing:v1`]);
    images.push(`${front}/sdk/missing:v1`);
    const refused = await docker(['push', `${front}/sdk/missing:v1`]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("name unknown: The repository with name 'sdk/missing' does not exist");

    const d1 = await buildAndPush(`${front}/sdk/app:sha1`);
    const d2 = await buildAndPush(`${front}/sdk/app:sha2`);
    const got = await client.send(
      new BatchGetImageCommand({
        repositoryName: 'sdk/app',
        imageIds: [{ imageTag: 'sha1' }, { imageDigest: d2 }, { imageTag: 'sha1', imageDigest: d2 }],
        acceptedMediaTypes: MANIFEST_ACCEPT,
      }),
    );
    expect(got.images?.map((i) => i.imageId)).toEqual([{ imageDigest: d1, imageTag: 'sha1' }, { imageDigest: d2 }]);
    expect(got.failures?.[0].failureCode).toBe('ImageTagDoesNotMatchDigest');
    const [m1, m2] = got.images!.map((i) => i.imageManifest!);
    // Byte-exact with what the registry serves, so a manifest copy (PutImage) keeps the digest.
    const raw = await fetch(`${registry.url}/v2/sdk/app/manifests/sha1`, {
      headers: { authorization: `Basic ${Buffer.from(`AWS:${registry.password}`).toString('base64')}`, accept: MANIFEST_ACCEPT.join(',') },
    });
    expect(m1).toBe(await raw.text());

    // "latest" is excluded from immutability: it may move; "sha1" may not.
    for (const [m, d] of [
      [m1, d1],
      [m2, d2],
    ] as const) {
      const put = await client.send(
        new PutImageCommand({ repositoryName: 'sdk/app', imageTag: 'latest', imageManifest: m, imageManifestMediaType: got.images![0].imageManifestMediaType }),
      );
      expect(put.image?.imageId?.imageDigest).toBe(d);
    }
    expect(await registryManifestDigest(registry, 'sdk/app', 'latest')).toBe(d2);
    expect((await errorOf(client.send(new PutImageCommand({ repositoryName: 'sdk/app', imageTag: 'latest', imageManifest: m2 })))).name).toBe(
      'ImageAlreadyExistsException',
    );
    expect((await errorOf(client.send(new PutImageCommand({ repositoryName: 'sdk/app', imageTag: 'sha1', imageManifest: m2 })))).name).toBe(
      'ImageTagAlreadyExistsException',
    );
    expect((await errorOf(client.send(new PutImageCommand({ repositoryName: 'sdk/app', imageTag: 'x', imageManifest: '{"schemaVersion":2}' })))).name).toBe(
      'InvalidParameterException',
    );
    expect((await errorOf(client.send(new PutImageCommand({ repositoryName: 'sdk/app', imageTag: 'y', imageManifest: m1, imageDigest: d2 })))).name).toBe(
      'ImageDigestDoesNotMatchException',
    );
    expect(await registryTags(registry, 'sdk/app')).toEqual(['latest', 'sha1', 'sha2']);

    const described = await client.send(new DescribeImagesCommand({ repositoryName: 'sdk/app', imageIds: [{ imageTag: 'latest' }] }));
    expect(described.imageDetails?.[0]).toMatchObject({
      imageDigest: d2,
      imageTags: ['latest', 'sha2'],
      imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    });
    expect(described.imageDetails?.[0].imagePushedAt).toBeInstanceOf(Date);
    expect((await errorOf(client.send(new DescribeImagesCommand({ repositoryName: 'sdk/app', imageIds: [{ imageTag: 'gone' }] })))).name).toBe(
      'ImageNotFoundException',
    );
    expect((await errorOf(client.send(new BatchGetImageCommand({ repositoryName: 'sdk/none', imageIds: [{ imageTag: 'a' }] })))).name).toBe(
      'RepositoryNotFoundException',
    );
  });

  it('ECR limits: more than 5 exclusion filters are refused; PutImage past its rate is ThrottlingException', async () => {
    const client = ecr();
    const filters = Array.from({ length: 6 }, (_, i) => ({ filterType: 'WILDCARD' as const, filter: `f${i}*` }));
    const six = await errorOf(
      client.send(
        new CreateRepositoryCommand({
          repositoryName: 'sdk/filters',
          imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
          imageTagMutabilityExclusionFilters: filters,
        }),
      ),
    );
    expect([six.name, six.$metadata?.httpStatusCode]).toEqual(['InvalidParameterException', 400]);
    expect(emu.repositories.has('sdk/filters')).toBe(false);
    await client.send(
      new CreateRepositoryCommand({
        repositoryName: 'sdk/filters',
        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
        imageTagMutabilityExclusionFilters: filters.slice(0, 5),
      }),
    );

    // The SDK must not retry here, so every throttled answer is seen.
    const once = ecr(creds, { maxAttempts: 1 });
    const [image] =
      (await once.send(new BatchGetImageCommand({ repositoryName: 'sdk/app', imageIds: [{ imageTag: 'sha1' }], acceptedMediaTypes: MANIFEST_ACCEPT })))
        .images ?? [];
    const put = (tag: string) =>
      once.send(
        new PutImageCommand({
          repositoryName: 'sdk/app',
          imageTag: tag,
          imageManifest: image!.imageManifest,
          imageManifestMediaType: image!.imageManifestMediaType,
        }),
      );
    emu.reset();
    const burst = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => put(`burst-${i}`)));
    const refused = burst
      .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      .map((r) => r.reason as Error & { $metadata?: { httpStatusCode?: number } });
    expect(burst.length - refused.length).toBeLessThanOrEqual(10);
    expect(refused.length).toBeGreaterThanOrEqual(20);
    expect(new Set(refused.map((e) => `${e.name} ${e.$metadata?.httpStatusCode}`))).toEqual(new Set(['ThrottlingException 400']));
    expect(emu.calls.filter((c) => c.errorCode === 'ThrottlingException')).toHaveLength(refused.length);
    // The bucket refills: a call a second later is answered.
    await new Promise((r) => setTimeout(r, 1100));
    expect((await put('after-burst')).image?.imageId?.imageTag).toBe('after-burst');
  });

  it('ECR rejects bad signatures, unknown keys and mismatched session tokens', async () => {
    const cmd = () => new DescribeRepositoriesCommand({});
    // One character changed (a random secret may itself start with `x`).
    const first = creds.secretAccessKey[0] === 'x' ? 'y' : 'x';
    const wrongSecret = await errorOf(ecr({ ...creds, secretAccessKey: `${first}${creds.secretAccessKey.slice(1)}` }).send(cmd()));
    expect([wrongSecret.name, wrongSecret.$metadata?.httpStatusCode]).toEqual(['InvalidSignatureException', 400]);
    expect((await errorOf(ecr({ accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 's' }).send(cmd()))).name).toBe('UnrecognizedClientException');
    expect((await errorOf(ecr({ ...creds, sessionToken: 'forged' }).send(cmd()))).name).toBe('UnrecognizedClientException');
    expect((await errorOf(ecr({ ...creds, sessionToken: undefined }).send(cmd()))).name).toBe('UnrecognizedClientException');
    expect((await ecr({ accessKeyId: STATIC_ID, secretAccessKey: STATIC_SECRET }).send(cmd())).repositories?.length).toBeGreaterThan(0);
  });

  it('fault hooks: throttling, reset and hang are retried by the SDK; registry faults answer once', async () => {
    emu.reset();
    emu.faults.push({
      service: 'ecr',
      operation: 'GetAuthorizationToken',
      times: 1,
      error: { status: 400, code: 'ThrottlingException', message: 'Rate exceeded' },
    });
    emu.faults.push({ service: 'ecr', operation: 'DescribeRepositories', times: 1, error: 'reset' });
    emu.faults.push({ service: 'ecr', operation: 'DescribeImages', times: 1, error: 'hang' });
    const client = ecr(creds, { requestHandler: { requestTimeout: 1000, throwOnRequestTimeout: true } });
    await client.send(new GetAuthorizationTokenCommand({}));
    await client.send(new DescribeRepositoriesCommand({}));
    await client.send(new DescribeImagesCommand({ repositoryName: 'sdk/app' }));
    expect(emu.calls.map((c) => [c.operation, c.status, c.errorCode])).toEqual([
      ['GetAuthorizationToken', 400, 'ThrottlingException'],
      ['GetAuthorizationToken', 200, undefined],
      ['DescribeRepositories', 0, 'reset'],
      ['DescribeRepositories', 200, undefined],
      ['DescribeImages', 0, 'hang'],
      ['DescribeImages', 200, undefined],
    ]);

    emu.faults.push({ service: 'sts', operation: 'AssumeRoleWithWebIdentity', times: 1, error: { status: 500, code: 'InternalFailure', message: 'boom' } });
    expect((await assume(emu.issueToken({ sub: GOOD_SUB, aud: 'sts.amazonaws.com' }))).Credentials).toBeDefined();
    expect(emu.calls.filter((c) => c.service === 'sts').map((c) => c.status)).toEqual([500, 200]);

    emu.registryFaults.push({ match: (method, p) => method === 'GET' && p === '/v2/', times: 1, respond: { status: 503, body: '{"errors":[]}' } });
    expect((await fetch(`${emu.registryFrontUrl}/v2/`)).status).toBe(503);
    expect((await fetch(`${emu.registryFrontUrl}/v2/`)).status).toBe(401);
  });
});

describe('latency (JS SDK v3 against the emulator)', () => {
  let creds: Creds;
  const ecr = () => new ECRClient({ region: 'us-east-1', endpoint: emu.url, credentials: creds });
  const oidc = () => fetch(`${emu.githubTokenUrl}&audience=sts.amazonaws.com`, { headers: { authorization: `Bearer ${emu.githubRequestToken}` } });
  const assume = () =>
    new STSClient({ region: 'us-east-1', endpoint: emu.url, credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' } }).send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: ROLE,
        RoleSessionName: 'latency',
        WebIdentityToken: emu.issueToken({ sub: GOOD_SUB, aud: 'sts.amazonaws.com' }),
      }),
    );
  const setLatency = (ms: Partial<Record<LatencyService, number>>) => Object.assign(emu.latencyMs, { oidc: 0, sts: 0, ecr: 0, registry: 0 }, ms);
  /** Milliseconds from before the request to its answer. */
  const took = async (request: () => Promise<unknown>) => {
    const t0 = performance.now();
    await request();
    return performance.now() - t0;
  };

  beforeAll(async () => {
    const c = (await assume()).Credentials!;
    creds = { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
  });
  afterEach(() => setLatency({}));

  it('each service waits at least its own setting before it answers (OIDC, STS, ECR API, registry front)', async () => {
    // A timer never fires before its time: a lower bound cannot flake (1 ms: timers count whole milliseconds).
    const requests: Record<LatencyService, () => Promise<unknown>> = {
      oidc,
      sts: assume,
      ecr: () => ecr().send(new DescribeRepositoriesCommand({})),
      registry: () => fetch(`${emu.registryFrontUrl}/v2/`),
    };
    for (const [service, request] of Object.entries(requests) as Array<[LatencyService, () => Promise<unknown>]>) {
      setLatency({ [service]: 400 });
      const ms = await took(request);
      expect(`${service}: ${ms >= 399 ? 'waited' : `answered after ${ms} ms`}`).toBe(`${service}: waited`);
    }
  });

  it('one slow service holds no other: calls sent later are answered and logged before it', async () => {
    emu.reset();
    setLatency({ sts: 3000 });
    let stsAnswered = false;
    const slow = assume().then(() => (stsAnswered = true));
    // Sent after STS's request: the emulator has it (and waits) before these arrive.
    await new Promise((r) => setTimeout(r, 50));
    await ecr().send(new DescribeRepositoriesCommand({}));
    expect((await oidc()).status).toBe(200);
    expect((await fetch(`${emu.registryFrontUrl}/v2/`)).status).toBe(401);
    expect(stsAnswered).toBe(false);
    await slow;
    expect(emu.calls.map((c) => c.operation)).toEqual(['DescribeRepositories', 'GetIdToken', 'AssumeRoleWithWebIdentity']);
    expect(emu.registryRequests.map((r) => [r.path, r.status])).toEqual([['/v2/', 401]]);
  });
});

describe('more registry ids, pull-through cache, ECR Public (AWS CLI against the emulator)', () => {
  const PEER_ID = '210987654321';
  const creds = { accessKeyId: STATIC_ID, secretAccessKey: STATIC_SECRET };
  let peer: AwsEmulator;
  let peerRegistry: Registry;
  let upstream: Registry;
  let publicStore: AwsEmulator;
  let publicRegistry: Registry;

  beforeAll(async () => {
    [peerRegistry, upstream, publicRegistry] = await Promise.all([startRegistry(), startRegistry(), startRegistry()]);
    peer = new AwsEmulator({ registry: peerRegistry, accountId: PEER_ID });
    publicStore = new AwsEmulator({ registry: publicRegistry });
    await Promise.all([peer.start(), publicStore.start()]);
    emu.addRegistryId(peer);
    emu.addUpstreamRegistry(upstream);
    emu.enablePublic(publicStore, 'e2e-alias');
  });
  afterAll(async () => {
    await Promise.all([peer?.stop(), publicStore?.stop()]);
    await Promise.all([peerRegistry?.stop(), upstream?.stop(), publicRegistry?.stop()]);
  });

  it('get-authorization-token for two registry ids: one answer each, each with its own registry host', async () => {
    const r = await aws(['ecr', 'get-authorization-token', '--registry-ids', emu.accountId, PEER_ID], creds);
    expect(r.stderr).toBe('');
    const data = JSON.parse(r.stdout).authorizationData as Array<{ proxyEndpoint: string; authorizationToken: string }>;
    expect(data.map((d) => d.proxyEndpoint)).toEqual([emu.registryFrontUrl, peer.registryFrontUrl]);
    expect(Buffer.from(data[1].authorizationToken, 'base64').toString()).toBe(`${peerRegistry.user}:${peerRegistry.password}`);

    const created = await aws(['ecr', 'create-repository', '--registry-id', PEER_ID, '--repository-name', 'base/os'], creds);
    expect(created.stderr).toBe('');
    expect(JSON.parse(created.stdout).repository).toMatchObject({ registryId: PEER_ID, repositoryUri: `${peer.registryFrontHost}/base/os` });
    const mine = await aws(['ecr', 'describe-repositories', '--repository-names', 'base/os'], creds);
    expect(mine.stderr).toContain('RepositoryNotFoundException');
  });

  it('create/describe-pull-through-cache-rules; the first pull of a prefixed name creates the repository and imports the image', async () => {
    const rule = await aws(['ecr', 'create-pull-through-cache-rule', '--ecr-repository-prefix', 'hub', '--upstream-registry-url', upstream.host], creds);
    expect(rule.stderr).toBe('');
    expect(JSON.parse(rule.stdout)).toMatchObject({ ecrRepositoryPrefix: 'hub', upstreamRegistryUrl: upstream.host, registryId: emu.accountId });
    const again = await aws(['ecr', 'create-pull-through-cache-rule', '--ecr-repository-prefix', 'hub', '--upstream-registry-url', upstream.host], creds);
    expect(again.stderr).toContain('PullThroughCacheRuleAlreadyExistsException');
    const described = await aws(['ecr', 'describe-pull-through-cache-rules'], creds);
    expect(JSON.parse(described.stdout).pullThroughCacheRules.map((x: { ecrRepositoryPrefix: string }) => x.ecrRepositoryPrefix)).toEqual(['hub']);

    expect((await docker(['login', '-u', upstream.user, '--password-stdin', upstream.host], upstream.password)).code).toBe(0);
    const digest = await buildAndPush(`${upstream.host}/library/tool:1`);
    const token = JSON.parse((await aws(['ecr', 'get-authorization-token'], creds)).stdout).authorizationData[0].authorizationToken;
    const [user, password] = Buffer.from(token, 'base64').toString().split(':');
    expect((await docker(['login', '-u', user, '--password-stdin', emu.registryFrontHost], password)).code).toBe(0);
    emu.reset();
    const pulled = await docker(['pull', `${emu.registryFrontHost}/hub/library/tool:1`]);
    images.push(`${emu.registryFrontHost}/hub/library/tool:1`);
    expect(pulled.stderr).toBe('');
    expect(emu.calls.map((c) => c.operation)).toEqual(['CreateRepository', 'BatchImportUpstreamImage']);
    const repo = JSON.parse((await aws(['ecr', 'describe-repositories', '--repository-names', 'hub/library/tool'], creds)).stdout).repositories[0];
    expect(repo.repositoryUri).toBe(`${emu.registryFrontHost}/hub/library/tool`);
    expect(await registryManifestDigest(registry, 'hub/library/tool', '1')).toBe(digest);
  });

  it('ecr-public: token, registry URI, repository with catalog data, docker push, describe-image-tags, put-image', async () => {
    const token = await aws(['ecr-public', 'get-authorization-token'], creds);
    expect(token.stderr).toBe('');
    const auth = JSON.parse(token.stdout).authorizationData;
    expect(Buffer.from(auth.authorizationToken, 'base64').toString()).toBe(`${publicRegistry.user}:${publicRegistry.password}`);
    const registries = JSON.parse((await aws(['ecr-public', 'describe-registries'], creds)).stdout).registries;
    expect(registries[0]).toMatchObject({ registryId: emu.accountId, registryUri: `${publicStore.registryFrontHost}/e2e-alias` });

    const created = await aws(
      ['ecr-public', 'create-repository', '--repository-name', 'tool', '--catalog-data', 'description=A tool,aboutText=# About,usageText=docker run it'],
      creds,
    );
    expect(created.stderr).toBe('');
    expect(JSON.parse(created.stdout).repository.repositoryUri).toBe(`${publicStore.registryFrontHost}/e2e-alias/tool`);
    const catalog = JSON.parse((await aws(['ecr-public', 'get-repository-catalog-data', '--repository-name', 'tool'], creds)).stdout).catalogData;
    expect(catalog).toEqual({ description: 'A tool', aboutText: '# About', usageText: 'docker run it' });
    expect((await aws(['ecr-public', 'create-repository', '--repository-name', 'tool'], creds)).stderr).toContain('RepositoryAlreadyExistsException');

    expect((await docker(['login', '-u', 'AWS', '--password-stdin', publicStore.registryFrontHost], publicRegistry.password)).code).toBe(0);
    const digest = await buildAndPush(`${publicStore.registryFrontHost}/e2e-alias/tool:v1`);
    const tags = JSON.parse((await aws(['ecr-public', 'describe-image-tags', '--repository-name', 'tool'], creds)).stdout).imageTagDetails;
    expect(tags).toEqual([expect.objectContaining({ imageTag: 'v1', imageDetail: expect.objectContaining({ imageDigest: digest }) })]);
    const manifest = await (
      await fetch(`${publicRegistry.url}/v2/e2e-alias/tool/manifests/v1`, {
        headers: {
          authorization: `Basic ${Buffer.from(`${publicRegistry.user}:${publicRegistry.password}`).toString('base64')}`,
          accept: MANIFEST_ACCEPT.join(', '),
        },
      })
    ).text();
    const put = await aws(['ecr-public', 'put-image', '--repository-name', 'tool', '--image-tag', 'latest', '--image-manifest', manifest], creds);
    expect(put.stderr).toBe('');
    expect(JSON.parse(put.stdout).image).toMatchObject({ repositoryName: 'tool', imageId: { imageDigest: digest, imageTag: 'latest' } });
    expect((await aws(['ecr-public', 'describe-repositories', '--repository-names', 'missing'], creds)).stderr).toContain('RepositoryNotFoundException');
  });
});
