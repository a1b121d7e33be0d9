import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { notificationPreferences, notifications } from '../../db/schema/index.js';

/**
 * The in-app notifications one person received, for a personal-data export: what they were told and
 * when they read it, never what was sent to anyone else (signals and dedupe keys are bookkeeping).
 */
export function personNotificationsExport(db: Db, agencyId: string, personId: string) {
  return db
    .select({
      title: sql<string>`${notifications.title}->>'vi'`,
      kind: notifications.kind,
      subjectType: notifications.subjectType,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(and(eq(notifications.agencyId, agencyId), eq(notifications.personId, personId)))
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .limit(5000);
}

/** The channels a person chose per kind of notification (kinds without a choice use the default and are not stored). */
export function personNotificationPreferencesExport(db: Db, agencyId: string, personId: string) {
  return db
    .select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel, updatedAt: notificationPreferences.updatedAt })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.agencyId, agencyId), eq(notificationPreferences.personId, personId)))
    .orderBy(asc(notificationPreferences.kind));
}
