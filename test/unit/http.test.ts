/**
 * io/http.ts `exchange` against a real HTTP server on 127.0.0.1: what the server received, what the
 * caller gets back (any status, redirects unfollowed, UTF-8 text), and how it fails (silence,
 * refusal, abort), directly and through HTTP_PROXY.
 */
import { exchange } from '../../src/io/http';
import { HttpPeer } from '../fixtures/http-peer';
import { RecordingProxy } from '../fixtures/proxy';

const PROXY_ENV = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'];

let peer: HttpPeer;

beforeEach(async () => {
  peer = await new HttpPeer().start();
});

afterEach(async () => {
  await peer.stop();
});

describe('exchange', () => {
  it('sends the method, path, headers and body, and resolves with the status, text and headers of the answer', async () => {
    peer.answer = (_req, res) => res.writeHead(201, { 'content-type': 'application/json', 'x-answer': 'yes' }).end('{"ok":true}');
    const answer = await exchange(`${peer.url}/token?audience=sts`, {
      method: 'POST',
      headers: { authorization: 'Bearer abc', 'content-type': 'text/plain' },
      body: 'hello',
      timeoutMs: 5000,
    });
    expect(peer.requests).toHaveLength(1);
    const [seen] = peer.requests;
    expect(seen).toMatchObject({ method: 'POST', url: '/token?audience=sts', body: 'hello' });
    expect(seen.headers).toMatchObject({ authorization: 'Bearer abc', 'content-type': 'text/plain' });
    expect(answer.status).toBe(201);
    expect(answer.text).toBe('{"ok":true}');
    expect(answer.headers['x-answer']).toBe('yes');
    expect(answer.headers['content-type']).toBe('application/json');
  });

  it('asks with GET by default, and an error status resolves as an answer', async () => {
    peer.answer = (_req, res) => res.writeHead(503, { 'retry-after': '1' }).end('busy');
    const answer = await exchange(peer.url, { headers: {}, timeoutMs: 5000 });
    expect(peer.requests.map((r) => r.method)).toEqual(['GET']);
    expect(answer).toMatchObject({ status: 503, text: 'busy' });
    expect(answer.headers['retry-after']).toBe('1');
  });

  it('hands a redirect back to the caller instead of following it', async () => {
    peer.answer = (req, res) => (req.url === '/from' ? res.writeHead(302, { location: '/to' }).end() : res.end('followed'));
    const answer = await exchange(`${peer.url}/from`, { headers: {}, timeoutMs: 5000 });
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe('/to');
    expect(peer.requests.map((r) => r.url)).toEqual(['/from']);
  });

  it('decodes the text as UTF-8 once the whole body is in, even with a character split across chunks', async () => {
    const bytes = Buffer.from('café ✓', 'utf8');
    const cut = bytes.indexOf(0xc3) + 1; // between the two bytes of é
    peer.answer = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.write(bytes.subarray(0, cut));
      setTimeout(() => res.end(bytes.subarray(cut)), 50);
    };
    const answer = await exchange(peer.url, { headers: {}, timeoutMs: 5000 });
    expect(answer.text).toBe('café ✓');
  });

  it('rejects naming the limit when the server goes silent after taking the request', async () => {
    peer.answer = () => undefined; // never answers
    await expect(exchange(peer.url, { headers: {}, timeoutMs: 200 })).rejects.toThrow('no answer within 200 ms');
    expect(peer.requests).toHaveLength(1);
  });

  it('connectTimeoutMs bounds only the connection: an answer slower than it on a connected socket arrives', async () => {
    peer.answer = (_req, res) => setTimeout(() => res.end('late but fine'), 300);
    const answer = await exchange(peer.url, { headers: {}, timeoutMs: 5000, connectTimeoutMs: 50 });
    expect(answer).toMatchObject({ status: 200, text: 'late but fine' });
  });

  it('rejects when nothing listens on the port', async () => {
    const closed = peer.url;
    await peer.stop();
    await expect(exchange(closed, { headers: {}, timeoutMs: 5000 })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('rejects with an AbortError when the signal aborts while the server holds the answer', async () => {
    const controller = new AbortController();
    peer.answer = () => controller.abort();
    await expect(exchange(peer.url, { headers: {}, timeoutMs: 5000, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(peer.requests).toHaveLength(1);
  });

  describe('with HTTP_PROXY set', () => {
    let proxy: RecordingProxy;
    const saved: Record<string, string | undefined> = {};

    beforeEach(async () => {
      proxy = await new RecordingProxy().start();
      for (const name of PROXY_ENV) {
        saved[name] = process.env[name];
        delete process.env[name];
      }
      process.env.HTTP_PROXY = proxy.url;
    });

    afterEach(async () => {
      for (const name of PROXY_ENV) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
      await proxy.stop();
    });

    it('goes through the proxy in absolute form', async () => {
      peer.answer = (_req, res) => res.end('via proxy');
      const answer = await exchange(`${peer.url}/path?q=1`, { headers: {}, timeoutMs: 5000 });
      expect(answer.text).toBe('via proxy');
      expect(proxy.requests).toEqual([{ kind: 'absolute', target: `${peer.url}/path?q=1`, method: 'GET', status: 200 }]);
      expect(peer.requests.map((r) => r.url)).toEqual(['/path?q=1']);
    });

    it('connects directly to a host NO_PROXY exempts', async () => {
      process.env.NO_PROXY = '127.0.0.1';
      peer.answer = (_req, res) => res.end('direct');
      const answer = await exchange(peer.url, { headers: {}, timeoutMs: 5000 });
      expect(answer.text).toBe('direct');
      expect(proxy.requests).toEqual([]);
      expect(peer.requests).toHaveLength(1);
    });
  });
});
