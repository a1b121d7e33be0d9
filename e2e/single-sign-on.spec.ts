import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../server/test/oidc-test-provider.js';
import { launchChromium, openPage } from './support/browser.js';
import { startServer, type StartedServer } from './support/start-server.js';

// Its own server, configured for the OpenID provider this journey starts, on an empty database it sets up.
const port = 4100 + (process.pid % 90);
let provider: TestProvider;
let server: StartedServer;
let browser: Browser;
beforeAll(async () => {
  provider = await startTestProvider(`http://127.0.0.1:${port}/api/v1/auth/oidc/callback`);
  server = await startServer({
    name: 'sso',
    port,
    seedDemo: false,
    env: {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_REDIRECT_URL: `http://127.0.0.1:${port}/api/v1/auth/oidc/callback`,
    },
  });
  const token = /\/cai-dat\?token=([A-Za-z0-9_-]+)/.exec(server.output())![1];
  const setup = await fetch(`${server.baseUrl}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token,
      agencyName: 'Cơ quan thử đăng nhập một cửa',
      adminUsername: 'admin',
      adminDisplayName: 'Trần Văn Quản',
      adminPassword: 'Song-Hong-mua-thu-2026',
    }),
  });
  expect(setup.status).toBe(200);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await provider?.close();
});

/** From the login page through the provider's own sign-in and consent pages, back to the app. */
async function signInWithSso(page: Page, subject: string) {
  await page.goto('/dang-nhap');
  await page.getByRole('link', { name: 'Đăng nhập bằng tài khoản một cửa/SSO' }).click();
  await page.locator('input[name=login]').fill(subject);
  await page.locator('input[name=password]').fill('any');
  await page.locator('button[type=submit]').click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

it('a stranger is sent back with an explanation; the administrator signs in with single sign-on', async () => {
  provider.people.set('stranger', { email: 'nguoi-la@example.vn', email_verified: true });
  const stranger = await openPage(browser, server.baseUrl);
  await signInWithSso(stranger, 'stranger');
  await stranger.waitForURL(/\/dang-nhap\?error=sso_unknown_user/);
  await stranger.getByText('chưa được liên kết với tài khoản nào').waitFor();
  await expect(stranger.getByLabel('Mật khẩu').count()).resolves.toBe(1);

  provider.people.set('sso-admin', { preferred_username: 'admin' });
  const admin = await openPage(browser, server.baseUrl);
  await signInWithSso(admin, 'sso-admin');
  await admin.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
  const session = await admin.evaluate(async () => (await fetch('/api/v1/auth/session')).json());
  expect(session.user.username).toBe('admin');
  await admin.getByText('Trần Văn Quản').first().waitFor();
});
