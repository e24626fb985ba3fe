/** What `ecr-deliver iam-policy` is asked for, and the IAM documents it answers with. */
import type { EncryptionType } from '../options/table';

export type Provider = 'github' | 'circleci' | 'none';

export interface IamPolicyRequest {
  repository: string;
  region: string;
  /** Account of the role (and of the OIDC provider). */
  accountId: string;
  /** Account that owns the registry, when it is not the role's (cross-account push). */
  registryId?: string;
  provider: Provider;
  audience?: string;
  /** GitHub: `owner/name`, or the immutable form `owner@ID/name@ID`. */
  repo?: string;
  branch?: string;
  /** A git tag (pattern) allowed to deliver: release workflows run on tag pushes. */
  tag?: string;
  environment?: string;
  /** Runs on `pull_request` events, whose `sub` names neither branch nor environment. */
  pullRequest?: boolean;
  /** CircleCI organization and project ids (UUIDs); project `*` = every project of the org. */
  orgId?: string;
  projectId?: string;
  /** `merge`: reads the parts and their configs, puts the index; no login, no upload. `part` is a delivery. */
  mode?: 'deliver' | 'part' | 'merge';
  createRepository: boolean;
  lifecyclePolicy: boolean;
  repositoryPolicy: boolean;
  cache: boolean;
  push: boolean;
  encryptionType: EncryptionType;
  kmsKey?: string;
  /** The run reads the scan of the pushed image, and may start one. */
  scanWait?: boolean;
  scanStart?: boolean;
  // Registries beyond the target.
  /** Base-image registries: account ids, each with its region when it is not `region`. */
  pullRegistries?: { id: string; region?: string }[];
  /** Repository name patterns pulled from in those registries (default: every repository, `*`). */
  pullRepositories?: string[];
  /** Pull-through cache prefixes of the target registry the build pulls from. */
  pullThrough?: string[];
  registryType?: 'private' | 'public';
  /** GitHub Enterprise Server's issuer (`HOST/_services/token`); default GitHub.com's. */
  githubIssuer?: string;
  /** CircleCI: the git ref the role is pinned to (its V2 token's `sub` carries it). */
  vcsRef?: string;
}

export type Statement = Record<string, unknown>;
export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: Statement[];
}
