import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSecurityHeaders } from './security-headers.js';
import { IMMUTABLE, registerWebApp, REVALIDATE, VALIDATOR_HEADERS } from './web.js';

const script = 'console.log("Công vụ");'.repeat(200);
let dist: string;
let app: FastifyInstance;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'congvu-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Công vụ</title>');
  writeFileSync(join(dist, 'index.html.gz'), gzipSync('<!doctype html><title>Công vụ</title>'));
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  for (const [name, content] of [['assets/index-DbWebPAD.js', script]] as const) {
    writeFileSync(join(dist, name), content);
    writeFileSync(join(dist, `${name}.br`), brotliCompressSync(content));
    writeFileSync(join(dist, `${name}.gz`), gzipSync(content));
  }
  app = Fastify();
  await registerSecurityHeaders(app, { isHttps: false });
  await registerWebApp(app, dist);
  app.setNotFoundHandler((_request, reply) => reply.sendFile('index.html'));
  await app.ready();
});
afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the built web app', () => {
  it('sends a hashed asset as the build compressed it, kept for a year', async () => {
    const brotli = await app.inject({ url: '/assets/index-DbWebPAD.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers['cache-control']).toBe(IMMUTABLE);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.rawPayload.length).toBeLessThan(script.length / 10);
    const gzip = await app.inject({ url: '/assets/index-DbWebPAD.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ url: '/assets/index-DbWebPAD.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('has index.html and unhashed files checked again on every use', async () => {
    for (const url of ['/', '/viec-cua-toi', '/favicon.svg']) {
      const response = await app.inject({ url, headers: { 'accept-encoding': 'gzip, br' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe(REVALIDATE);
    }
    const page = await app.inject({ url: '/viec-cua-toi', headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers['content-encoding']).toBe('gzip');
  });

  it("sends a hashed script only the headers that apply to it; the page keeps the page's policy", async () => {
    const asset = await app.inject({ url: '/assets/index-DbWebPAD.js' });
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers['cross-origin-resource-policy']).toBe('same-origin');
    for (const name of ['content-security-policy', 'x-frame-options', 'permissions-policy', 'referrer-policy'])
      expect(asset.headers[name], name).toBeUndefined();
    const page = await app.inject({ url: '/viec-cua-toi' });
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['permissions-policy']).toMatch(/camera=\(\)/);
  });

  it('leaves out ETag, Last-Modified and Accept-Ranges on a hashed asset; index.html keeps its validators', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const asset = await app.inject({ url: '/assets/index-DbWebPAD.js', headers: { 'accept-encoding': encoding } });
      expect(asset.statusCode, encoding).toBe(200);
      for (const name of VALIDATOR_HEADERS) expect(asset.headers[name], `${encoding} ${name}`).toBeUndefined();
    }
    for (const url of ['/', '/viec-cua-toi']) {
      const page = await app.inject({ url });
      expect(page.headers.etag, url).toBeDefined();
      expect(page.headers['last-modified'], url).toBeDefined();
      const again = await app.inject({ url, headers: { 'if-none-match': String(page.headers.etag) } });
      expect(again.statusCode, url).toBe(304);
    }
  });
});
