import { sql } from 'drizzle-orm';
import { beforeEach } from 'vitest';
import { auditCheckpointKeyOf, loadConfig } from '../../config.js';
import { api, login } from '../../test/http.js';
import { createOrgFixture, type OrgFixture } from '../../test/fixtures/org.js';
import { writeAuditCheckpoint } from './audit.checkpoints.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let f: OrgFixture;
let admin: ReturnType<typeof api>;
const key = auditCheckpointKeyOf(loadConfig({ NODE_ENV: 'test' }));
test.beforeAll(({ app }) => {
  t = app;
});
beforeEach(async () => {
  f = await createOrgFixture(t.database.db);
  admin = api(t.app, await login(t.app, f.users.admin.username));
  for (const name of ['Ban Một', 'Ban Hai']) {
    await admin.post('/api/v1/units', { parentId: f.root.id, kind: 'department', code: `T-${Math.random().toString(36).slice(2, 8)}`, name });
  }
});

async function newestEvent() {
  return (await admin.get('/api/v1/audit?limit=1')).json().items[0] as { id: number };
}

test('finds the newest rows deleted: the chain ends before its stored head', async () => {
  expect((await admin.get('/api/v1/audit/verify')).json()).toMatchObject({ isIntact: true });
  const victim = await newestEvent();
  await t.database.db.execute(sql`delete from audit_events where id = ${victim.id}`);
  const result = (await admin.get('/api/v1/audit/verify')).json();
  expect(result.isIntact).toBe(false);
  expect(result.firstBrokenLink).toMatchObject({ id: null, reason: 'truncated' });
});

test('finds it even when the heads were moved back too, against the signed daily checkpoint', async () => {
  await writeAuditCheckpoint(t.database.db, key, f.agencyId, t.clock.now());
  const victim = await newestEvent();
  const [row] = await t.database.db
    .execute(sql`select lane, sequence, previous_hash from audit_events where id = ${victim.id}`)
    .then((r) => ((r as unknown as { rows?: unknown[] }).rows ?? r) as { lane: number; sequence: number; previous_hash: string }[]);
  await t.database.db.execute(sql`delete from audit_events where id = ${victim.id}`);
  // What a careful administrator would do: move the head back so the chain ends where it should.
  await t.database.db.execute(
    sql`update audit_chain_heads set last_sequence = ${Number(row.sequence) - 1}, last_hash = ${row.previous_hash} where agency_id = ${f.agencyId} and lane = ${row.lane}`,
  );
  const result = (await admin.get('/api/v1/audit/verify')).json();
  expect(result.isIntact).toBe(false);
  expect(result.firstBrokenLink).toMatchObject({ lane: Number(row.lane), reason: 'truncated' });
  expect(result.lastCheckpointAt).not.toBeNull();
});

test('refuses a checkpoint rewritten without the key', async () => {
  await writeAuditCheckpoint(t.database.db, key, f.agencyId, t.clock.now());
  await t.database.db.execute(sql`update audit_checkpoints set heads = '[]'::jsonb where agency_id = ${f.agencyId}`);
  expect((await admin.get('/api/v1/audit/verify')).json().firstBrokenLink).toMatchObject({ reason: 'checkpoint_invalid' });
});
