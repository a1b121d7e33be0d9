import type { AutocannonRequest } from 'autocannon';
import { localDateOf } from '../../server/platform/calendar/dates.js';
import { SEARCH_TERMS } from '../generate.js';
import { getJson, loginAs, type Session } from './child.js';
import type { Scenario } from './measure.js';
import { procedureScenarios } from './procedure-scenarios.js';

export interface ScenarioContext {
  base: string;
  connections: number;
  staff: Session;
  head: Session;
  leader: Session;
  inspector: Session;
  password: string;
}

const OPEN = 'status=assigned&status=in_progress&status=submitted';
const MY_OPEN = `/api/v1/tasks?view=mine&${OPEN}&limit=20`;
const DEEP_PAGES = 10;
const MY_PENDING_CAMPAIGNS = '/api/v1/dissemination/mine?state=pending&limit=20';
/** The filters an inspector works with: one step of due process, or the cases past their handling limit. */
const CASE_FILTERS = ['status=verifying', 'status=awaiting_explanation', 'status=concluded', 'signal=handling_overdue'];
/** How the triage team reads citizens' reports: those not closed (the first view), the whole queue, the waiting ones, one kind, those past the acceptance limit. */
const REPORT_FILTERS = ['open=true&', '', 'status=received&', 'status=accepted&', 'category=delay&', 'acceptOverdue=true&'];

const auth = (session: Session, json = false): Record<string, string> => ({
  cookie: session.cookie,
  'x-csrf-token': session.csrfToken,
  ...(json ? { 'content-type': 'application/json' } : {}),
});

function rotate<T>(list: T[]) {
  let next = 0;
  return () => list[next++ % list.length];
}

/** Each id is used once; when the pool runs dry the last one repeats (and its 409s show in non-2xx). */
function pool(list: string[]) {
  let next = 0;
  return { take: () => list[Math.min(next++, list.length - 1)] };
}

/** The scenarios of issue #4, in the order they run: reads first, then writes, which change the data. */
export async function buildScenarios(context: ScenarioContext): Promise<Scenario[]> {
  const { base, connections, staff, head, leader, inspector } = context;
  const get = (path: string, session: Session) => getJson<Record<string, unknown>>(base, path, session);
  const usernames = rotate((await getJson<{ usernames: string[] }>(base, '/bench/usernames?limit=200')).usernames);
  const taskIds = rotate((await getJson<{ ids: string[] }>(base, '/bench/tasks?limit=2000')).ids);
  let deepPath = MY_OPEN;
  for (let page = 0; page < DEEP_PAGES; page++) {
    const { nextCursor } = (await get(deepPath, staff)) as { nextCursor: string | null };
    if (!nextCursor) break;
    deepPath = `${MY_OPEN}&cursor=${nextCursor}`;
  }
  const searchTerms = rotate(SEARCH_TERMS);
  const dueFrom = localDateOf(new Date(Date.now() - 365 * 86_400_000));
  const unitBoard = () => `/api/v1/tasks?view=unit&unitId=${head.user.unitId}&dueFrom=${dueFrom}&q=${encodeURIComponent(searchTerms())}&limit=20`;
  // The newest launched campaign (its laggards make the coverage interesting), found through the leader's own list.
  const campaigns = (await get('/api/v1/campaigns?status=launched&limit=1', leader)) as { items: { id: string }[] };
  const coveragePath = campaigns.items[0]
    ? `/api/v1/campaigns/${campaigns.items[0].id}/coverage`
    : '/api/v1/campaigns/00000000-0000-4000-8000-000000000000/coverage';
  const caseFilters = rotate(CASE_FILTERS);
  const reportFilters = rotate(REPORT_FILTERS);
  let assigned = pool([]);
  let inProgress = rotate(['00000000-0000-4000-8000-000000000000']);
  let listers = rotate([staff]);
  const today = localDateOf(new Date());
  // Six months around today, one calendar month each, so the windows are not all one cached page.
  const months = rotate(
    [-3, -2, -1, 0, 1, 2].map((shift) => {
      const first = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + shift, 1));
      const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
      return `from=${first.toISOString().slice(0, 10)}&to=${last.toISOString().slice(0, 10)}`;
    }),
  );

  const unitBoardSearch = {
    connections,
    headers: auth(head),
    requests: () => [{ method: 'GET' as const, setupRequest: (request: AutocannonRequest) => ({ ...request, path: unitBoard() }) }],
  };

  return [
    { key: 'baseline', label: 'baseline: one primary-key read', connections, requests: () => [{ method: 'GET', path: '/bench/baseline' }] },
    {
      key: 'login',
      label: 'login (argon2id, 4 connections)',
      connections: Math.min(4, connections),
      requests: () => [
        {
          method: 'POST',
          path: '/api/v1/auth/login',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => ({ ...request, body: JSON.stringify({ username: usernames(), password: context.password }) }),
        },
      ],
    },
    { key: 'my_open_first', label: 'my open tasks, first page', connections, headers: auth(staff), requests: () => [{ method: 'GET', path: MY_OPEN }] },
    {
      key: 'my_open_deep',
      label: `my open tasks, page ${DEEP_PAGES + 1} (cursor)`,
      connections,
      headers: auth(staff),
      requests: () => [{ method: 'GET', path: deepPath }],
    },
    {
      key: 'task_with_timeline',
      label: 'one task + its timeline (2 requests)',
      connections,
      headers: auth(staff),
      requests: () => [
        { method: 'GET', setupRequest: (request, ctx) => ((ctx.id = taskIds()), { ...request, path: `/api/v1/tasks/${ctx.id}` }) },
        { method: 'GET', setupRequest: (request, ctx) => ({ ...request, path: `/api/v1/tasks/${ctx.id}/events` }) },
      ],
    },
    { key: 'unit_board_search', label: 'unit board: unit + due filter + text search', ...unitBoardSearch },
    // Issue 28: the calendar and timeline read one bounded window (a month) of due dates in the viewer's scope.
    {
      key: 'task_window_unit',
      label: 'timeline: a month of the head’s units (window ≤ 100 days)',
      connections,
      headers: auth(head),
      requests: () => [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/v1/tasks/window?view=unit&${months()}` }) }],
    },
    {
      key: 'task_window_mine',
      label: 'calendar: a month of my tasks',
      connections,
      headers: auth(staff),
      requests: () => [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/v1/tasks/window?view=mine&${months()}` }) }],
    },
    {
      key: 'leader_dashboard',
      label: 'leader dashboard (whole agency)',
      connections,
      headers: auth(leader),
      requests: () => [{ method: 'GET', path: '/api/v1/tasks/dashboard' }],
    },
    {
      key: 'campaign_coverage',
      label: 'campaign coverage per unit (leader)',
      connections,
      headers: auth(leader),
      requests: () => [{ method: 'GET', path: coveragePath }],
    },
    {
      key: 'my_pending_campaigns',
      label: 'my pending campaigns (staff)',
      connections,
      headers: auth(staff),
      requests: () => [{ method: 'GET', path: MY_PENDING_CAMPAIGNS }],
    },
    {
      key: 'case_list',
      label: 'case list, first page + filter (inspector)',
      connections,
      headers: auth(inspector),
      requests: () => [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/v1/conduct/cases?${caseFilters()}&limit=20` }) }],
    },
    {
      key: 'feedback_queue',
      label: 'public reports queue, first page + filter (inspector)',
      connections,
      headers: auth(inspector),
      requests: () => [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/v1/feedback/reports?${reportFilters()}limit=20` }) }],
    },
    {
      key: 'create_task',
      label: 'create a task (POST /tasks)',
      connections,
      headers: auth(head, true),
      requests: () => [
        {
          method: 'POST',
          path: '/api/v1/tasks',
          body: JSON.stringify({
            title: 'Tổng hợp kiến nghị của cử tri phục vụ kỳ họp',
            expectedOutput: 'Báo cáo tổng hợp',
            unitId: head.user.unitId,
            ownerId: staff.user.personId,
            startDate: today,
            due: { kind: 'working_days', workingDays: 30 },
          }),
        },
      ],
    },
    {
      key: 'accept_progress',
      label: 'accept + progress (2 commands, distinct tasks)',
      connections,
      headers: auth(staff, true),
      warmupSeconds: 1,
      prepare: async () => {
        // Warms the agency calendar cache: a command that loads it inside its transaction deadlocks on PGlite (see docs/performance.md).
        await get('/api/v1/tasks/summary', staff);
        assigned = pool((await getJson<{ ids: string[] }>(base, '/bench/tasks?status=assigned&limit=50000')).ids);
      },
      requests: (): AutocannonRequest[] => [
        { method: 'POST', body: '{}', setupRequest: (request, ctx) => ((ctx.id = assigned.take()), { ...request, path: `/api/v1/tasks/${ctx.id}/accept` }) },
        {
          method: 'POST',
          body: JSON.stringify({ percent: 30, note: 'Đã triển khai, đang lấy ý kiến các đơn vị' }),
          setupRequest: (request, ctx) => ({ ...request, path: `/api/v1/tasks/${ctx.id}/progress` }),
        },
      ],
    },
    // The four scenarios measured beside Redmine (../shared/peers/redmine/README.md), 25-item pages.
    {
      key: 'peer_list',
      label: 'peer: my open tasks, 25 items, 20 staff in turn',
      connections,
      prepare: async () => {
        const { usernames } = await getJson<{ usernames: string[] }>(base, '/bench/usernames?ownsOpen=true&limit=20');
        listers = rotate(await Promise.all(usernames.map((username) => loginAs(base, username, context.password))));
      },
      requests: () => [
        {
          method: 'GET',
          path: `/api/v1/tasks?view=mine&${OPEN}&limit=25`,
          setupRequest: (request) => ({ ...request, headers: { ...request.headers, ...auth(listers()) } }),
        },
      ],
    },
    {
      key: 'peer_show',
      label: 'peer: one task',
      connections,
      headers: auth(staff),
      requests: () => [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/v1/tasks/${taskIds()}` }) }],
    },
    {
      key: 'peer_create',
      label: 'peer: create a task',
      connections,
      headers: auth(head, true),
      requests: () => [
        {
          method: 'POST',
          path: '/api/v1/tasks',
          body: JSON.stringify({
            title: 'Rà soát hồ sơ một cửa',
            expectedOutput: 'Báo cáo',
            unitId: head.user.unitId,
            ownerId: staff.user.personId,
            startDate: today,
            due: { kind: 'working_days', workingDays: 20 },
          }),
        },
      ],
    },
    {
      key: 'peer_update',
      label: 'peer: progress + note on a task',
      connections,
      headers: auth(staff, true),
      prepare: async () => {
        inProgress = rotate((await getJson<{ ids: string[] }>(base, '/bench/tasks?status=in_progress&limit=2000')).ids);
      },
      requests: () => [
        {
          method: 'POST',
          body: JSON.stringify({ percent: 50, note: 'Đã làm việc với các đơn vị' }),
          setupRequest: (request) => ({ ...request, path: `/api/v1/tasks/${inProgress()}/progress` }),
        },
      ],
    },
    ...procedureScenarios(context),
    // The writes above queued their new index entries in the GIN pending lists, which every search scans.
    { key: 'unit_board_search_after_writes', label: 'unit board search again, after the writes', ...unitBoardSearch },
  ];
}
