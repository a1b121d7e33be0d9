import { describe } from 'vitest';
import { loadConfig, trustProxyOf } from '../../config.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

const PROXY = '10.0.0.5';

async function loginStatuses(app: TestApp['app'], attempts: { remoteAddress: string; forwardedFor?: string }[]) {
  const statuses: number[] = [];
  for (const attempt of attempts) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'khong-co', password: 'x' },
      remoteAddress: attempt.remoteAddress,
      headers: attempt.forwardedFor ? { 'x-forwarded-for': attempt.forwardedFor } : {},
    });
    statuses.push(response.statusCode);
  }
  return statuses;
}

describe('TRUST_PROXY', () => {
  test('reads off, a hop count, or a list of addresses and CIDRs', () => {
    expect(trustProxyOf('false')).toBe(false);
    expect(trustProxyOf('')).toBe(false);
    expect(trustProxyOf('2')).toBe(2);
    expect(trustProxyOf('10.0.0.5, 192.168.0.0/16')).toEqual(['10.0.0.5', '192.168.0.0/16']);
  });

  test('off by default: a forged X-Forwarded-For does not give a client a fresh rate-limit bucket', async ({ openApp }) => {
    const t = await openApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '2' } });
    const forged = ['1.1.1.1', '2.2.2.2', '3.3.3.3'].map((forwardedFor) => ({ remoteAddress: '203.0.113.9', forwardedFor }));
    expect(await loginStatuses(t.app, forged)).toEqual([401, 401, 429]);
  });

  test('behind a trusted proxy, each client has its own bucket, and a client cannot forge one', async ({ openApp }) => {
    const t = await openApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: `${PROXY}/32` } });
    const first = { remoteAddress: PROXY, forwardedFor: '198.51.100.1' };
    expect(await loginStatuses(t.app, [first, first, first])).toEqual([401, 401, 429]);
    // Another citizen behind the same proxy is not blocked by the first.
    expect(await loginStatuses(t.app, [{ remoteAddress: PROXY, forwardedFor: '198.51.100.2' }])).toEqual([401]);
    // A client prepending addresses to the header is still seen as itself: the proxy appended its real address.
    const prepended = ['7.7.7.7', '8.8.8.8'].map((fake) => ({ remoteAddress: PROXY, forwardedFor: `${fake}, 198.51.100.1` }));
    expect(await loginStatuses(t.app, prepended)).toEqual([429, 429]);
    // A client reaching the server directly (not through the proxy) cannot choose its address.
    const direct = ['4.4.4.4', '5.5.5.5', '6.6.6.6'].map((forwardedFor) => ({ remoteAddress: '203.0.113.9', forwardedFor }));
    expect(await loginStatuses(t.app, direct)).toEqual([401, 401, 429]);
  });

  test('a hop count trusts the nearest proxies only', async ({ openApp }) => {
    const t = await openApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '1', TRUST_PROXY: '1' } });
    expect(
      await loginStatuses(t.app, [
        { remoteAddress: PROXY, forwardedFor: '9.9.9.9, 198.51.100.7' },
        { remoteAddress: PROXY, forwardedFor: '198.51.100.8' },
      ]),
    ).toEqual([401, 401]);
    expect(await loginStatuses(t.app, [{ remoteAddress: PROXY, forwardedFor: '1.2.3.4, 198.51.100.7' }])).toEqual([429]);
  });

  test('refuses TRUST_PROXY=true, which would let anyone forge an address', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });
});
