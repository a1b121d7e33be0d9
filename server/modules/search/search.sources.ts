import { campaignListQuery, meetingListQuery } from '../../../contracts/dissemination.js';
import { caseListQuery } from '../../../contracts/conduct.js';
import { documentListQuery } from '../../../contracts/documents.js';
import { feedbackQueueQuery } from '../../../contracts/feedback.js';
import { articleListQuery } from '../../../contracts/news.js';
import { peopleQuery } from '../../../contracts/org.js';
import { procedureListQuery } from '../../../contracts/procedures.js';
import type { SearchHit, SearchKind } from '../../../contracts/search.js';
import { taskListQuery } from '../../../contracts/work.js';
import type { Actor } from '../../platform/actor.js';
import { formatVietnameseDate, localDateOf } from '../../platform/calendar/dates.js';
import { listCases } from '../conduct/index.js';
import { listCampaigns, listMeetings } from '../dissemination/index.js';
import { listDocuments } from '../documents/index.js';
import { listQueue } from '../feedback/index.js';
import { listArticles } from '../news/index.js';
import { listPeople } from '../org/index.js';
import { listProcedures } from '../procedures/index.js';
import { listTasks } from '../work/index.js';
import type { SearchDeps } from './search.deps.js';

export interface SourceAnswer {
  items: SearchHit[];
  hasMore: boolean;
}
type Source = (deps: SearchDeps, actor: Actor, q: string, limit: number) => Promise<SourceAnswer>;

const line = (...parts: (string | null | undefined)[]) => parts.filter((part) => !!part).join(' · ');
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const hit = (id: string, title: string, subtitle: string, slug: string | null = null): SearchHit => ({ id, title, subtitle, slug });
const answer = <T>(page: { items: T[]; nextCursor: string | null }, toHit: (item: T) => SearchHit): SourceAnswer => ({
  items: page.items.map(toHit),
  hasMore: page.nextCursor !== null,
});

/**
 * Each kind asks its own module's list, with the list's scope and the list's search text, so a hit
 * is exactly a row the actor would see in that list. The broadest view of each list is used.
 */
export const sources: Record<SearchKind, Source> = {
  tasks: async (deps, actor, q, limit) =>
    answer(await listTasks(deps, actor, taskListQuery.parse({ view: 'unit', q, limit })), (task) =>
      hit(task.id, task.title, line(task.owner.fullName, task.unit.name, formatVietnameseDate(task.dueDate))),
    ),
  people: async (deps, actor, q, limit) =>
    answer(await listPeople(deps, actor, peopleQuery.parse({ q, limit })), (person) =>
      hit(person.id, person.fullName, line(person.position, person.unit.name)),
    ),
  documents: async (deps, actor, q, limit) =>
    answer(await listDocuments(deps, actor, documentListQuery.parse({ q, limit })), (document) =>
      hit(document.id, document.title, line(document.number, formatVietnameseDate(document.issueDate))),
    ),
  campaigns: async (deps, actor, q, limit) =>
    answer(await listCampaigns(deps, actor, campaignListQuery.parse({ q, limit })), (campaign) => hit(campaign.id, campaign.title, campaign.unit.name)),
  meetings: async (deps, actor, q, limit) => {
    // Invited to, or organised by the actor's units: the two tabs of the meetings list, each once.
    const [invited, organised] = await Promise.all(
      (['invited', 'organised'] as const).map((view) => listMeetings(deps, actor, meetingListQuery.parse({ view, q, limit }))),
    );
    const byId = new Map([...invited.items, ...organised.items].map((meeting) => [meeting.id, meeting]));
    const merged = [...byId.values()].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    return {
      items: merged.slice(0, limit).map((m) => hit(m.id, m.title, line(formatVietnameseDate(localDateOf(new Date(m.startsAt))), m.place))),
      hasMore: merged.length > limit || invited.nextCursor !== null || organised.nextCursor !== null,
    };
  },
  cases: async (deps, actor, q, limit) =>
    answer(await listCases(deps, actor, caseListQuery.parse({ q, limit })), (item) => hit(item.id, item.title, item.subject.name)),
  reports: async (deps, actor, q, limit) =>
    answer(await listQueue(deps, actor, feedbackQueueQuery.parse({ q, limit })), (report) =>
      hit(report.id, shorten(report.excerpt, 120), line(report.reference, report.unit.name)),
    ),
  procedures: async (deps, actor, q, limit) =>
    answer(await listProcedures(deps, actor, procedureListQuery.parse({ q, limit })), (procedure) =>
      hit(procedure.id, procedure.title, line(procedure.code, procedure.unit.name)),
    ),
  news: async (deps, actor, q, limit) =>
    answer(await listArticles(deps, actor, articleListQuery.parse({ q, limit })), (article) =>
      hit(article.id, article.title, shorten(article.summary, 100), article.slug),
    ),
};
