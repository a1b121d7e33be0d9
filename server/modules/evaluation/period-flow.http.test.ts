import { describe } from 'vitest';
import { openMarch, recordMarchWork } from '../../test/fixtures/evaluation.js';
import { expect, test, type TestApp, type WorkFixture } from '../../test/fixtures/index.js';

describe('evaluation: opening a period and the computed scorecard', () => {
  let t: TestApp;
  let f: WorkFixture;
  let tasks: Awaited<ReturnType<typeof recordMarchWork>>;
  test.beforeEach(({ app, work, evaluation }) => {
    t = app;
    f = work;
    tasks = evaluation;
  });

  test('gives everyone in the subtree a scorecard under the Hanoi monthly scheme, its task lines computed from the work', async () => {
    const { period, cards } = await openMarch(f);
    expect(period).toMatchObject({ kind: 'month', startsOn: '2026-03-01', endsOn: '2026-03-31', counts: { self_assessment: 3 } });
    const lan = (await f.clients.lan.get(`/api/v1/evaluation/scorecards/${cards.lan}`)).json();
    expect(lan.scheme.code).toBe('hanoi_3814_monthly');
    expect(lan.scheme.source).toContain('3814-QĐ/TU');
    expect(lan.reviewer.id).toBe(f.people.head.id);
    expect(lan.decider.id).toBe(f.people.head.id);
    const late = lan.lines.find((line: { kind: string }) => line.kind === 'task_progress');
    expect(late).toMatchObject({ taskId: tasks.late.id, points: -2.63 });
    expect(late.label.vi).toBe('Nhiệm vụ "Báo cáo sơ kết quý I": hoàn thành trễ 2 ngày làm việc, −25 % điểm tiến độ');
    expect(lan.lines.find((line: { kind: string }) => line.kind === 'task_quality')).toMatchObject({ taskId: tasks.returned.id, points: -2.63 });
    // No self-assessment yet: 0 general + 70 − 2.63 − 2.63 + 0 bonus.
    expect(lan.score).toBe(64.74);
    expect(lan.score).toBeCloseTo(
      lan.lines.reduce((sum: number, line: { points: number }) => sum + line.points, 0),
      2,
    );
    expect(lan.abilities).toEqual(['self_assess']);
    const unit = period.distribution as { unitRating: { level: string; explanation: { vi: string } } }[];
    // Lan's report was late: 2 of 3 tasks on time (67 %) is under the 80 % a good unit needs.
    expect(unit[0]?.unitRating.explanation.vi).toContain('đúng hạn 67 %');
    expect(unit[0]?.unitRating.level).toBe('HTNV');
    const head = (await f.clients.head.get(`/api/v1/evaluation/scorecards/${cards.head}`)).json();
    expect(head).toMatchObject({ isUnitHead: true, decider: null });
  });

  test('refuses a second opening, a start that is not a period start, and staff who are not heads', async () => {
    await openMarch(f);
    const again = await f.clients.head.post('/api/v1/evaluation/periods', { unitId: f.department.id, kind: 'month', startsOn: '2026-03-01' });
    expect(again.statusCode).toBe(409);
    const badStart = await f.clients.head.post('/api/v1/evaluation/periods', { unitId: f.department.id, kind: 'quarter', startsOn: '2026-02-01' });
    expect(badStart.statusCode).toBe(400);
    expect(badStart.json().errors[0].field).toBe('body.startsOn');
    expect((await f.clients.lan.post('/api/v1/evaluation/periods', { unitId: f.department.id, kind: 'month', startsOn: '2026-04-01' })).statusCode).toBe(403);
  });

  test('hides a scorecard from people who do not rate the person (404), and shows the schemes to everyone signed in', async () => {
    const { cards } = await openMarch(f);
    expect((await f.clients.minh.get(`/api/v1/evaluation/scorecards/${cards.lan}`)).statusCode).toBe(404);
    expect((await f.clients.outsider.get(`/api/v1/evaluation/scorecards/${cards.lan}`)).statusCode).toBe(404);
    expect((await f.clients.leader.get(`/api/v1/evaluation/scorecards/${cards.lan}`)).statusCode).toBe(200);
    const schemes = (await f.clients.minh.get('/api/v1/evaluation/schemes')).json();
    expect(schemes.schemes.map((scheme: { code: string }) => scheme.code)).toContain('decree_335_civil_servant');
  });

  test('exports the period table as .xlsx and refuses a result notice before publication', async () => {
    const { period, cards } = await openMarch(f);
    const xlsx = await f.clients.head.get(`/api/v1/evaluation/periods/${period.id}/scorecards.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await f.clients.lan.get(`/api/v1/evaluation/scorecards/${cards.lan}/notice.docx`)).statusCode).toBe(409);
  });

  test('recomputes from the work tables before review', async () => {
    const { period, cards } = await openMarch(f);
    const recomputed = await f.clients.head.post(`/api/v1/evaluation/periods/${period.id}/recompute`);
    expect(recomputed.statusCode).toBe(200);
    expect((await f.clients.lan.get(`/api/v1/evaluation/scorecards/${cards.lan}`)).json().score).toBe(64.74);
    expect((await f.clients.lan.post(`/api/v1/evaluation/periods/${period.id}/recompute`)).statusCode).toBe(404);
    void t;
  });
});
