/**
 * The SDK-less first STS attempt (src/core/sts.ts), checked against the SDK itself: the same endpoint
 * where it claims certainty, the same request on the wire, the same credentials out of an answer,
 * and the same verdict on STS's refusals and failures.
 */
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sdkFailure } from '../../src/core/aws';
import { assumeRoleOnce, stsEndpoint, type FirstAttempt } from '../../src/core/sts';

const CALL = { roleArn: 'arn:aws:iam::123456789012:role/deliver', sessionName: 'ecr-deliver-42', token: 'h.p.s+/=!\'()*~ é', durationSeconds: 1800 };
const dir = mkdtempSync(join(tmpdir(), 'ecr-deliver-sts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const noConfig = () => ({ HOME: mkdtempSync(join(dir, 'home-')) });

describe('stsEndpoint: where it answers, the SDK would send the call to the same URL', () => {
  /** Where the SDK, configured as ecr-deliver configures it, sends the call: caught before it leaves. */
  async function sdkUrl(region: string): Promise<string> {
    let url = '';
    const handler = { handle: async (req: { protocol: string; hostname: string; path: string }) => { url = `${req.protocol}//${req.hostname}${req.path}`; throw new Error('caught'); } };
    const sts = new STSClient({ region, maxAttempts: 1, requestHandler: handler as never });
    await sts.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: CALL.roleArn, RoleSessionName: CALL.sessionName, WebIdentityToken: CALL.token })).catch(() => undefined);
    return url;
  }

  it.each(['us-east-1', 'eu-west-1', 'ap-southeast-7', 'mx-central-1', 'il-central-1', 'ca-west-1', 'me-central-1', 'af-south-1', 'sa-east-1',
    'cn-north-1', 'cn-northwest-1', 'us-gov-west-1', 'us-gov-east-1'])('%s: the SDK\'s regional endpoint', async (region) => {
    expect(`${stsEndpoint(region, noConfig())}/`).toBe(await sdkUrl(region));
  });

  it.each(['us-iso-east-1', 'us-isob-east-1', 'eu-isoe-west-1', 'us-isof-south-1', 'eusc-de-east-1', 'xx-newpartition-1'])('%s: other partitions are left to the SDK', (region) => {
    expect(stsEndpoint(region, noConfig())).toBeUndefined();
  });

  it('AWS_ENDPOINT_URL_STS, then AWS_ENDPOINT_URL, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS', () => {
    const env = { ...noConfig(), AWS_ENDPOINT_URL: 'http://all.example:1', AWS_ENDPOINT_URL_STS: 'http://sts.example:2' };
    expect(stsEndpoint('eu-west-1', env)).toBe('http://sts.example:2');
    expect(stsEndpoint('eu-west-1', { ...env, AWS_ENDPOINT_URL_STS: '' })).toBe('http://all.example:1');
    expect(stsEndpoint('eu-west-1', { ...env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' })).toBe('https://sts.eu-west-1.amazonaws.com');
  });

  it('FIPS, dual-stack, the legacy global endpoint or a shared config file: the SDK decides', () => {
    for (const setting of [{ AWS_USE_FIPS_ENDPOINT: 'true' }, { AWS_USE_DUALSTACK_ENDPOINT: 'TRUE' }, { AWS_STS_REGIONAL_ENDPOINTS: 'legacy' }]) {
      expect(stsEndpoint('us-east-1', { ...noConfig(), ...setting })).toBeUndefined();
    }
    expect(stsEndpoint('us-east-1', { ...noConfig(), AWS_USE_FIPS_ENDPOINT: 'false' })).toBe('https://sts.us-east-1.amazonaws.com');
    const home = mkdtempSync(join(dir, 'home-'));
    mkdirSync(join(home, '.aws'));
    writeFileSync(join(home, '.aws', 'config'), '[default]\nendpoint_url = http://elsewhere\n');
    expect(stsEndpoint('us-east-1', { HOME: home, AWS_ENDPOINT_URL_STS: 'http://sts.example:2' })).toBeUndefined();
    const file = join(dir, 'aws-config');
    writeFileSync(file, '[default]\n');
    expect(stsEndpoint('us-east-1', { ...noConfig(), AWS_CONFIG_FILE: file })).toBeUndefined();
  });
});

describe('on the wire, against the SDK', () => {
  interface Seen { method?: string; url?: string; type?: string; form: Record<string, string> }
  let server: Server;
  let url: string;
  let seen: Seen[] = [];
  let reply: { status: number; body: string; delayMs?: number } = { status: 200, body: '' };

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, type: req.headers['content-type'], form: Object.fromEntries(new URLSearchParams(body)) });
        setTimeout(() => { res.writeHead(reply.status, { 'content-type': 'text/xml' }); res.end(reply.body); }, reply.delayMs ?? 0);
      });
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((done) => server.close(done)));
  beforeEach(() => { seen = []; });

  const viaSdk = async () => {
    const sts = new STSClient({ region: 'eu-west-1', endpoint: url, maxAttempts: 1 });
    try {
      return await sts.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: CALL.roleArn, RoleSessionName: CALL.sessionName, WebIdentityToken: CALL.token, DurationSeconds: CALL.durationSeconds }));
    } finally {
      sts.destroy();
    }
  };
  const ours = (requestTimeout = 5_000, onSent?: () => void) => assumeRoleOnce(url, CALL, { connectionTimeout: 1_000, requestTimeout, onSent });

  const success = `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>repo:o/r:ref:refs/heads/main</SubjectFromWebIdentityToken>
    <Credentials>
      <SessionToken>FwoGZXIvYXdzEBYaD+token/with=chars&amp;more</SessionToken>
      <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>
      <Expiration>2026-11-30T12:00:00Z</Expiration>
      <AccessKeyId>ASIAEXAMPLE123456789</AccessKeyId>
    </Credentials>
    <AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/deliver/ecr-deliver-42</Arn><AssumedRoleId>AROA:ecr-deliver-42</AssumedRoleId></AssumedRoleUser>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`;

  it('asks what the SDK asks and reads the same credentials out of the answer', async () => {
    reply = { status: 200, body: success };
    const theirs = await viaSdk();
    let sent = 0;
    const mine = await ours(5_000, () => { sent++; });
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[1].form.WebIdentityToken).toBe(CALL.token);
    expect(seen[1].form.Action).toBe('AssumeRoleWithWebIdentity');
    expect(sent).toBe(1);
    const c = theirs.Credentials!;
    expect(mine).toEqual({ credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration } });
    expect((mine as { credentials: { sessionToken: string } }).credentials.sessionToken).toBe('FwoGZXIvYXdzEBYaD+token/with=chars&more');
  });

  const error = (code: string, message: string) => `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r-2</RequestId>
</ErrorResponse>`;

  it.each([
    [403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'],
    [400, 'InvalidIdentityToken', 'No OpenIDConnect provider found in your account for https://token.example'],
    [400, 'ExpiredTokenException', 'Token expired: current date/time 1 must be before the expiration date/time 0'],
    [400, 'IDPRejectedClaim', 'Rejected &lt;claim&gt; &#x263A; &#38;'],
    [400, 'ValidationError', '1 validation error detected'],
    [400, 'MalformedPolicyDocument', 'The policy is not in the valid JSON format'],
    [400, 'PackedPolicyTooLarge', 'Packed size 130%'],
    [403, 'RegionDisabledException', 'STS is not activated in this region for account 123456789012'],
  ])('HTTP %i %s: a refusal, named and worded as the SDK names and words it', async (status, code, message) => {
    reply = { status, body: error(code, message) };
    const theirs = await viaSdk().then(() => undefined, (err: Error) => err);
    const mine = await ours();
    expect(theirs).toBeDefined();
    expect(sdkFailure(theirs).transient).toBe(false);
    expect('refusal' in mine && { name: mine.refusal.name, message: mine.refusal.message, status: mine.refusal.$metadata.httpStatusCode })
      .toEqual({ name: theirs!.name, message: theirs!.message, status });
  });

  it.each([
    [400, error('Throttling', 'Rate exceeded')],
    [400, error('ThrottlingException', 'Rate exceeded')],
    [400, error('IDPCommunicationError', 'Couldn&apos;t retrieve verification key from your identity provider')],
    [503, ''],
    [500, error('InternalFailure', 'oops')],
    [502, '<html>Bad Gateway</html>'],
  ])('HTTP %i %#: transient, as the SDK would retry it', async (status, body) => {
    reply = { status, body };
    const theirs = await viaSdk().then(() => undefined, (err: unknown) => err);
    expect(sdkFailure(theirs).transient).toBe(true);
    expect(await ours()).toEqual({ transient: expect.stringContaining(`HTTP ${status}`) });
  });

  it('a 200 without credentials, no answer in time, nobody listening: transient', async () => {
    reply = { status: 200, body: '<AssumeRoleWithWebIdentityResponse/>' };
    expect(await ours()).toEqual({ transient: 'STS answered 200 without credentials' });
    reply = { status: 200, body: success, delayMs: 1_000 };
    const started = Date.now();
    expect(await ours(200)).toEqual({ transient: 'no answer within 200 ms' });
    expect(Date.now() - started).toBeLessThan(900);
    const refused: FirstAttempt = await assumeRoleOnce('http://127.0.0.1:9', CALL, { connectionTimeout: 1_000, requestTimeout: 1_000 });
    expect(refused).toEqual({ transient: expect.stringContaining('ECONNREFUSED') });
  });
});
