import { expect, test, type TestApp } from '../test/fixtures/index.js';

let t: TestApp;
let plain: TestApp;
test.override('appOptions', { env: { COOKIE_SECURE: 'true' } });
test.beforeAll(async ({ app, openApp }) => {
  t = app;
  plain = await openApp({ env: { COOKIE_SECURE: 'false' } });
});

test('sends the security headers on API answers, problems and the API docs', async () => {
  for (const url of ['/api/v1/health', '/api/v1/khong-co', '/api/docs', '/api/docs/json']) {
    const response = await t.app.inject({ method: 'GET', url });
    const csp = String(response.headers['content-security-policy']);
    expect(csp, url).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['permissions-policy']).toContain('camera=()');
    expect(response.headers['strict-transport-security']).toContain('max-age=31536000');
  }
});

test('sends HSTS only when the cookies are marked secure (served over HTTPS)', async () => {
  const response = await plain.app.inject({ method: 'GET', url: '/api/v1/health' });
  expect(response.headers['strict-transport-security']).toBeUndefined();
  expect(response.headers['x-content-type-options']).toBe('nosniff');
});

test('keeps the API docs page working: no inline script for the policy to block', async () => {
  const first = await t.app.inject({ method: 'GET', url: '/api/docs' });
  const page =
    first.statusCode === 302
      ? await t.app.inject({ method: 'GET', url: `/api/docs/${String(first.headers.location).replace(/^.*\/api\/docs\/?/, '')}` })
      : first;
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain('swagger-initializer.js');
  expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)|<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
  expect((await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' })).statusCode).toBe(200);
});
