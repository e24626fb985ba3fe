/**
 * The index a merge puts: one entry per part, each the part's own manifest or, when the part is
 * itself an index (buildx), its manifest for the part's platform. Pure: the manifests come in as
 * text, the index goes out as the exact bytes PutImage stores (its digest is theirs).
 */
import { createHash } from 'node:crypto';
import { RegistryError } from '../errors';
import type { ImageRecord } from '../registry/target';
import { type Platform, parsePlatform, platformKey, platformText } from './platforms';

const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const INDEXES = [DOCKER_LIST, OCI_INDEX];

/** An entry of an index: a manifest, its size in bytes and its platform. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Partial<Platform>;
  annotations?: Record<string, string>;
}

interface Manifest {
  mediaType?: string;
  config?: { digest?: string };
  manifests?: Descriptor[];
}

/** A part as ECR holds it under its tag. */
export interface Part {
  /** `os/arch[/variant]`, as `platform` lists it. */
  platform: string;
  tag: string;
  image: ImageRecord;
}

const parse = (text: string): Manifest => JSON.parse(text) as Manifest;
const mediaTypeOf = (image: ImageRecord): string => image.mediaType || parse(image.manifest).mediaType || '';

export const isIndex = (image: ImageRecord): boolean => INDEXES.includes(mediaTypeOf(image));

/**
 * The manifest of a part's platform inside the part's index; attestation manifests (BuildKit's
 * provenance and SBOM, platform unknown/unknown) are left out.
 */
export function platformEntry(part: Part): Descriptor {
  const entries = (parse(part.image.manifest).manifests ?? []).filter((m) => m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest');
  const wanted = platformKey(parsePlatform(part.platform));
  const found = entries.find((m) => m.platform?.os && m.platform.architecture && platformKey(m.platform as Platform) === wanted);
  if (found) return found;
  throw new RegistryError(
    `part ${part.tag} is an index of ${entries.map((m) => platformText(m.platform ?? {})).join(', ') || 'no platform'}, none of them ${part.platform}`,
    `deliver the ${part.platform} part again (mode: part, platform: ${part.platform})`,
  );
}

/** A part's own manifest as an entry of the index. */
export function manifestEntry(image: ImageRecord, platform: string): Descriptor {
  return { mediaType: mediaTypeOf(image), digest: image.digest, size: Buffer.byteLength(image.manifest), platform: parsePlatform(platform) };
}

/** The config digest of a platform manifest. */
export function configDigest(image: ImageRecord, tag: string): string {
  const digest = parse(image.manifest).config?.digest;
  if (!digest) throw new RegistryError(`part ${tag} (${image.digest}) is not an image manifest: it names no config`);
  return digest;
}

/** The part's config must say the platform its tag says. */
export function checkConfigPlatform(part: Pick<Part, 'platform' | 'tag'>, configText: string): void {
  const config = JSON.parse(configText) as Partial<Platform>;
  const held = { os: config.os ?? '', architecture: config.architecture ?? '', variant: config.variant };
  if (platformKey(held) === platformKey(parsePlatform(part.platform))) return;
  throw new RegistryError(
    `part ${part.tag} holds a ${platformText(held)} image (its config says so), expected ${part.platform}`,
    `deliver it again with platform: ${part.platform} (on one daemon, the classic builder can reuse a cached step of another platform: prefer BuildKit)`,
  );
}

/**
 * The index of the entries, in the order of `platform`: a Docker manifest list when every entry is
 * a Docker v2 manifest, else an OCI image index (which holds either kind).
 */
export function buildIndex(entries: Descriptor[]): ImageRecord {
  const mediaType = entries.every((e) => e.mediaType === DOCKER_MANIFEST) ? DOCKER_LIST : OCI_INDEX;
  const manifests = entries.map((e) => ({
    mediaType: e.mediaType,
    digest: e.digest,
    size: e.size,
    platform: { architecture: e.platform?.architecture, os: e.platform?.os, ...(e.platform?.variant ? { variant: e.platform.variant } : {}) },
  }));
  const manifest = JSON.stringify({ schemaVersion: 2, mediaType, manifests }, null, 2);
  return { digest: `sha256:${createHash('sha256').update(manifest).digest('hex')}`, manifest, mediaType };
}
