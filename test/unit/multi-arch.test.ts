/** Multi-arch parts and their index: part tags, platform spellings, the index built from the parts, the config check. */
import { createHash } from 'node:crypto';
import { RegistryError } from '../../src/core/errors';
import { buildIndex, checkConfigPlatform, configDigest, isIndex, manifestEntry, platformEntry } from '../../src/core/multi-arch/image-index';
import { daemonPlatform, parsePlatform, partTag, platformKey } from '../../src/core/multi-arch/platforms';
import { platformList } from '../../src/core/options/parsers';
import type { ImageRecord } from '../../src/core/registry/target';

const SHA = 'a'.repeat(40);
const DOCKER = 'application/vnd.docker.distribution.manifest.v2+json';
const OCI = 'application/vnd.oci.image.manifest.v1+json';
const digestOf = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const image = (mediaType: string, config: string): ImageRecord => {
  const manifest = JSON.stringify({ schemaVersion: 2, mediaType, config: { mediaType: 'c', digest: config, size: 1 }, layers: [] });
  return { digest: digestOf(manifest), manifest, mediaType };
};
const thrown = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('did not throw');
};

describe('platforms and part tags', () => {
  it('a part tag is the SHA and the platform joined by `-`', () => {
    expect(partTag(SHA, 'linux/arm64')).toBe(`${SHA}-linux-arm64`);
    expect(partTag(SHA, 'linux/arm/v7')).toBe(`${SHA}-linux-arm-v7`);
  });

  it('a platform list is trimmed, each platform once, in order', () => {
    expect(platformList(' linux/arm64 ,linux/amd64,linux/arm64,')).toEqual(['linux/arm64', 'linux/amd64']);
    expect(platformList(undefined)).toEqual([]);
  });

  it('one key per platform as containerd matches them: arm64/v8 and amd64/v1 are the defaults, arm alone is v7', () => {
    expect(platformKey(parsePlatform('linux/arm64/v8'))).toBe('linux/arm64');
    expect(platformKey(parsePlatform('linux/amd64/v1'))).toBe('linux/amd64');
    expect(platformKey({ os: 'linux', architecture: 'arm' })).toBe('linux/arm/v7');
    expect(platformKey(parsePlatform('linux/arm/v6'))).toBe('linux/arm/v6');
    expect(platformKey(parsePlatform('linux/amd64/v3'))).toBe('linux/amd64/v3');
  });

  it("the daemon's platform: docker version's os/arch, the arm variant from the machine", () => {
    expect(daemonPlatform('linux/amd64', '')).toBe('linux/amd64');
    expect(daemonPlatform('linux/arm64', 'aarch64')).toBe('linux/arm64');
    expect(daemonPlatform('linux/arm', 'armv7l')).toBe('linux/arm/v7');
    expect(daemonPlatform('linux/arm', 'armv6l')).toBe('linux/arm/v6');
  });
});

describe('the index built from the parts', () => {
  const amd = image(DOCKER, 'sha256:1');
  const arm = image(DOCKER, 'sha256:2');

  it('every part a Docker v2 manifest: a Docker manifest list, in the order of `platform`, with sizes and platforms, its digest that of its bytes', () => {
    const index = buildIndex([manifestEntry(amd, 'linux/amd64'), manifestEntry(arm, 'linux/arm/v7')]);
    expect(index.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
    expect(index.digest).toBe(digestOf(index.manifest));
    expect(JSON.parse(index.manifest)).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
      manifests: [
        { mediaType: DOCKER, digest: amd.digest, size: Buffer.byteLength(amd.manifest), platform: { architecture: 'amd64', os: 'linux' } },
        { mediaType: DOCKER, digest: arm.digest, size: Buffer.byteLength(arm.manifest), platform: { architecture: 'arm', os: 'linux', variant: 'v7' } },
      ],
    });
    expect(isIndex(index)).toBe(true);
    expect(isIndex(amd)).toBe(false);
  });

  it('the same parts give the same bytes (a re-run puts nothing new)', () => {
    const entries = () => [manifestEntry(amd, 'linux/amd64'), manifestEntry(arm, 'linux/arm64')];
    expect(buildIndex(entries()).digest).toBe(buildIndex(entries()).digest);
  });

  it('an OCI manifest among the parts: an OCI image index', () => {
    const oci = image(OCI, 'sha256:3');
    const index = buildIndex([manifestEntry(amd, 'linux/amd64'), manifestEntry(oci, 'linux/arm64')]);
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(JSON.parse(index.manifest).manifests.map((m: { mediaType: string }) => m.mediaType)).toEqual([DOCKER, OCI]);
  });

  it("a part that is an index contributes its platform's manifest; attestation manifests are left out", () => {
    const attestation = {
      mediaType: OCI,
      digest: 'sha256:a77',
      size: 5,
      platform: { architecture: 'unknown', os: 'unknown' },
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': 'sha256:cafe' },
    };
    const child = { mediaType: OCI, digest: 'sha256:cafe', size: 480, platform: { architecture: 'arm64', os: 'linux', variant: 'v8' } };
    const manifest = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [attestation, child] });
    const part = { platform: 'linux/arm64', tag: `${SHA}-linux-arm64`, image: { digest: digestOf(manifest), manifest, mediaType: '' } };
    expect(isIndex(part.image)).toBe(true);
    expect(platformEntry(part)).toEqual(child);
    const index = JSON.parse(buildIndex([manifestEntry(amd, 'linux/amd64'), platformEntry(part)]).manifest);
    expect(index.manifests.map((m: { digest: string }) => m.digest)).toEqual([amd.digest, 'sha256:cafe']);
    expect(index.manifests[1].platform).toEqual({ architecture: 'arm64', os: 'linux', variant: 'v8' });
    // An index holding only another platform (and its attestation) has none for this part.
    const other = JSON.stringify({ schemaVersion: 2, manifests: [{ ...child, platform: { architecture: 'amd64', os: 'linux' } }, attestation] });
    const err = thrown(() => platformEntry({ ...part, image: { digest: digestOf(other), manifest: other, mediaType: '' } }));
    expect(err).toBeInstanceOf(RegistryError);
    expect(err.message).toBe(`part ${SHA}-linux-arm64 is an index of linux/amd64, none of them linux/arm64`);
  });
});

describe("the part's config says its platform", () => {
  const part = { platform: 'linux/arm64', tag: `${SHA}-linux-arm64` };

  it('passes when the config says the platform (arm64/v8 is arm64)', () => {
    expect(() => checkConfigPlatform(part, JSON.stringify({ os: 'linux', architecture: 'arm64', variant: 'v8', rootfs: {} }))).not.toThrow();
  });

  it('another platform: one line naming the tag, what it holds and what was expected', () => {
    const err = thrown(() => checkConfigPlatform(part, JSON.stringify({ os: 'linux', architecture: 'amd64' })));
    expect(err).toBeInstanceOf(RegistryError);
    expect(err.message).toBe(`part ${SHA}-linux-arm64 holds a linux/amd64 image (its config says so), expected linux/arm64`);
    expect(err.message).not.toContain('\n');
    expect(thrown(() => checkConfigPlatform({ platform: 'linux/arm/v6', tag: 't' }, JSON.stringify({ os: 'linux', architecture: 'arm' }))).message).toBe(
      'part t holds a linux/arm image (its config says so), expected linux/arm/v6',
    );
  });

  it("a manifest's config digest; a manifest without one is no image", () => {
    expect(configDigest(image(DOCKER, 'sha256:77'), 't')).toBe('sha256:77');
    const list = { digest: 'sha256:1', manifest: '{"manifests":[]}', mediaType: '' };
    expect(thrown(() => configDigest(list, 't')).message).toBe('part t (sha256:1) is not an image manifest: it names no config');
  });
});
