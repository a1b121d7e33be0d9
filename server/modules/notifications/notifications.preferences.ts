import { type NotificationChannel, notificationKindList, notificationKindRules } from '../../../contracts/notification-vocabulary.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { forbidden } from '../../platform/errors.js';
import * as repository from './notifications.repository.js';
import { checkPreference, effectiveChannel } from './notifications.rules.js';
import type { NotificationDeps } from './notifications.service.js';

const personOf = (actor: Actor) => {
  if (!actor.personId) throw forbidden({ vi: 'Tài khoản không gắn với cán bộ nào', en: 'This account is not a staff member' });
  return actor.personId;
};

/** Every kind with the person's channel (or the default), whether it asks for action and why it cannot be turned off. */
export async function listMyPreferences(deps: NotificationDeps, actor: Actor) {
  const stored = await repository.preferencesOf(deps.db, personOf(actor));
  return { items: notificationKindList.map((kind) => presentPreference(kind, effectiveChannel(kind, stored.get(kind)))) };
}

/** Sets the person's channel for one kind; a mandatory kind cannot be turned off. */
export async function setMyPreference(deps: NotificationDeps, actor: Actor, kind: string, channel: NotificationChannel) {
  const personId = personOf(actor);
  checkPreference(kind, channel);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repository.savePreference(tx, { agencyId: actor.agencyId, personId, kind, channel, updatedAt: now });
    await recordAction(
      tx,
      { agencyId: actor.agencyId, actor: auditActorOf(actor), now },
      'notification.preference_set',
      { type: 'person', id: personId },
      { kind, channel },
    );
  });
  return presentPreference(kind as (typeof notificationKindList)[number], channel);
}

function presentPreference(kind: (typeof notificationKindList)[number], channel: NotificationChannel) {
  const rule = notificationKindRules[kind];
  return { kind, channel, label: rule.label, needsAction: rule.needsAction, mandatoryBecause: rule.mandatoryBecause };
}
