/** The role and region every bench's deliveries assume, with the OIDC token from a file. */
export interface DeliverAs {
  region: string;
  role: string;
}

/** ecr-deliver's argv for one timed delivery (JSON outputs), `extra` after the common flags. */
export function deliverArgs(as: DeliverAs, repo: string, sha: string, token: string, extra: string[] = []): string[] {
  return [
    '--json',
    '--repository',
    repo,
    '--aws-region',
    as.region,
    '--role-to-assume',
    as.role,
    '--web-identity-token-file',
    token,
    '--commit-sha',
    sha,
    ...extra,
  ];
}
