/** The docker argv and environment we build, per builder (buildx is argv-tested only: none here). */

import { NO_SECRETS } from '../../src/core/build-secrets';
import { type BuildRequest, buildCommand, builderNeeds, pushedDigest } from '../../src/core/docker';

const base: BuildRequest = {
  context: 'app',
  dockerfile: 'app/Dockerfile',
  tags: [`r.example/team/api:${'a'.repeat(40)}`, 'r.example/team/api:latest'],
  labels: { 'org.opencontainers.image.revision': 'a'.repeat(40) },
  buildArgs: ['A=1', 'B=$(touch /tmp/x); `id`'],
  secrets: NO_SECRETS,
  provenance: false,
  pushFromBuilder: false,
};
const FROM = `r.example/team/api@sha256:${'c'.repeat(64)}`;

describe('docker argv', () => {
  it('classic builder: DOCKER_BUILDKIT=0; --force-rm; tags, labels as separate argv entries; build-arg values in the environment, names in argv; context last', () => {
    expect(buildCommand({ ...base, target: 'prod' }, 'classic')).toEqual({
      argv: [
        'build',
        '--file',
        'app/Dockerfile',
        '--force-rm',
        '--tag',
        base.tags[0],
        '--tag',
        base.tags[1],
        '--label',
        `org.opencontainers.image.revision=${'a'.repeat(40)}`,
        '--build-arg',
        'A',
        '--build-arg',
        'B',
        '--target',
        'prod',
        'app',
      ],
      env: { DOCKER_BUILDKIT: '0', A: '1', B: '$(touch /tmp/x); `id`' },
    });
  });

  it('cache: inline on every BuildKit builder, --cache-from the previous image by digest; nothing when there is none yet', () => {
    const classic = buildCommand({ ...base, cache: { from: FROM } }, 'classic');
    expect(classic.argv).toEqual(expect.arrayContaining(['--cache-from', FROM]));
    expect(classic.argv).not.toContain('--cache-to');
    const embedded = buildCommand({ ...base, cache: { from: FROM } }, 'buildkit');
    expect(embedded.env.DOCKER_BUILDKIT).toBe('1');
    expect(embedded.argv).toEqual(expect.arrayContaining(['--build-arg', 'BUILDKIT_INLINE_CACHE=1', '--cache-from', FROM]));
    const buildx = buildCommand({ ...base, cache: { from: FROM }, platform: 'linux/amd64' }, 'buildx', { metadataFile: '/tmp/meta.json' });
    expect(buildx.argv.slice(0, 2)).toEqual(['buildx', 'build']);
    expect(buildx.env).not.toHaveProperty('DOCKER_BUILDKIT');
    expect(buildx.argv).toEqual(expect.arrayContaining(['--provenance', 'false', '--platform', 'linux/amd64', '--load', '--metadata-file', '/tmp/meta.json']));
    expect(buildx.argv[buildx.argv.indexOf('--cache-to') + 1]).toBe('type=inline');
    expect(buildx.argv[buildx.argv.indexOf('--cache-from') + 1]).toBe(`type=registry,ref=${FROM}`);
    expect(buildx.argv).not.toContain('--sbom');
    const first = buildCommand({ ...base, cache: {} }, 'buildkit');
    expect(first.argv).toContain('BUILDKIT_INLINE_CACHE=1');
    expect(first.argv).not.toContain('--cache-from');
  });

  it('secrets on BuildKit: ids and variable names in argv, inline values only in the environment', () => {
    const secrets = {
      inline: [
        { id: 'npm', value: 's3cr3t' },
        { id: 'gh', env: 'GH_TOKEN' },
      ],
      files: [{ id: 'aws', path: '/tmp/creds' }],
      ssh: [{ id: 'default' }, { id: 'deploy', path: '/k/id_ed25519' }],
    };
    const { argv, env } = buildCommand({ ...base, secrets }, 'buildkit');
    expect(argv).toEqual(
      expect.arrayContaining([
        '--secret',
        'id=npm,env=ECR_DELIVER_BUILD_SECRET_0',
        'id=gh,env=GH_TOKEN',
        'id=aws,src=/tmp/creds',
        '--ssh',
        'default',
        'deploy=/k/id_ed25519',
      ]),
    );
    expect(JSON.stringify(argv)).not.toContain('s3cr3t');
    expect(env.ECR_DELIVER_BUILD_SECRET_0).toBe('s3cr3t');
    expect(env).not.toHaveProperty('GH_TOKEN'); // already in the environment docker inherits
  });

  it('buildx with provenance pushes from the builder with attestations', () => {
    const { argv } = buildCommand({ ...base, provenance: true, pushFromBuilder: true }, 'buildx');
    expect(argv).toEqual(expect.arrayContaining(['--provenance', 'mode=max', '--sbom', 'true', '--push']));
    expect(argv).not.toContain('--load');
  });

  it("a named builder: --builder NAME right after `buildx build`; the push as the builder's driver and image store need it", () => {
    const containerd = { name: 'ci', driver: 'docker', containerdStore: true };
    const named = buildCommand({ ...base, pushFromBuilder: true }, 'buildx', { name: 'ci', setup: containerd, metadataFile: '/tmp/m.json' });
    expect(named.argv.slice(0, 4)).toEqual(['--context', 'ci', 'buildx', 'build']);
    expect(named.argv).not.toContain('--builder');
    expect(named.argv).toEqual(expect.arrayContaining(['--output', 'type=image,push=', '--metadata-file', '/tmp/m.json']));
    expect(named.argv).not.toContain('--push');
    const remote = buildCommand({ ...base, pushFromBuilder: true }, 'buildx', { name: 'r', setup: { name: 'r', driver: 'remote' } });
    expect(remote.argv.slice(0, 4)).toEqual(['buildx', 'build', '--builder', 'r']);
    expect(remote.argv).toContain('--push');
    expect(remote.argv).not.toContain('--output');
    expect(buildCommand(base, 'buildx').argv).not.toContain('--builder');
    expect(buildCommand(base, 'buildkit', { name: 'ci' }).argv).not.toContain('--builder');
  });

  it('never lets a path be read as a flag', () => {
    const { argv } = buildCommand({ ...base, context: '-ctx', dockerfile: '--file' }, 'classic');
    expect(argv[argv.length - 1]).toBe('./-ctx');
    expect(argv[2]).toBe('./--file');
  });

  it('knows which options need buildx and which BuildKit', () => {
    const o = { provenance: false };
    expect(builderNeeds(o, NO_SECRETS)).toEqual({ buildx: undefined, buildkit: undefined });
    expect(builderNeeds({ ...o, platform: 'linux/arm64' }, NO_SECRETS)).toEqual({ buildkit: undefined }); // one platform: any builder
    expect(builderNeeds({ ...o, platform: 'linux/amd64,linux/arm64' }, NO_SECRETS).buildx).toBe('platform');
    expect(builderNeeds({ ...o, provenance: true }, NO_SECRETS).buildx).toBe('provenance');
    expect(builderNeeds({ ...o, builder: 'ci' }, NO_SECRETS).buildx).toBe('builder ci');
    expect(builderNeeds(o, { ...NO_SECRETS, files: [{ id: 'a', path: '/x' }] }).buildkit).toBe('secret-files');
  });

  it('reads the digest docker push prints', () => {
    const out = `The push refers to repository [r/x]\nabc: Pushed\n${'a'.repeat(40)}: digest: sha256:${'b'.repeat(64)} size: 528\n`;
    expect(pushedDigest(out)).toBe(`sha256:${'b'.repeat(64)}`);
    expect(pushedDigest('error')).toBeUndefined();
  });
});
