import type { ScheduleEntry, WeeklySchedule } from '../../../contracts/schedule.js';
import type { MeetingInWindow } from '../dissemination/index.js';
import type { ScheduleStanding } from './schedule.policy.js';
import { scheduleAbilities } from './schedule.policy.js';
import type { EntryRow, ScheduleRow } from './schedule.repository.js';
import { isoWeekNumber, sessionOfInstant, weekBounds } from './schedule.rules.js';

export function toEntry(row: EntryRow, names: Map<string, string>): ScheduleEntry {
  return {
    id: row.id,
    kind: 'entry',
    day: row.day,
    session: row.session,
    startTime: row.startTime,
    content: row.content,
    chair: row.chairId ? { id: row.chairId, name: row.chairName } : null,
    participants: row.participants,
    participantPeople: row.participantIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    place: row.place,
    preparingUnit: row.preparingUnitId ? { id: row.preparingUnitId, name: row.preparingUnitName } : null,
    isCancelled: row.isCancelled,
    changedAt: row.changedAt?.toISOString() ?? null,
    changeNote: row.changeNote,
    meetingId: null,
  };
}

/** A meeting of the meetings module, shown in the schedule as a read-only line linked to it. */
export function meetingEntry(meeting: MeetingInWindow): ScheduleEntry {
  return {
    id: meeting.id,
    kind: 'meeting',
    ...sessionOfInstant(meeting.startsAt),
    content: meeting.title,
    chair: { id: meeting.chairId, name: meeting.chairName },
    participants: 'Theo giấy mời',
    participantPeople: [],
    place: meeting.place,
    preparingUnit: null,
    isCancelled: false,
    changedAt: null,
    changeNote: null,
    meetingId: meeting.id,
  };
}

const order = (entry: ScheduleEntry) => `${entry.day} ${entry.session === 'morning' ? 0 : 1} ${entry.startTime ?? '00:00'}`;

export function toWeeklySchedule(week: string, schedule: ScheduleRow | null, entries: ScheduleEntry[], standing: ScheduleStanding): WeeklySchedule {
  const { weekStart, weekEnd } = weekBounds(week);
  return {
    weekStart,
    weekEnd,
    weekNumber: isoWeekNumber(weekStart),
    schedule: schedule
      ? {
          id: schedule.id,
          status: schedule.status,
          isPublic: schedule.isPublic,
          draftedByName: schedule.draftedByName,
          approvedByName: schedule.approvedByName,
          approvedAt: schedule.approvedAt?.toISOString() ?? null,
          publishedByName: schedule.publishedByName,
          publishedAt: schedule.publishedAt?.toISOString() ?? null,
          version: schedule.version,
        }
      : null,
    entries: [...entries].sort((a, b) => order(a).localeCompare(order(b))),
    abilities: scheduleAbilities(standing, schedule?.status ?? null),
  };
}
