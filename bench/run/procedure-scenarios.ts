import { getJson, type Session } from './child.js';
import type { Scenario } from './measure.js';

const auth = (session: Session, json = false): Record<string, string> => ({
  cookie: session.cookie,
  'x-csrf-token': session.csrfToken,
  ...(json ? { 'content-type': 'application/json' } : {}),
});

async function postJson<T>(base: string, path: string, session: Session, body: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: auth(session, true), body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Issue #24's scenarios: start a run of a published procedure (its first step's task opens in
 * the same request), the dwell-time radar of that version, and "my responsibility". The procedure
 * is written by the bench head and approved and published by the leader when the first of them
 * prepares; the radar then reads the runs the start scenario left waiting.
 */
export function procedureScenarios(context: { base: string; connections: number; staff: Session; head: Session; leader: Session }): Scenario[] {
  const { base, connections, staff, head, leader } = context;
  let versionId: Promise<string> | null = null;
  let publishedId = '00000000-0000-4000-8000-000000000000';
  const ensureProcedure = async () => {
    versionId ??= (async () => {
      const step = (name: string, personId: string, limitValue: number) => ({
        name,
        unitId: head.user.unitId,
        defaultPersonId: personId,
        limitValue,
        limitUnit: 'working_days',
      });
      const created = await postJson<{ versions: { id: string }[] }>(base, '/api/v1/procedures', head, {
        unitId: head.user.unitId,
        code: `QT-B${Date.now().toString(36).toUpperCase()}`,
        title: 'Tiếp nhận và xử lý đơn thư của công dân',
        purpose: 'Đo tải: bắt đầu quy trình, thời gian lưu, trách nhiệm cá nhân.',
        steps: [
          step('Tiếp nhận, vào sổ', staff.user.personId, 1),
          step('Thẩm định, đề xuất', staff.user.personId, 3),
          step('Phê duyệt', head.user.personId, 1),
        ],
      });
      const id = created.versions[0].id;
      await postJson(base, `/api/v1/procedure-versions/${id}/submit`, head, {});
      for (const decision of ['approve', 'publish']) await postJson(base, `/api/v1/procedure-versions/${id}/${decision}`, leader, {});
      return id;
    })();
    publishedId = await versionId;
  };
  /** The start scenario leaves requests queued in the server; one read waits for them, so each scenario is measured alone. */
  const settle = (path: () => string, session: Session) => async () => {
    await ensureProcedure();
    await getJson(base, path(), session);
  };
  return [
    {
      key: 'procedure_start_run',
      label: 'start a procedure run (run + first step task)',
      connections,
      headers: auth(staff, true),
      prepare: ensureProcedure,
      requests: () => [
        {
          method: 'POST',
          setupRequest: (request) => ({
            ...request,
            path: `/api/v1/procedure-versions/${publishedId}/runs`,
            body: JSON.stringify({ subjectTitle: 'Đơn kiến nghị của công dân về thủ tục đất đai', reference: 'ĐT-BENCH' }),
          }),
        },
      ],
    },
    {
      key: 'procedure_radar',
      label: 'procedure radar: dwell time per step (head)',
      connections,
      headers: auth(head),
      prepare: settle(() => `/api/v1/procedure-versions/${publishedId}/radar`, head),
      requests: () => [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/v1/procedure-versions/${publishedId}/radar` }) }],
    },
    {
      key: 'my_responsibility',
      label: '"my responsibility" page (staff)',
      connections,
      headers: auth(staff),
      prepare: settle(() => '/api/v1/responsibility/me', staff),
      requests: () => [{ method: 'GET', path: '/api/v1/responsibility/me' }],
    },
  ];
}
