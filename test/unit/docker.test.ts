/** The docker argv we build: the classic builder here, buildx where the options need it. */
import { buildArgv, needsBuildx, pushedDigest, type BuildRequest } from '../../src/core/docker';

const base: BuildRequest = {
  context: 'app',
  dockerfile: 'app/Dockerfile',
  tags: ['r.example/team/api:' + 'a'.repeat(40), 'r.example/team/api:latest'],
  labels: { 'org.opencontainers.image.revision': 'a'.repeat(40) },
  buildArgs: ['A=1', 'B=$(touch /tmp/x); `id`'],
  provenance: false,
  pushFromBuilder: false,
};

describe('docker argv', () => {
  it('classic builder: tags, labels and build args as separate argv entries, context last', () => {
    expect(buildArgv({ ...base, target: 'prod' }, false)).toEqual([
      'build', '--file', 'app/Dockerfile',
      '--tag', base.tags[0], '--tag', base.tags[1],
      '--label', `org.opencontainers.image.revision=${'a'.repeat(40)}`,
      '--build-arg', 'A=1', '--build-arg', 'B=$(touch /tmp/x); `id`',
      '--target', 'prod', 'app',
    ]);
  });

  it('buildx: provenance off by default, registry cache written as ECR requires, loads unless it must push', () => {
    const argv = buildArgv({ ...base, cache: { ref: 'r.example/team/api:buildcache', write: true }, platform: 'linux/amd64' }, true, '/tmp/meta.json');
    expect(argv.slice(0, 2)).toEqual(['buildx', 'build']);
    expect(argv).toEqual(expect.arrayContaining(['--provenance', 'false', '--platform', 'linux/amd64', '--load', '--metadata-file', '/tmp/meta.json']));
    expect(argv[argv.indexOf('--cache-to') + 1]).toBe('type=registry,ref=r.example/team/api:buildcache,mode=max,image-manifest=true,oci-mediatypes=true');
    expect(argv[argv.indexOf('--cache-from') + 1]).toBe('type=registry,ref=r.example/team/api:buildcache');
    expect(argv).not.toContain('--sbom');
  });

  it('a pull request build reads the registry cache but never writes it', () => {
    const argv = buildArgv({ ...base, cache: { ref: 'r.example/team/api:buildcache', write: false } }, true);
    expect(argv).toContain('--cache-from');
    expect(argv).not.toContain('--cache-to');
  });

  it('buildx with provenance pushes from the builder with attestations', () => {
    const argv = buildArgv({ ...base, provenance: true, pushFromBuilder: true }, true);
    expect(argv).toEqual(expect.arrayContaining(['--provenance', 'mode=max', '--sbom', 'true', '--push']));
    expect(argv).not.toContain('--load');
  });

  it('never lets a path be read as a flag', () => {
    const argv = buildArgv({ ...base, context: '-ctx', dockerfile: '--file' }, false);
    expect(argv[argv.length - 1]).toBe('./-ctx');
    expect(argv[2]).toBe('./--file');
  });

  it('knows which options need buildx', () => {
    expect(needsBuildx({ cache: false, provenance: false })).toBeUndefined();
    expect(needsBuildx({ platform: 'linux/arm64', cache: false, provenance: false })).toBe('platform');
    expect(needsBuildx({ cache: true, provenance: false })).toBe('cache');
    expect(needsBuildx({ cache: false, provenance: true })).toBe('provenance');
  });

  it('reads the digest docker push prints', () => {
    const out = `The push refers to repository [r/x]\nabc: Pushed\n${'a'.repeat(40)}: digest: sha256:${'b'.repeat(64)} size: 528\n`;
    expect(pushedDigest(out)).toBe(`sha256:${'b'.repeat(64)}`);
    expect(pushedDigest('error')).toBeUndefined();
  });
});
