/**
 * `mode: merge`: the parts of a multi-arch image (one `mode: part` delivery per platform) put
 * together into one image index in ECR, with ECR's API alone: BatchGetImage reads each part,
 * GetDownloadUrlForLayer and an HTTPS GET its config (the platform check), PutImage stores the
 * index under the SHA tag and the extra tags. No docker, no docker login, no layer upload.
 */
import { exchange } from '../../io/http';
import { Deadline, watched } from '../deadline';
import { RegistryError } from '../errors';
import type { Outputs } from '../options/outputs';
import { platformList } from '../options/parsers';
import { type ImageRecord, isTagImmutable, putTags, type RepositoryInfo } from '../registry/target';
import { type ScanReport, scanFindingsOutput, sumScans, waitForScan } from '../scan';
import { type Delivered, type DeliverRequest, fetchToken, openRegistry, type Registry, resolveCredentials } from '../session';
import { buildIndex, checkConfigPlatform, configDigest, type Descriptor, isIndex, manifestEntry, type Part, platformEntry } from './image-index';
import { partTag } from './platforms';

const CONFIG_TIMEOUT_MS = 30_000;

export function mergeParts(req: DeliverRequest): Promise<Delivered> {
  const deadline = new Deadline(req.options.timeoutSeconds, req.lifetime);
  return deadline.bound(() => mergeWithin(req, deadline));
}

async function mergeWithin(req: DeliverRequest, deadline: Deadline): Promise<Delivered> {
  const credentials = await req.reporter.phase('Credentials', () => resolveCredentials(req, fetchToken(req), deadline));
  const ecr = openRegistry(req, credentials, deadline);
  try {
    return await new Merge(req, ecr, deadline).run();
  } finally {
    ecr.close();
  }
}

class Merge {
  private readonly repository: string;
  private readonly platforms: string[];
  /** The SHA tag first, then the extra tags (as a delivery's). */
  private readonly tags: string[];

  constructor(
    private readonly req: DeliverRequest,
    private readonly ecr: Registry,
    private readonly deadline: Deadline,
  ) {
    const { options: o, context: ctx } = req;
    this.repository = o.repository;
    this.platforms = platformList(o.platform);
    this.tags = [...new Set([ctx.commitSha, ...o.tags, ...ctx.release.tags])];
  }

  async run(): Promise<Delivered> {
    const { reporter } = this.req;
    const sha = this.tags[0];
    const partTags = this.platforms.map((p) => partTag(sha, p));
    const [repo, existing] = await reporter.phase('Repository', () =>
      Promise.all([this.ecr.findRepository(this.repository), this.ecr.images(this.repository, [...partTags, ...this.tags])]),
    );
    if (!repo) {
      throw new RegistryError(
        `repository ${this.repository} does not exist, so none of its parts (${partTags.join(', ')}) do`,
        'deliver the parts first: one job per platform with mode: part, then the merge',
      );
    }
    const parts = this.platforms.map((platform, i) => ({ platform, tag: partTags[i], image: existing.get(partTags[i]) }));
    const missing = parts.filter((p) => !p.image);
    if (missing.length) {
      const found = parts.filter((p) => p.image).map((p) => `${p.platform} (${p.tag})`);
      throw new RegistryError(
        `missing part(s) in ${this.repository}: ${missing.map((p) => `${p.platform} (tag ${p.tag})`).join(', ')}; found: ${found.join(', ') || 'none'}`,
        'each platform needs its part delivered first (mode: part) for this commit; the merge runs after all of them',
      );
    }
    const entries = await reporter.phase('Parts', () => Promise.all((parts as Part[]).map((part) => this.entry(part))));
    const index = buildIndex(entries);
    this.refuseConflicts(repo, existing, index);
    const pushed = existing.get(sha)?.digest !== index.digest;
    if (!pushed) reporter.info(`${repo.uri}:${sha} already is this index (${index.digest}): nothing to put`);
    // Every tag at once (the conflicts are refused above): one round trip, not one per tag.
    const moves = this.tags.filter((t) => existing.get(t)?.digest !== index.digest);
    await reporter.phase('Tag', () => putTags(this.ecr, this.repository, index, moves));
    const outputs = await this.verified(repo, index.digest, pushed);
    const scan = await this.scan(entries, repo);
    return { outputs: { ...outputs, 'scan-findings': scanFindingsOutput(scan) }, scan };
  }

  /** The part's entry in the index, once its config has shown the platform its tag names. */
  private async entry(part: Part): Promise<Descriptor> {
    if (!isIndex(part.image)) {
      await this.checkPlatform(part, part.image);
      return manifestEntry(part.image, part.platform);
    }
    const entry = platformEntry(part);
    const child = await this.ecr.image!(this.repository, entry.digest);
    if (!child) throw new RegistryError(`part ${part.tag} names ${entry.digest} for ${part.platform}, which ${this.repository} does not hold`);
    await this.checkPlatform(part, child);
    return entry;
  }

  /** Reads the config blob through the URL ECR signs for it (proxies apply: io/http.ts). */
  private async checkPlatform(part: Part, manifest: ImageRecord): Promise<void> {
    const digest = configDigest(manifest, part.tag);
    const url = await this.ecr.blobUrl!(this.repository, digest);
    const get = () => exchange(url, { headers: {}, timeoutMs: CONFIG_TIMEOUT_MS, signal: this.deadline.signal });
    const answer = await watched(this.deadline, `the config of part ${part.tag}`, get).catch((err: Error) => {
      if (this.deadline.signal.aborted) throw err;
      throw new RegistryError(`could not read the config of part ${part.tag} (${digest}): ${err.message}`, 'check the proxy settings (HTTPS_PROXY, NO_PROXY)');
    });
    if (answer.status !== 200)
      throw new RegistryError(`could not read the config of part ${part.tag} (${digest}): HTTP ${answer.status} from its download URL`);
    checkConfigPlatform(part, answer.text);
  }

  /** A tag that ECR will not move, already at another image: refused before anything is put. */
  private refuseConflicts(repo: RepositoryInfo, existing: Map<string, ImageRecord>, index: ImageRecord): void {
    for (const tag of this.tags) {
      const at = existing.get(tag);
      if (!at || at.digest === index.digest || !isTagImmutable(repo, tag)) continue;
      throw new RegistryError(
        `tag ${tag} already exists in the immutable repository ${repo.name} at ${at.digest}, not at the index of these parts (${index.digest})`,
        'immutable tags cannot move: the SHA was delivered from other parts; use a new extra tag, or make the repository MUTABLE',
      );
    }
  }

  private async verified(repo: RepositoryInfo, digest: string, pushed: boolean): Promise<Outputs> {
    const now = await this.ecr.images(this.repository, this.tags);
    const wrong = this.tags.filter((t) => now.get(t)?.digest !== digest);
    if (wrong.length) {
      throw new RegistryError(
        `after the merge, tag(s) ${wrong.join(', ')} do not point at ${digest} in ECR`,
        'another run may have moved them at the same time; re-run the merge',
      );
    }
    return {
      registry: repo.uri.split('/')[0],
      'repository-uri': repo.uri,
      image: `${repo.uri}:${this.tags[0]}`,
      digest,
      'image-ref': `${repo.uri}@${digest}`,
      tags: this.tags,
      pushed,
      'scan-findings': '',
    };
  }

  /** `scan-wait`: ECR scans the platform images, not the index: each part's findings, summed. */
  private async scan(entries: Descriptor[], repo: RepositoryInfo): Promise<ScanReport | undefined> {
    const o = this.req.options;
    const ecr = this.ecr;
    if (!o.scanWait || !ecr.scanFindings || !ecr.startScan) return undefined;
    const source = { scanFindings: ecr.scanFindings.bind(ecr), startScan: ecr.startScan.bind(ecr) };
    const reports = await this.req.reporter.phase('Scan', () =>
      Promise.all(
        entries.map((e) =>
          waitForScan(source, {
            repository: this.repository,
            digest: e.digest,
            timeoutSeconds: o.scanTimeoutSeconds,
            start: o.scanStart,
            threshold: o.failOnSeverity,
            scanOnPush: repo.scanOnPush,
            info: (m) => this.req.reporter.info(m),
          }),
        ),
      ),
    );
    return sumScans(reports);
  }
}
