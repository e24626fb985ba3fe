/**
 * Our runner protocol (src/frontends/github/runner-protocol.ts) must write exactly what @actions/core writes, so the
 * runner reads our outputs, state, masks and groups the same way.
 */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import * as ours from '../../src/frontends/github/runner-protocol';

const dir = mkdtempSync(join(tmpdir(), 'runtime-test-'));
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

/** Run `fn` with fresh runner files and captured stdout; delimiters normalised (they are random). */
async function capture(fn: () => unknown | Promise<unknown>) {
  const files = Object.fromEntries(['OUTPUT', 'STATE'].map((f) => [f, join(dir, `${f}-${Math.random()}`)]));
  for (const [name, path] of Object.entries(files)) {
    writeFileSync(path, '');
    process.env[`GITHUB_${name}`] = path;
  }
  let stdout = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  const norm = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM');
  return { stdout, output: norm(readFileSync(files.OUTPUT, 'utf8')), state: norm(readFileSync(files.STATE, 'utf8')) };
}

const awkward = 'line one\nline two %25 100% \r\n::not-a-command:: , : ✓';

describe('GitHub runner protocol, checked against @actions/core', () => {
  it('writes outputs and state in the same file format', async () => {
    const theirs = await capture(() => {
      core.setOutput('image', awkward);
      core.saveState('registries', '["a","b"]');
    });
    const mine = await capture(() => {
      ours.setOutput('image', awkward);
      ours.saveState('registries', '["a","b"]');
    });
    expect(mine).toEqual(theirs);
    expect(mine.output).toContain('line two');
  });

  it('issues the same workflow commands for masks, annotations and groups', async () => {
    const theirs = await capture(async () => {
      core.setSecret(awkward);
      core.warning(awkward);
      core.setFailed(awkward);
      core.info('plain');
      await core.group('Build', async () => core.info('inside'));
    });
    process.exitCode = 0;
    const mine = await capture(async () => {
      ours.setSecret(awkward);
      ours.warning(awkward);
      ours.setFailed(awkward);
      ours.info('plain');
      await ours.group('Build', async () => ours.info('inside'));
    });
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    expect(mine.stdout).toBe(theirs.stdout);
  });

  it('reads inputs and state the same way', () => {
    process.env['INPUT_ROLE-TO-ASSUME'] = '  arn:aws:iam::123456789012:role/x \n';
    process.env.STATE_registries = '["h"]';
    expect(ours.getInput('role-to-assume')).toBe(core.getInput('role-to-assume'));
    expect(ours.getInput('missing')).toBe(core.getInput('missing'));
    expect(ours.getState('registries')).toBe(core.getState('registries'));
  });

  it('asks the token service the same question and masks the token', async () => {
    const seen: Array<{ url?: string; auth?: string }> = [];
    const server = createServer((req: IncomingMessage, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ value: 'header.payload.signature' }));
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    try {
      process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`;
      process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'request-bearer';
      const theirs = await capture(() => core.getIDToken('sts.amazonaws.com'));
      const mine = await capture(() => ours.getIDToken('sts.amazonaws.com'));
      expect(seen[1]).toEqual(seen[0]);
      expect(seen[0]).toEqual({ url: '/token?api-version=2.0&audience=sts.amazonaws.com', auth: 'Bearer request-bearer' });
      expect(mine.stdout).toContain('::add-mask::header.payload.signature');
      expect(theirs.stdout).toContain('::add-mask::header.payload.signature');
    } finally {
      server.close();
    }
  });
});

describe('the OIDC token service: retried when it fails for a while, never when it refuses', () => {
  /** A token service answering from `replies` in turn (the last one repeats); counts the requests. */
  async function tokenService(replies: Array<[number, string]>) {
    let requests = 0;
    const server = createServer((_req, res) => {
      const [status, body] = replies[Math.min(requests++, replies.length - 1)];
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'request-bearer';
    return { requests: () => requests, close: () => server.close() };
  }

  it('503 twice, then the token: returned after three requests', async () => {
    const service = await tokenService([
      [503, ''],
      [503, ''],
      [200, '{"value":"h.p.s"}'],
    ]);
    try {
      const { stdout } = await capture(async () => expect(await ours.getIDToken('sts.amazonaws.com')).toBe('h.p.s'));
      expect(service.requests()).toBe(3);
      expect(stdout).toContain('::add-mask::h.p.s');
    } finally {
      service.close();
    }
  });

  it('a refusal (403) or an answer without a token fails at once', async () => {
    const refused = await tokenService([[403, '{"message":"no"}']]);
    try {
      await expect(ours.getIDToken('sts.amazonaws.com')).rejects.toThrow('the token service answered HTTP 403');
      expect(refused.requests()).toBe(1);
    } finally {
      refused.close();
    }
    const empty = await tokenService([[200, '{}']]);
    try {
      await expect(ours.getIDToken('sts.amazonaws.com')).rejects.toThrow('the token service answered without a token');
      expect(empty.requests()).toBe(1);
    } finally {
      empty.close();
    }
  });

  it('nobody listening: gives up after four attempts, saying why', async () => {
    const gone = await tokenService([[200, '{"value":"x"}']]);
    gone.close();
    await expect(ours.getIDToken('sts.amazonaws.com')).rejects.toThrow(/^the token service did not answer after 4 attempts \(.*ECONNREFUSED/);
  });
});
