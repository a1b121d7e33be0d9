import type { WeeklySchedule } from '../../../contracts/schedule.js';
import type { Actor } from '../../platform/actor.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { meetingsInWindow } from '../dissemination/index.js';
import { findPeople } from '../org/index.js';
import type { ScheduleDeps } from './schedule.deps.js';
import { seesUnpublished } from './schedule.policy.js';
import { meetingEntry, toEntry, toWeeklySchedule } from './schedule.presenter.js';
import * as repository from './schedule.repository.js';
import { weekBounds } from './schedule.rules.js';
import { scheduleNotFound, standingOfActor } from './schedule.service.js';

/** A week as this actor sees it: the schedule (readers: only once published) and the meetings they may open. */
export async function getWeek(deps: ScheduleDeps, actor: Actor, week: string | undefined): Promise<WeeklySchedule> {
  const bounds = weekBounds(week ?? localDateOf(deps.clock.now()));
  const standing = await standingOfActor(deps.db, actor);
  const found = await repository.findScheduleOfWeek(deps.db, actor.agencyId, bounds.weekStart);
  const schedule = found && (found.status === 'published' || seesUnpublished(standing)) ? found : null;
  const [rows, meetings] = await Promise.all([
    schedule ? repository.entriesOf(deps.db, schedule.id) : Promise.resolve([]),
    meetingsInWindow(deps.db, actor, bounds.from, bounds.until),
  ]);
  const people = await findPeople(deps.db, actor.agencyId, [...new Set(rows.flatMap((row) => row.participantIds))]);
  const names = new Map(people.map((person) => [person.id, person.fullName]));
  return toWeeklySchedule(bounds.weekStart, schedule, [...rows.map((row) => toEntry(row, names)), ...meetings.map(meetingEntry)], standing);
}

/** The week of a schedule by its id, refused (404) when the actor may not see it. */
export async function getScheduleWeek(deps: ScheduleDeps, actor: Actor, id: string): Promise<WeeklySchedule> {
  const row = await repository.findSchedule(deps.db, actor.agencyId, id);
  if (!row || (row.status !== 'published' && !seesUnpublished(await standingOfActor(deps.db, actor)))) throw scheduleNotFound();
  return getWeek(deps, actor, row.weekStart);
}
