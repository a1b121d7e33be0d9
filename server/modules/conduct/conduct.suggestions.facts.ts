import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { addCalendarDays, localDateOf } from '../../platform/calendar/dates.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import {
  overdueTaskSuggestion,
  repeatSuggestion,
  SUGGESTION_THRESHOLDS,
  type SuggestionDraft,
  type TransferRingFact,
  transferRingSuggestion,
  undecidedDifficultySuggestion,
} from './conduct.suggestions.rules.js';

const BATCH = 500;
/** Evidence events listed per suggestion: enough to judge, bounded. */
const EVENTS_PER_PERSON = 20;

const iso = (value: string | Date) => new Date(value).toISOString();

/**
 * Reads the work data (tasks, task_events, person_work_counters; see server/db/schema/work.ts) and
 * turns the facts past their thresholds into suggestion drafts. Read-only.
 */
export async function suggestionDraftsFromWork(db: Db, agencyId: string, calendar: WorkingCalendar, now: Date): Promise<SuggestionDraft[]> {
  const today = localDateOf(now);
  return [
    ...(await overdueTasks(db, agencyId, calendar, today)),
    ...(await repeats(db, agencyId)),
    ...(await undecidedDifficulties(db, agencyId, calendar, today)),
    ...(await transferRings(db, agencyId)),
  ];
}

/** Tasks handed on as often as the threshold, with their hand-overs in order (tasks.transfer_count narrows the scan). */
async function transferRings(db: Db, agencyId: string) {
  const rows = await queryRows<{
    task_id: string;
    title: string;
    unit_path: string;
    from_id: string;
    from_name: string;
    to_id: string;
    to_name: string;
    occurred_at: string;
  }>(
    db,
    sql`
    select t.id as task_id, t.title, t.unit_path, e.before ->> 'ownerId' as from_id, pf.full_name as from_name,
      e.after ->> 'ownerId' as to_id, pt.full_name as to_name, e.occurred_at
    from tasks t join task_events e on e.task_id = t.id and e.kind = 'task.transferred'
    join people pf on pf.id = (e.before ->> 'ownerId')::uuid join people pt on pt.id = (e.after ->> 'ownerId')::uuid
    where t.agency_id = ${agencyId} and t.transfer_count >= ${SUGGESTION_THRESHOLDS.transfersAway}
    order by t.id, e.id limit 5000`,
  );
  const byTask = new Map<string, TransferRingFact>();
  for (const row of rows) {
    const fact = byTask.get(row.task_id) ?? { taskId: row.task_id, title: row.title, unitPath: row.unit_path, transfers: [] };
    fact.transfers.push({ fromId: row.from_id, fromName: row.from_name, toId: row.to_id, toName: row.to_name, occurredAt: iso(row.occurred_at) });
    byTask.set(row.task_id, fact);
  }
  return [...byTask.values()].map(transferRingSuggestion).filter((draft): draft is SuggestionDraft => draft !== null);
}

/** Open tasks long past due, walked in (due date, id) order on the sweep's index. */
async function overdueTasks(db: Db, agencyId: string, calendar: WorkingCalendar, today: string) {
  // Calendar days are a superset of working days: filter coarsely in SQL, exactly here.
  const cutoff = addCalendarDays(today, -SUGGESTION_THRESHOLDS.overdueWorkingDays);
  const drafts: SuggestionDraft[] = [];
  let after: [string, string] | null = null;
  for (;;) {
    const rows: { id: string; title: string; owner_id: string; unit_path: string; due_date: string }[] = await queryRows(
      db,
      sql`
      select id, title, owner_id, unit_path, due_date::text as due_date from tasks
      where agency_id = ${agencyId} and status in ('assigned', 'in_progress', 'submitted') and due_date < ${cutoff}
        ${after ? sql`and (due_date, id) > (${after[0]}::date, ${after[1]}::uuid)` : sql``}
      order by due_date, id limit ${BATCH}`,
    );
    for (const row of rows) {
      const draft = overdueTaskSuggestion({
        taskId: row.id,
        title: row.title,
        ownerId: row.owner_id,
        unitPath: row.unit_path,
        dueDate: row.due_date,
        workingDaysOverdue: calendar.workingDaysBetween(row.due_date, today),
      });
      if (draft) drafts.push(draft);
    }
    if (rows.length < BATCH) break;
    after = [rows[rows.length - 1].due_date, rows[rows.length - 1].id];
  }
  return drafts;
}

/** People whose counters passed a threshold, with the transfer or extension events behind them. */
async function repeats(db: Db, agencyId: string) {
  const people = await queryRows<{ person_id: string; unit_path: string; transfers_away: number; extensions: number }>(
    db,
    sql`
    select c.person_id, p.unit_path, c.transfers_away, c.extensions from person_work_counters c join people p on p.id = c.person_id
    where c.agency_id = ${agencyId} and (c.transfers_away >= ${SUGGESTION_THRESHOLDS.transfersAway} or c.extensions >= ${SUGGESTION_THRESHOLDS.extensions})`,
  );
  const drafts: SuggestionDraft[] = [];
  for (const person of people) {
    if (person.transfers_away >= SUGGESTION_THRESHOLDS.transfersAway) {
      // A transfer is counted against the owner who handed the task away: the event's "before" owner.
      const events = await queryRows<{ task_id: string; kind: string; occurred_at: string }>(
        db,
        sql`
        select task_id, kind, occurred_at from task_events
        where agency_id = ${agencyId} and kind = 'task.transferred' and before ->> 'ownerId' = ${person.person_id}
        order by id desc limit ${EVENTS_PER_PERSON}`,
      );
      const draft = repeatSuggestion('repeated_transfers', {
        personId: person.person_id,
        unitPath: person.unit_path,
        count: person.transfers_away,
        events: events.map((event) => ({ taskId: event.task_id, kind: event.kind, occurredAt: iso(event.occurred_at) })),
      });
      if (draft) drafts.push(draft);
    }
    if (person.extensions >= SUGGESTION_THRESHOLDS.extensions) {
      const events = await queryRows<{ task_id: string; kind: string; occurred_at: string }>(
        db,
        sql`
        select e.task_id, e.kind, e.occurred_at from task_events e join tasks t on t.id = e.task_id
        where e.agency_id = ${agencyId} and e.kind = 'task.extension_approved' and t.owner_id = ${person.person_id}
        order by e.id desc limit ${EVENTS_PER_PERSON}`,
      );
      const draft = repeatSuggestion('repeated_extensions', {
        personId: person.person_id,
        unitPath: person.unit_path,
        count: person.extensions,
        events: events.map((event) => ({ taskId: event.task_id, kind: event.kind, occurredAt: iso(event.occurred_at) })),
      });
      if (draft) drafts.push(draft);
    }
  }
  return drafts;
}

/** Difficulties raised with a proposal and left waiting on their deciders. */
async function undecidedDifficulties(db: Db, agencyId: string, calendar: WorkingCalendar, today: string) {
  const rows = await queryRows<{ id: string; title: string; opened_at: string; decider_id: string; decider_unit_path: string }>(
    db,
    sql`
    select t.id, t.title, t.open_request ->> 'openedAt' as opened_at, d.decider_id, p.unit_path as decider_unit_path
    from tasks t cross join lateral unnest(t.decider_ids) as d(decider_id) join people p on p.id = d.decider_id
    where t.agency_id = ${agencyId} and t.status in ('assigned', 'in_progress', 'submitted') and t.open_request ->> 'kind' = 'difficulty'
    limit 5000`,
  );
  const drafts: SuggestionDraft[] = [];
  for (const row of rows) {
    const openedAt = iso(row.opened_at);
    const draft = undecidedDifficultySuggestion({
      taskId: row.id,
      title: row.title,
      deciderId: row.decider_id,
      deciderUnitPath: row.decider_unit_path,
      openedAt,
      workingDaysWaiting: calendar.workingDaysBetween(localDateOf(new Date(openedAt)), today),
    });
    if (draft) drafts.push(draft);
  }
  return drafts;
}
