/**
 * The built CLI's failures that need a docker daemon to get that far: exit 1 with the message and
 * a hint, before any AWS call or at the first one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, VALID } from '../fixtures/cli';
import { ensureDockerd, selfSignedCert } from '../fixtures/services';

describe('ecr-deliver: failures exit 1 with the message and a hint', () => {
  beforeAll(() => ensureDockerd());

  it('no docker daemon: said before any AWS call', async () => {
    const r = await cli([...VALID, '--json'], { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ecr-deliver: the docker daemon is not reachable: .+\nhint: start the docker engine/m);
  });

  it('STS over https (a self-signed test CA via NODE_EXTRA_CA_CERTS) refusing the role: one request from the SDK, not retried, the refusal explained', async () => {
    const tls = mkdtempSync(join(tmpdir(), 'ecr-deliver-tls-'));
    try {
      const { key, cert } = await selfSignedCert(tls, 'IP:127.0.0.1');
      writeFileSync(join(tls, 'token'), 'header.payload.signature\n');
      const seen: Array<{ agent?: string; action: string | null }> = [];
      const sts = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => {
          body += c.toString();
        });
        req.on('end', () => {
          seen.push({ agent: req.headers['user-agent'], action: new URLSearchParams(body).get('Action') });
          res.writeHead(403, { 'content-type': 'text/xml' });
          res.end(
            '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>Not authorized to perform sts:AssumeRoleWithWebIdentity</Message></Error><RequestId>r</RequestId></ErrorResponse>',
          );
        });
      });
      await new Promise<void>((ready) => sts.listen(0, '127.0.0.1', ready));
      try {
        const url = `https://127.0.0.1:${(sts.address() as AddressInfo).port}`;
        const r = await cli([...VALID, '--role-to-assume', 'arn:aws:iam::123456789012:role/deliver', '--web-identity-token-file', join(tls, 'token')], {
          AWS_ENDPOINT_URL_STS: url,
          AWS_ENDPOINT_URL_ECR: url,
          NODE_EXTRA_CA_CERTS: cert,
        });
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(
          'ecr-deliver: STS refused AssumeRoleWithWebIdentity for arn:aws:iam::123456789012:role/deliver (AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity)',
        );
        expect(seen).toEqual([{ agent: expect.stringMatching(/^aws-sdk-js\//), action: 'AssumeRoleWithWebIdentity' }]);
        expect(r.stderr).toContain("hint: the role's trust policy must allow this token");
      } finally {
        sts.close();
      }
    } finally {
      rmSync(tls, { recursive: true, force: true });
    }
  });

  it('role-to-assume outside GitHub/CircleCI without a token file', async () => {
    const r = await cli([...VALID, '--role-to-assume', 'arn:aws:iam::123456789012:role/deliver'], {
      AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9',
      AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:9',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ecr-deliver: role-to-assume is set but no OIDC token was found\n');
    expect(r.stderr).toContain(
      "hint: outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_WEB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env\n",
    );
  });
});
