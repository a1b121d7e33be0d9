import type { ScheduleSession, WeeklyScheduleStatus } from '../../../contracts/schedule.js';
import { addCalendarDays, epochDayOf, formatVietnameseDate, localDateOf, mondayOf, startOfLocalDay } from '../../platform/calendar/dates.js';

/** The week (Monday to Sunday, Asia/Ho_Chi_Minh) a local date falls in, and the instants it spans. */
export function weekBounds(isoDate: string) {
  const weekStart = mondayOf(isoDate);
  const weekEnd = addCalendarDays(weekStart, 6);
  return { weekStart, weekEnd, from: startOfLocalDay(weekStart), until: startOfLocalDay(weekStart, 7) };
}

/** The week an instant falls in, counted in Hà Nội (Sunday 23:30 there is still the same week). */
export const weekOfInstant = (instant: Date) => weekBounds(localDateOf(instant));

/** ISO 8601 week number: the week holding the year's first Thursday is week 1. */
export function isoWeekNumber(isoDate: string): number {
  const thursday = addCalendarDays(mondayOf(isoDate), 3);
  const firstOfYear = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor((epochDayOf(thursday) - epochDayOf(firstOfYear)) / 7) + 1;
}

/** Morning until noon, afternoon from noon on (local time). */
export function sessionOfInstant(instant: Date): { day: string; session: ScheduleSession; startTime: string } {
  const local = new Date(instant.getTime() + 7 * 3_600_000).toISOString();
  const hour = Number(local.slice(11, 13));
  return { day: local.slice(0, 10), session: hour < 12 ? 'morning' : 'afternoon', startTime: local.slice(11, 16) };
}

type Move = 'submit' | 'approve' | 'returnToDraft' | 'publish';
/** draft → submitted (the Office) → approved (a leader) → published (inside the agency, optionally on the public site). */
const allowedFrom: Record<Move, readonly WeeklyScheduleStatus[]> = {
  submit: ['draft'],
  approve: ['submitted'],
  returnToDraft: ['submitted', 'approved'],
  publish: ['approved'],
};
export const nextStatus: Record<Move, WeeklyScheduleStatus> = { submit: 'submitted', approve: 'approved', returnToDraft: 'draft', publish: 'published' };
export const canMove = (status: WeeklyScheduleStatus, move: Move) => allowedFrom[move].includes(status);

/** Entries change while drafted and after publication (then marked); a schedule awaiting a leader's decision is frozen. */
export const canEditEntries = (status: WeeklyScheduleStatus) => status === 'draft' || status === 'published';

export interface EntryFacts {
  day: string;
  session: ScheduleSession;
  startTime: string | null;
  content: string;
  chairName: string;
  participants: string;
  participantNames: string[];
  place: string;
  preparingUnitName: string;
}

const sessionLabel: Record<ScheduleSession, string> = { morning: 'sáng', afternoon: 'chiều' };
const whenOf = (e: EntryFacts) => `${e.startTime ?? ''} ${sessionLabel[e.session]} ${formatVietnameseDate(e.day)}`.trim();
const fields: { label: string; value: (e: EntryFacts) => string }[] = [
  { label: 'Thời gian', value: whenOf },
  { label: 'Nội dung', value: (e) => e.content },
  { label: 'Chủ trì', value: (e) => e.chairName },
  { label: 'Thành phần', value: (e) => [e.participants, ...e.participantNames].filter(Boolean).join('; ') },
  { label: 'Địa điểm', value: (e) => e.place },
  { label: 'Đơn vị chuẩn bị', value: (e) => e.preparingUnitName },
];

/** What changed in an entry, in words ("Địa điểm: Phòng họp 1 → Phòng họp 2"), or null when nothing did. */
export function describeEntryChange(before: EntryFacts, after: EntryFacts): string | null {
  const changes = fields
    .filter((field) => field.value(before) !== field.value(after))
    .map((field) => `${field.label}: ${field.value(before) || '(trống)'} → ${field.value(after) || '(trống)'}`);
  return changes.length > 0 ? changes.join('; ') : null;
}

/**
 * The mark an entry carries after a change: nothing while the schedule was never published; once it was,
 * the latest change joins the earlier ones so readers see every adjustment.
 */
export function markChange(
  wasPublished: boolean,
  previous: { changeNote: string | null },
  change: string | null,
  now: Date,
): { changedAt: Date; changeNote: string } | null {
  if (!wasPublished || change === null) return null;
  return { changedAt: now, changeNote: previous.changeNote ? `${previous.changeNote} | ${change}` : change };
}
