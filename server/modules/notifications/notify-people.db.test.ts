import { and, eq } from 'drizzle-orm';
import { notificationKindList } from '../../../contracts/notification-vocabulary.js';
import { notificationPreferences, notifications } from '../../db/schema/index.js';
import { expect, test } from '../../test/fixtures/index.js';
import { effectiveChannel } from './notifications.rules.js';
import { notifyPeople } from './notifications.service.js';

const stored = [undefined, 'in_app', 'email_now', 'digest', 'off', 'carrier_pigeon'] as const;

// notifyPeople decides each recipient's channel in SQL; effectiveChannel is the rule the preferences page shows.
test('every kind and every stored choice is stored with the channel effectiveChannel gives, and nothing when off', async ({ app, agency }) => {
  const { db } = app.database;
  const personId = agency.people.inTeam.id;
  const now = new Date('2026-03-02T02:00:00Z');
  for (const kind of notificationKindList) {
    for (const choice of stored) {
      await db.delete(notifications).where(and(eq(notifications.personId, personId), eq(notifications.kind, kind)));
      await db.delete(notificationPreferences).where(and(eq(notificationPreferences.personId, personId), eq(notificationPreferences.kind, kind)));
      if (choice) await db.insert(notificationPreferences).values({ agencyId: agency.agencyId, personId, kind, channel: choice, updatedAt: now });
      await db.transaction((tx) =>
        notifyPeople(tx, { agencyId: agency.agencyId, personIds: [personId, personId], kind, title: { vi: 'Thử', en: 'Try' }, now }),
      );
      const rows = await db
        .select({ channel: notifications.channel })
        .from(notifications)
        .where(and(eq(notifications.personId, personId), eq(notifications.kind, kind)));
      const expected = effectiveChannel(kind, choice);
      expect(
        rows.map((row) => row.channel),
        `${kind} stored as ${choice}`,
      ).toEqual(expected === 'off' ? [] : [expected]);
    }
  }
});

test('a repeated dedupe key is stored once', async ({ app, agency }) => {
  const { db } = app.database;
  const personId = agency.people.inLaw.id;
  const input = { agencyId: agency.agencyId, personIds: [personId], kind: 'signal', title: { vi: 'Quá hạn', en: 'Overdue' }, dedupeKey: 'k1' };
  await db.transaction((tx) => notifyPeople(tx, { ...input, now: new Date('2026-03-02T02:00:00Z') }));
  await db.transaction((tx) => notifyPeople(tx, { ...input, now: new Date('2026-03-03T02:00:00Z') }));
  expect(await db.select().from(notifications).where(eq(notifications.personId, personId))).toHaveLength(1);
});
