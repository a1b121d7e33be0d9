import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsChanged } from '../../platform/actor-changes.js';
import { createAgency, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function signedInStaff() {
  const { root } = await createAgency(t.database.db);
  const user = await createUser(t.database.db, root, ['staff']);
  return { user, client: api(t.app, await login(t.app, user.username)) };
}

describe('cached sessions', () => {
  it('serves repeated requests from the cache until something about people changes in this process', async () => {
    const { user, client } = await signedInStaff();
    expect((await client.get('/api/v1/tasks/summary')).statusCode).toBe(200);
    // A change behind the application's back (another instance) is seen once the cache lets go of it.
    await t.database.db.execute(sql`update users set is_active = false where person_id = ${user.id}`);
    expect((await client.get('/api/v1/tasks/summary')).statusCode).toBe(200);
    actorsChanged();
    expect((await client.get('/api/v1/tasks/summary')).statusCode).toBe(401);
  });

  it('still ends a cached session when it expires', async () => {
    const { client } = await signedInStaff();
    expect((await client.get('/api/v1/tasks/summary')).statusCode).toBe(200);
    t.clock.advanceMs(13 * 3600_000);
    expect((await client.get('/api/v1/tasks/summary')).statusCode).toBe(401);
  });

  it('sees a password change made through the application at the very next request', async () => {
    const { user } = await signedInStaff();
    const other = api(t.app, await login(t.app, user.username));
    const current = api(t.app, await login(t.app, user.username));
    expect((await other.get('/api/v1/tasks/summary')).statusCode).toBe(200);
    const changed = await current.post('/api/v1/auth/password', { currentPassword: 'mat-khau-thu-nghiem-2026', newPassword: 'chim-en-bay-ve-phuong-nam-2026' });
    expect(changed.statusCode).toBe(200);
    expect((await other.get('/api/v1/tasks/summary')).statusCode).toBe(401);
  });
});
