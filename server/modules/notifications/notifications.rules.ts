import {
  DEFAULT_NOTIFICATION_CHANNEL,
  isNotificationKind,
  type NotificationChannel,
  notificationChannels,
  notificationKindRules,
} from '../../../contracts/notification-vocabulary.js';
import { taskSignalKinds, taskSignalLabels } from '../../../contracts/work-vocabulary.js';
import { DomainError, type LocalizedText, validationError } from '../../platform/errors.js';

/** The channel a notification of this kind takes for a person who stored `chosen` (or nothing). */
export function effectiveChannel(kind: string, chosen: string | undefined): NotificationChannel {
  const channel = notificationChannels.find((known) => known === chosen) ?? DEFAULT_NOTIFICATION_CHANNEL;
  // A mandatory kind never disappears, even if an old row said otherwise.
  if (channel === 'off' && isNotificationKind(kind) && notificationKindRules[kind].mandatoryBecause) return DEFAULT_NOTIFICATION_CHANNEL;
  return channel;
}

/** What effectiveChannel needs to decide in SQL for a kind (notifications.repository.ts insertAsChosen). */
export function channelRuleOf(kind: string) {
  const isMandatory = isNotificationKind(kind) && !!notificationKindRules[kind].mandatoryBecause;
  return { isMandatory, defaultChannel: DEFAULT_NOTIFICATION_CHANNEL, channels: notificationChannels };
}

/** Refuses a preference for a kind the system does not have, or turning off a mandatory kind. */
export function checkPreference(kind: string, channel: NotificationChannel): void {
  if (!isNotificationKind(kind)) {
    throw new DomainError('not_found', 'notification_kind_unknown', { vi: 'Không có loại thông báo này', en: 'No such notification kind' }, [
      { field: 'kind', message: { vi: `Loại thông báo không tồn tại: ${kind}`, en: `Unknown notification kind: ${kind}` } },
    ]);
  }
  const because = notificationKindRules[kind].mandatoryBecause;
  if (channel === 'off' && because) {
    throw validationError([{ field: 'channel', message: { vi: `Không thể tắt: ${because.vi}`, en: `Cannot be turned off: ${because.en}` } }], {
      vi: 'Loại thông báo này là bắt buộc',
      en: 'This kind of notification is mandatory',
    });
  }
}

/** Kinds whose repeated notifications share one bell line per day. */
export const groupedKinds = Object.entries(notificationKindRules)
  .filter(([, rule]) => 'grouped' in rule && rule.grouped)
  .map(([kind]) => kind);

/** Kinds that ask something of the person: their unread lines come first. */
export const actionKinds = Object.entries(notificationKindRules)
  .filter(([, rule]) => rule.needsAction)
  .map(([kind]) => kind);

export interface LineGroup {
  kind: string;
  signalKind: string | null;
  count: number;
}

/** The words of a grouped line: "N nhiệm vụ không cập nhật tiến độ"; a single notification keeps its own title. */
export function groupTitle(group: LineGroup, latestTitle: LocalizedText): LocalizedText {
  if (group.count < 2) return latestTitle;
  const signal = taskSignalKinds.find((known) => known === group.signalKind);
  if (group.kind === 'signal' && signal) {
    const label = taskSignalLabels[signal];
    return { vi: `${group.count} nhiệm vụ ${label.vi.toLowerCase()}`, en: `${group.count} tasks: ${label.en.toLowerCase()}` };
  }
  const rule = isNotificationKind(group.kind) ? notificationKindRules[group.kind] : null;
  const label = rule?.label ?? latestTitle;
  return { vi: `${group.count} thông báo: ${label.vi}`, en: `${group.count} notifications: ${label.en}` };
}

/** A grouped line of task warnings opens the board filtered by that signal; other lines open their subject. */
export function boardSignalOf(group: LineGroup): string | null {
  if (group.count < 2 || group.kind !== 'signal') return null;
  return taskSignalKinds.find((known) => known === group.signalKind) ?? null;
}
