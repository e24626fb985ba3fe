/**
 * core/public-registry.ts through its TargetRegistry methods, against the project's emulator (its
 * ECR Public API, SigV4 checked) in front of a real registry: what ECR Public was asked, what the
 * registry holds afterwards, and the errors (with their hints) a delivery would show.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryError } from '../../src/core/errors';
import { parseOptions } from '../../src/core/options/parse';
import { PublicRegistry } from '../../src/core/public-registry';
import { AwsEmulator } from '../fixtures/emulator';
import { DOCKER_V2, seedImage } from '../fixtures/seed-image';
import { type Registry, registryManifestDigest, startRegistry } from '../fixtures/services';

const KEY = 'AKIAPUBLICUNITTEST01';
const SECRET = 'public-unit-test-secret';
const ALIAS = 'unit-alias';

let registry: Registry;
let emulator: AwsEmulator;
let dir: string;
const savedEndpoint = process.env.AWS_ENDPOINT_URL_ECR_PUBLIC;
const open: PublicRegistry[] = [];

/** A PublicRegistry signed with the emulator's static key, closed after each test. */
function publicRegistry(registryId?: string, credentials = { accessKeyId: KEY, secretAccessKey: SECRET }): PublicRegistry {
  const target = new PublicRegistry(credentials, registryId);
  open.push(target);
  return target;
}

const options = (raw: Record<string, string>) => parseOptions((name) => ({ 'registry-type': 'public', context: dir, ...raw })[name]);
const calls = (operation: string) => emulator.calls.filter((c) => c.service === 'ecr-public' && c.operation === operation);

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!done()) throw new Error('the emulator never saw the call');
}

beforeAll(async () => {
  registry = await startRegistry();
  emulator = new AwsEmulator({ registry });
  await emulator.start();
  emulator.enablePublic(emulator, ALIAS);
  emulator.addStaticKey(KEY, SECRET);
  process.env.AWS_ENDPOINT_URL_ECR_PUBLIC = emulator.url;
  dir = mkdtempSync(join(tmpdir(), 'public-registry-'));
  // Options are parsed as for a delivery, which needs a Dockerfile in its context.
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
});

afterAll(async () => {
  if (savedEndpoint === undefined) delete process.env.AWS_ENDPOINT_URL_ECR_PUBLIC;
  else process.env.AWS_ENDPOINT_URL_ECR_PUBLIC = savedEndpoint;
  await emulator?.stop();
  await registry?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => emulator.reset());

afterEach(() => {
  for (const target of open.splice(0)) target.close();
});

describe('PublicRegistry', () => {
  it('login: the token from GetAuthorizationToken, for the registry host DescribeRegistries names', async () => {
    const login = await publicRegistry().login();
    expect(login).toEqual({ host: emulator.registryFrontHost, username: registry.user, password: registry.password });
    expect(calls('GetAuthorizationToken').map((c) => c.status)).toEqual([200]);
    expect(calls('DescribeRegistries').map((c) => c.status)).toEqual([200]);
  });

  it('login: after a repository answer names the registry, DescribeRegistries is not asked', async () => {
    const target = publicRegistry();
    await target.ensureRepository(options({ repository: 'login-after-repo' }));
    emulator.reset();
    expect((await target.login()).host).toBe(emulator.registryFrontHost);
    expect(calls('DescribeRegistries')).toEqual([]);
  });

  it('findRepository: undefined for a missing repository; a public.ecr.aws/<alias>/ name is asked by its bare name', async () => {
    const target = publicRegistry();
    expect(await target.findRepository('never-made')).toBeUndefined();
    await target.ensureRepository(options({ repository: 'by-uri' }));
    const found = await target.findRepository(`public.ecr.aws/${ALIAS}/by-uri`);
    expect(found).toMatchObject({ name: 'by-uri', uri: `${emulator.publicRegistryUri}/by-uri`, created: false, mutability: 'MUTABLE' });
    expect(calls('DescribeRepositories').at(-1)?.params.repositoryNames).toEqual(['by-uri']);
  });

  it('ensureRepository: creates a missing repository with the catalog texts, then finds it', async () => {
    const target = publicRegistry();
    const o = options({ repository: 'with-catalog', 'catalog-description': 'A tiny image', 'catalog-usage': 'docker run it' });
    const created = await target.ensureRepository(o);
    expect(created).toMatchObject({ name: 'with-catalog', uri: `${emulator.publicRegistryUri}/with-catalog`, created: true });
    expect(created.arn).toMatch(/^arn:aws:ecr-public::\d{12}:repository\/with-catalog$/);
    expect(emulator.publicCatalog('with-catalog')).toEqual({ description: 'A tiny image', usageText: 'docker run it' });
    const again = await target.ensureRepository(o);
    expect(again.created).toBe(false);
    expect(calls('CreateRepository')).toHaveLength(1);
  });

  it('ensureRepository: no catalog data is sent when none was given', async () => {
    await publicRegistry().ensureRepository(options({ repository: 'plain-catalog' }));
    expect(calls('CreateRepository')[0].params.catalogData).toBeUndefined();
  });

  it('ensureRepository: refuses a missing repository when create-repository is false, without CreateRepository', async () => {
    const failure = publicRegistry().ensureRepository(options({ repository: 'not-allowed', 'create-repository': 'false' }));
    await expect(failure).rejects.toBeInstanceOf(RegistryError);
    await expect(failure).rejects.toMatchObject({
      message: 'repository not-allowed does not exist in ECR Public',
      hint: 'create it, or set create-repository: true',
    });
    expect(calls('CreateRepository')).toEqual([]);
  });

  it('ensureRepository: a creation race lost to another job counts as found', async () => {
    const target = publicRegistry();
    await target.ensureRepository(options({ repository: 'raced' }));
    emulator.reset();
    // This job's look-up misses (the other job has not created it yet); its creation then finds it made.
    emulator.faults.push({
      service: 'ecr-public',
      operation: 'DescribeRepositories',
      times: 1,
      error: { status: 400, code: 'RepositoryNotFoundException', message: "The repository with name 'raced' does not exist" },
    });
    const found = await target.ensureRepository(options({ repository: 'raced' }));
    expect(found).toMatchObject({ name: 'raced', created: false });
    expect(calls('CreateRepository').map((c) => c.errorCode)).toEqual(['RepositoryAlreadyExistsException']);
    expect(calls('DescribeRepositories')).toHaveLength(2);
  });

  it('applyPolicies: sets the policy file as the repository policy, and asks nothing without one', async () => {
    const target = publicRegistry();
    await target.ensureRepository(options({ repository: 'with-policy' }));
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr-public:BatchCheckLayerAvailability' }],
    });
    const file = join(dir, 'policy.json');
    writeFileSync(file, policy);
    await target.applyPolicies(options({ repository: 'with-policy', 'repository-policy': file }));
    expect(calls('SetRepositoryPolicy').map((c) => [c.status, c.params.repositoryName, c.params.policyText])).toEqual([[200, 'with-policy', policy]]);
    emulator.reset();
    await target.applyPolicies(options({ repository: 'with-policy' }));
    expect(emulator.calls).toEqual([]);
  });

  it('images: the digest and media type of each asked tag present, nothing for other tags or a missing repository', async () => {
    const target = publicRegistry();
    await target.ensureRepository(options({ repository: 'tagged' }));
    const v1 = await seedImage(registry, `${ALIAS}/tagged`, 'v1');
    await seedImage(registry, `${ALIAS}/tagged`, 'other');
    const found = await target.images('tagged', ['v1', 'absent']);
    expect([...found.entries()]).toEqual([['v1', { digest: v1.digest, manifest: '', mediaType: DOCKER_V2 }]]);
    expect((await target.images('no-such-repo', ['v1'])).size).toBe(0);
  });

  it('putTag: copies the manifest read from the registry to the new tag, same digest', async () => {
    const target = publicRegistry();
    await target.ensureRepository(options({ repository: 'copied' }));
    const v1 = await seedImage(registry, `${ALIAS}/copied`, 'v1');
    const record = (await target.images('copied', ['v1'])).get('v1')!;
    await target.putTag('copied', record, 'latest');
    expect(await registryManifestDigest(registry, `${ALIAS}/copied`, 'latest')).toBe(v1.digest);
    const [put] = calls('PutImage');
    expect(put).toMatchObject({
      status: 200,
      params: { repositoryName: 'copied', imageTag: 'latest', imageDigest: v1.digest, imageManifestMediaType: DOCKER_V2 },
    });
    // The bytes stored, unchanged: a copy keeps the digest.
    expect(put.params.imageManifest).toBe(v1.manifest);
    // Read from the registry with the ECR Public login (its front), not from the API.
    expect(
      emulator.registryRequests.some(
        (r) => r.method === 'GET' && decodeURIComponent(r.path) === `/v2/${ALIAS}/copied/manifests/${v1.digest}` && r.status === 200,
      ),
    ).toBe(true);
  });

  it('putTag: a tag already at that image is done, not an error', async () => {
    const target = publicRegistry();
    await target.ensureRepository(options({ repository: 'again' }));
    const v1 = await seedImage(registry, `${ALIAS}/again`, 'v1');
    await target.putTag('again', { digest: v1.digest, manifest: v1.manifest, mediaType: DOCKER_V2 }, 'v1');
    expect(calls('PutImage').map((c) => c.errorCode)).toEqual(['ImageAlreadyExistsException']);
    expect(await registryManifestDigest(registry, `${ALIAS}/again`, 'v1')).toBe(v1.digest);
  });

  it('a refusal names the operation and hints at the permission it needs', async () => {
    emulator.faults.push({
      service: 'ecr-public',
      operation: 'GetAuthorizationToken',
      times: 1,
      error: { status: 400, code: 'AccessDeniedException', message: 'not authorized' },
    });
    const failure = publicRegistry().login();
    await expect(failure).rejects.toBeInstanceOf(RegistryError);
    await expect(failure).rejects.toMatchObject({
      message: expect.stringMatching(/GetAuthorizationToken failed: AccessDeniedException: not authorized$/),
      hint: expect.stringContaining('ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken'),
    });
    // login() asked DescribeRegistries alongside: let it finish here, not in the next test.
    await until(() => calls('DescribeRegistries').some((c) => c.status === 200));
  });

  it('credentials ECR Public does not know fail with the permission hint, for the operation asked', async () => {
    const failure = publicRegistry(undefined, { accessKeyId: 'AKIANOTKNOWN00000000', secretAccessKey: 'x' }).findRepository('any');
    await expect(failure).rejects.toMatchObject({
      name: 'RegistryError',
      message: expect.stringMatching(/DescribeRepositories failed: UnrecognizedClientException/),
      hint: expect.stringContaining('ecr-public:DescribeRepositories'),
    });
  });

  it('a failure that outlasts the retries says how many attempts it took', async () => {
    emulator.faults.push({
      service: 'ecr-public',
      operation: 'DescribeRegistries',
      times: 10,
      error: { status: 503, code: 'ServiceUnavailableException', message: 'try later' },
    });
    const failure = publicRegistry().login();
    await expect(failure).rejects.toMatchObject({
      name: 'RegistryError',
      message: expect.stringMatching(/DescribeRegistries failed after 5 attempt\(s\): ServiceUnavailableException/),
      hint: expect.stringContaining('kept failing'),
    });
    expect(calls('DescribeRegistries')).toHaveLength(5);
  });

  it('a registry id is sent with each call; one the credentials do not own is refused', async () => {
    const target = publicRegistry('999999999999');
    await expect(target.findRepository('any')).rejects.toThrow("The registry with id '999999999999' does not exist");
    expect(calls('DescribeRepositories').map((c) => [c.params.registryId, c.errorCode])).toEqual([['999999999999', 'RegistryNotFoundException']]);
  });
});
