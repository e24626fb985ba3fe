/** The OIDC trust policy: the CI's identity provider as principal, `aud` and `sub` of its tokens pinned. */
import { partition } from '../context';
import { DEFAULT_AUDIENCE } from '../options/table';
import type { IamPolicyRequest, PolicyDocument } from './request';

export const GITHUB_ISSUER = 'token.actions.githubusercontent.com';
export const CIRCLECI_ISSUER = 'oidc.circleci.com/org';

export function githubSubject(r: Pick<IamPolicyRequest, 'repo' | 'branch' | 'tag' | 'environment' | 'pullRequest'>): string {
  const ref = r.pullRequest
    ? 'pull_request'
    : r.environment !== undefined
      ? `environment:${r.environment}`
      : r.tag !== undefined
        ? `ref:refs/tags/${r.tag}`
        : `ref:refs/heads/${r.branch ?? 'main'}`;
  return `repo:${r.repo}:${ref}`;
}

export function trustPolicy(r: IamPolicyRequest): PolicyDocument | undefined {
  const p = partition(r.region);
  let issuer: string;
  let aud: string;
  let sub: string;
  if (r.provider === 'github') {
    issuer = r.githubIssuer ?? GITHUB_ISSUER;
    aud = r.audience ?? DEFAULT_AUDIENCE;
    sub = githubSubject(r);
  } else if (r.provider === 'circleci') {
    issuer = `${CIRCLECI_ISSUER}/${r.orgId}`;
    aud = r.audience ?? r.orgId!;
    // A V2 token's sub goes on with the VCS origin and ref, which a --vcs-ref pin matches.
    sub = `org/${r.orgId}/project/${r.projectId}/user/*${r.vcsRef ? `/vcs-origin/*/vcs-ref/${r.vcsRef}` : ''}`;
  } else {
    return undefined;
  }
  const wildcard = /[*?]/.test(sub);
  const condition: Record<string, Record<string, string>> = { StringEquals: { [`${issuer}:aud`]: aud } };
  if (wildcard) condition.StringLike = { [`${issuer}:sub`]: sub };
  else condition.StringEquals[`${issuer}:sub`] = sub;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:${p}:iam::${r.accountId}:oidc-provider/${issuer}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition,
      },
    ],
  };
}
