/** The credential provider the SDK clients call renews the role's credentials before they expire. */
import { renewingCredentials } from '../../src/core/credentials';

const creds = (id: string, inMs?: number) => ({
  accessKeyId: id,
  secretAccessKey: 's',
  sessionToken: 't',
  expiration: inMs === undefined ? undefined : new Date(Date.now() + inMs),
});

describe('renewingCredentials', () => {
  it('hands out the first credentials while they are far from expiry, without renewing', async () => {
    const renew = jest.fn(async () => creds('second', 3_600_000));
    const provider = renewingCredentials(creds('first', 3_600_000), renew);
    expect((await provider()).accessKeyId).toBe('first');
    expect(renew).not.toHaveBeenCalled();
  });

  it('renews once when they are due, for concurrent callers too, then hands out the new ones', async () => {
    const renew = jest.fn(async () => creds('second', 3_600_000));
    const provider = renewingCredentials(creds('first', -1_000), renew);
    const [a, b] = await Promise.all([provider(), provider()]);
    expect([a.accessKeyId, b.accessKeyId]).toEqual(['second', 'second']);
    expect((await provider()).accessKeyId).toBe('second');
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('short-lived credentials (under 10 minutes) are kept for the first half of their life, not renewed on every call', async () => {
    const renew = jest.fn(async () => creds('short', 2 * 60_000));
    const provider = renewingCredentials(creds('old', -1), renew);
    expect((await provider()).accessKeyId).toBe('short');
    expect((await provider()).accessKeyId).toBe('short');
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('never renews credentials without an expiration', async () => {
    const renew = jest.fn(async () => creds('second'));
    const provider = renewingCredentials(creds('static'), renew);
    expect((await provider()).accessKeyId).toBe('static');
    expect(renew).not.toHaveBeenCalled();
  });

  it('a failed renewal is reported to the caller and tried again on the next call', async () => {
    const renew = jest.fn().mockRejectedValueOnce(new Error('STS refused')).mockResolvedValueOnce(creds('second', 3_600_000));
    const provider = renewingCredentials(creds('first', -1), renew);
    await expect(provider()).rejects.toThrow('STS refused');
    expect((await provider()).accessKeyId).toBe('second');
  });
});

describe('a fresh OIDC token for the renewal', () => {
  const { mkdtempSync, writeFileSync, chmodSync, rmSync } = require('node:fs') as typeof import('node:fs');
  const { join } = require('node:path') as typeof import('node:path');
  const { tmpdir } = require('node:os') as typeof import('node:os');
  const { webIdentityToken } = require('../../src/core/credentials') as typeof import('../../src/core/credentials');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'renew-'));
    // The CircleCI CLI as the job has it: `circleci run oidc get` prints a newly minted token.
    writeFileSync(join(dir, 'circleci'), '#!/bin/sh\n[ "$1 $2 $3" = "run oidc get" ] && echo minted-token\n');
    chmodSync(join(dir, 'circleci'), 0o755);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("CircleCI: the job's token first; a renewal mints one with `circleci run oidc get`", async () => {
    const env = { CIRCLE_OIDC_TOKEN_V2: 'job-token', PATH: `${dir}:${process.env.PATH}` };
    expect(await webIdentityToken({ ci: 'circleci', audience: 'sts.amazonaws.com', env })).toEqual({ token: 'job-token', source: 'CIRCLE_OIDC_TOKEN_V2' });
    expect(await webIdentityToken({ ci: 'circleci', audience: 'sts.amazonaws.com', env, renew: true })).toEqual({
      token: 'minted-token',
      source: 'circleci run oidc get',
    });
  });

  it('a token file is read again', async () => {
    const file = join(dir, 'token');
    writeFileSync(file, 'first-token\n');
    expect((await webIdentityToken({ ci: 'other', audience: 'sts.amazonaws.com', tokenFile: file, env: {} })).token).toBe('first-token');
    writeFileSync(file, 'rotated-token\n');
    expect((await webIdentityToken({ ci: 'other', audience: 'sts.amazonaws.com', tokenFile: file, env: {}, renew: true })).token).toBe('rotated-token');
  });
});
