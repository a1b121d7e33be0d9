import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { queryRows } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import type { LocalizedText } from '../../platform/errors.js';
import { notFound, validationError } from '../../platform/errors.js';
import { likePattern } from '../../platform/search-text.js';
import { notifyPeople } from '../notifications/index.js';
import type { WorkDeps } from './work.deps.js';
import { isCollaboratorIn } from './work.presenter.js';
import { canSeeTask } from './work.policy.js';
import * as repository from './work.repository.js';

/** Mentions and following (issue 28): who may be mentioned is who may see the task, as canSeeTask decides for a session. */

const taskNotFound = () => notFound({ vi: 'Không tìm thấy nhiệm vụ', en: 'Task not found' });

/** The task, or 404 when the actor may not see it. */
export async function visibleTask(deps: WorkDeps, actor: Actor, taskId: string) {
  const found = await repository.findTaskForCommand(deps.db, actor.agencyId, taskId);
  if (!found || !canSeeTask(actor, found.task, isCollaboratorIn(found.collaborators, actor))) throw taskNotFound();
  return found.task;
}

type TaskFacts = { id: string; unitPath: string; ownerId: string; assignerId: string; deciderIds: string[] };

/** canSeeTask said in SQL of a person `p`: on the task, collaborating, whole-agency role, or managing the task's unit. */
const seesTask = (task: TaskFacts) => sql`(
  p.id = ${task.ownerId} or p.id = ${task.assignerId} or p.id = any(${sql.param(task.deciderIds)}::uuid[])
  or exists (select 1 from task_collaborators c where c.task_id = ${task.id} and (c.person_id = p.id or c.unit_id = p.unit_id))
  or exists (select 1 from users u where u.person_id = p.id and u.is_active
             and u.roles && array['system_admin', 'agency_admin', 'leader', 'inspector']::text[])
  or exists (select 1 from unit_managers m join units mu on mu.id = m.unit_id
             where m.person_id = p.id and mu.is_active and ${task.unitPath} like mu.path || '%'))`;

/** Active people of the agency who may see the task, among `ids` or matching a name. */
export async function peopleWhoSee(db: Db | Tx, agencyId: string, task: TaskFacts, filter: { ids?: string[]; search?: string; limit: number }) {
  const ids = filter.ids ? sql`and p.id = any(${sql.param(filter.ids)}::uuid[])` : sql``;
  const search = filter.search ? sql`and p.search_text like ${likePattern(filter.search)}` : sql``;
  return queryRows<{ id: string; full_name: string; unit_name: string | null }>(
    db,
    sql`select p.id, p.full_name, un.name as unit_name from people p left join units un on un.id = p.unit_id
        where p.agency_id = ${agencyId} and p.status = 'active' ${ids} ${search} and ${seesTask(task)}
        order by p.full_name, p.id limit ${filter.limit}`,
  );
}

/** Everyone mentioned must be able to see the task; otherwise the comment is refused, naming the field. */
export async function checkMentions(deps: WorkDeps, actor: Actor, taskId: string, mentionIds: string[]) {
  if (mentionIds.length === 0) return;
  const task = await visibleTask(deps, actor, taskId);
  const unique = [...new Set(mentionIds)];
  const found = await peopleWhoSee(deps.db, actor.agencyId, task, { ids: unique, limit: unique.length });
  if (found.length !== unique.length)
    throw validationError([
      {
        field: 'body.mentionIds',
        message: { vi: 'Chỉ nhắc đến người xem được nhiệm vụ này', en: 'Only people who may see this task can be mentioned' },
      },
    ]);
}

export async function mentionable(deps: WorkDeps, actor: Actor, taskId: string, q: string | undefined) {
  const task = await visibleTask(deps, actor, taskId);
  const rows = await peopleWhoSee(deps.db, actor.agencyId, task, { search: q || undefined, limit: 20 });
  return { items: rows.map((row) => ({ id: row.id, fullName: row.full_name, unitName: row.unit_name })) };
}

async function followState(db: Db | Tx, taskId: string, personId: string | null) {
  const [row] = await queryRows<{ followers: number; following: boolean }>(
    db,
    sql`select count(*)::int as followers, coalesce(bool_or(person_id = ${personId}::uuid), false) as following
        from task_followers where task_id = ${taskId}`,
  );
  return { following: row?.following ?? false, followers: row?.followers ?? 0 };
}

export async function getFollowState(deps: WorkDeps, actor: Actor, taskId: string) {
  await visibleTask(deps, actor, taskId);
  return followState(deps.db, taskId, actor.personId);
}

/** Follow or stop following a task; the change is audited like any other write. */
export async function setFollowing(deps: WorkDeps, actor: Actor, taskId: string, follow: boolean) {
  await visibleTask(deps, actor, taskId);
  const personId = actor.personId;
  if (!personId)
    throw validationError([{ field: 'params.id', message: { vi: 'Tài khoản chưa gắn với cán bộ nào', en: 'This account is not linked to a person' } }]);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const changed = follow
      ? await queryRows(
          tx,
          sql`insert into task_followers (agency_id, task_id, person_id, created_at) values (${actor.agencyId}, ${taskId}, ${personId}, ${now})
              on conflict do nothing returning task_id`,
        )
      : await queryRows(tx, sql`delete from task_followers where task_id = ${taskId} and person_id = ${personId} returning task_id`);
    if (changed.length > 0)
      await recordAction(
        tx,
        { agencyId: actor.agencyId, actor: auditActorOf(actor), now },
        follow ? 'task.followed' : 'task.unfollowed',
        {
          type: 'task',
          id: taskId,
        },
        {},
      );
    return followState(tx, taskId, personId);
  });
}

/**
 * In a command's transaction: the people mentioned hear of the comment, and followers of the
 * task hear of its event, each once, never the actor nor those the command already told.
 */
export async function notifyWatchers(
  tx: Tx,
  input: {
    agencyId: string;
    task: TaskFacts;
    hasFollowers: boolean;
    actorPersonId: string | null;
    alreadyTold: string[];
    mentionIds: string[];
    title: LocalizedText;
    now: Date;
  },
) {
  const skip = new Set([...input.alreadyTold, ...(input.actorPersonId ? [input.actorPersonId] : [])]);
  const mentioned = [...new Set(input.mentionIds)].filter((id) => !skip.has(id));
  const subject = { type: 'task' as const, id: input.task.id };
  if (mentioned.length > 0) {
    const title = { vi: `Bạn được nhắc đến — ${input.title.vi}`, en: `You were mentioned — ${input.title.en}` };
    await notifyPeople(tx, { agencyId: input.agencyId, personIds: mentioned, kind: 'task_mentioned', title, subject, now: input.now });
  }
  for (const id of mentioned) skip.add(id);
  if (!input.hasFollowers) return;
  // Followers who may no longer see the task (moved to another unit) hear nothing of it.
  const followers = await queryRows<{ id: string }>(
    tx,
    sql`select p.id from task_followers f join people p on p.id = f.person_id
        where f.task_id = ${input.task.id} and p.status = 'active' and ${seesTask(input.task)}`,
  );
  const rest = followers.map((row) => row.id).filter((id) => !skip.has(id));
  if (rest.length > 0)
    await notifyPeople(tx, { agencyId: input.agencyId, personIds: rest, kind: 'task_followed_event', title: input.title, subject, now: input.now });
}
