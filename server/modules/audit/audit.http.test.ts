import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp, type OrgFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: OrgFixture;
let admin: ReturnType<typeof api>;
test.beforeAll(async ({ app, agency }) => {
  t = app;
  f = agency;
  admin = api(t.app, await login(t.app, f.users.admin.username));
  for (const name of ['Ban Một', 'Ban Hai', 'Ban Ba']) {
    await admin.post('/api/v1/units', { parentId: f.root.id, kind: 'department', code: `A-${Math.random().toString(36).slice(2, 8)}`, name });
  }
});

describe('audit log', () => {
  test("lists the agency's events newest first, filtered by action prefix, with keyset paging", async () => {
    const first = (await admin.get('/api/v1/audit?action=unit.&limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.items.every((e: { action: string }) => e.action.startsWith('unit.'))).toBe(true);
    expect(first.items[0].id).toBeGreaterThan(first.items[1].id);
    const second = (await admin.get(`/api/v1/audit?action=unit.&limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)).json();
    expect(second.items[0].id).toBeLessThan(first.items[1].id);
    expect(first.items[0]).toMatchObject({ actorUserId: f.users.admin.userId, subjectType: 'unit' });
  });

  test('is readable by administrators only', async () => {
    for (const role of ['leader', 'head', 'staff', 'inspector', 'editor'] as const) {
      const client = api(t.app, await login(t.app, f.users[role].username));
      expect((await client.get('/api/v1/audit')).statusCode, role).toBe(403);
      expect((await client.get('/api/v1/audit/verify')).statusCode, role).toBe(403);
    }
  });

  test('rejects malformed filters with 400', async () => {
    expect((await admin.get('/api/v1/audit?action=DROP TABLE')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/audit?from=2026-13-01')).statusCode).toBe(400);
  });

  test('verifies the hash chain, and finds the first row someone altered', async () => {
    const intact = (await admin.get('/api/v1/audit/verify')).json();
    expect(intact).toMatchObject({ isIntact: true, firstBrokenLink: null });
    expect(intact.checkedRows).toBeGreaterThanOrEqual(3);

    const [victim] = (await admin.get('/api/v1/audit?action=unit.created&limit=1')).json().items;
    await t.database.db.execute(sql`update audit_events set change = '{"name":"Ban Giả Mạo"}'::jsonb where id = ${victim.id}`);
    const broken = (await admin.get('/api/v1/audit/verify')).json();
    expect(broken.isIntact).toBe(false);
    expect(broken.firstBrokenLink).toMatchObject({ id: victim.id, reason: 'hash_mismatch' });
  });
});
