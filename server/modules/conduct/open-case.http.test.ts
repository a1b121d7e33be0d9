import { describe } from 'vitest';
import { openCase } from './index.js';
import { expect, test, type TestApp, type ConductFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: ConductFixture;
test.beforeEach(({ app, conduct }) => {
  t = app;
  f = conduct;
});

describe('opening a case', () => {
  test('records a case with the catalog version, the 90-day handling limit and the handler', async () => {
    const opened = await f.openCase({
      items: [
        { catalog: 'directive', code: 'N1.03' },
        { catalog: 'related', code: 'R.TRE_HAN' },
      ],
    });
    expect(opened.status).toBe('recorded');
    expect(opened.items).toEqual([
      { catalogKind: 'directive', catalogVersion: 'draft-1', code: 'N1.03', text: expect.stringContaining('Không tự giác khắc phục') },
      { catalogKind: 'related', catalogVersion: 'draft-1', code: 'R.TRE_HAN', text: expect.stringContaining('chậm trễ') },
    ]);
    // 27/02/2026 + 90 days = 28/05/2026, a Thursday and a working day.
    expect(opened.handlingDueOn).toBe('2026-05-28');
    expect(opened.handlingInspector).toEqual({ id: f.people.inspector.id, fullName: 'Phạm Minh Tuấn' });
    expect(opened.subject).toMatchObject({ kind: 'person', id: f.people.subject.id, category: 'civil_servant' });
    expect(opened.abilities).toEqual(expect.arrayContaining(['verify', 'dismiss', 'defer', 'extendHandling', 'addEvidence']));
    expect(opened.abilities).not.toContain('submitExplanation');
    const events = await f.clients.inspector.get(`/api/v1/conduct/cases/${opened.id}/events`);
    expect(events.json().items.map((event: { kind: string }) => event.kind)).toEqual(['case.recorded']);
  });

  test('opens from a public report once per report, through the exported service function', async () => {
    const reportId = crypto.randomUUID();
    const actor = {
      userId: f.people.inspector.userId,
      agencyId: f.agencyId,
      personId: f.people.inspector.id,
      displayName: 'Phạm Minh Tuấn',
      roles: ['inspector' as const],
      unitId: f.inspection.id,
      unitPath: f.inspection.path,
      managedUnitPaths: [],
    };
    const deps = { db: t.database.db, clock: t.clock };
    const input = {
      subject: { kind: 'person' as const, personId: f.people.subject.id },
      title: 'Phản ánh: thái độ hách dịch khi tiếp công dân',
      description: 'Công dân phản ánh qua cổng phản ánh.',
      items: [{ catalog: 'related' as const, code: 'R.NHUNG_NHIEU' }],
      source: 'public_report' as const,
      sourceId: reportId,
      sourceReference: 'PA-2026-000123',
      reporter: { name: 'Người phản ánh', contact: '0900000000', isAnonymous: false },
      detectedOn: '2026-03-02',
    };
    const first = await openCase(deps, actor, input);
    const second = await openCase(deps, actor, input);
    expect(first.isNew).toBe(true);
    expect(second).toMatchObject({ id: first.id, isNew: false });
    const seen = await f.clients.inspector.get(`/api/v1/conduct/cases/${first.id}`);
    expect(seen.json()).toMatchObject({ source: 'public_report', sourceReference: 'PA-2026-000123', reporter: { name: 'Người phản ánh' } });
    // Another inspector sees the case but never the reporter.
    const other = await f.clients.otherInspector.get(`/api/v1/conduct/cases/${first.id}`);
    expect(other.json()).toMatchObject({ source: 'public_report', reporter: null });
  });

  test('names the failing fields of bad input', async () => {
    const response = await f.clients.inspector.post('/api/v1/conduct/cases', {
      subject: { kind: 'person', personId: f.people.subject.id },
      title: '',
      description: 'x',
      items: [],
      source: 'rumour',
      detectedOn: '2026-13-01',
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['body.title', 'body.items', 'body.source', 'body.detectedOn']));
  });

  test('refuses unknown catalog codes, a future detection date and a subject handling their own case', async () => {
    const response = await f.clients.inspector.post('/api/v1/conduct/cases', {
      subject: { kind: 'person', personId: f.people.inspector.id },
      title: 'Thử',
      description: 'Thử',
      items: [{ catalog: 'directive', code: 'N9.99' }],
      source: 'inspection',
      detectedOn: '2026-03-10',
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['body.detectedOn', 'body.handlingInspectorId', 'body.items.0.code']);
  });

  test('lets only inspectors and leaders open cases', async () => {
    for (const client of [f.clients.subject, f.clients.head, f.clients.admin]) {
      const response = await client.post('/api/v1/conduct/cases', {
        subject: { kind: 'person', personId: f.people.colleague.id },
        title: 'Thử',
        description: 'Thử',
        items: [{ catalog: 'related', code: 'R.TRE_HAN' }],
        source: 'supervisor',
        detectedOn: '2026-03-02',
      });
      expect(response.statusCode).toBe(403);
    }
  });

  test('warns at recording when the statute of limitations has run for reprimand-level acts', async () => {
    const opened = await f.openCase({ violationOn: '2020-01-15' });
    expect(opened.statute).toEqual({ reprimandLevelUntil: '2025-01-15', heavierUntil: '2030-01-15', status: 'reprimand_level_expired' });
    expect(opened.signals).toEqual([{ kind: 'statute_warning', since: null, detail: 'reprimand_level_expired' }]);
  });
});
