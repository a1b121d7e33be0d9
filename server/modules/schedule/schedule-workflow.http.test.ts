import { and, eq } from 'drizzle-orm';
import { describe } from 'vitest';
import { auditEvents } from '../../db/schema/index.js';
import { type ScheduleFixture, WEEK } from '../../test/fixtures/schedule.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let f: ScheduleFixture;
let t: TestApp;
test.beforeAll(({ app, schedule }) => {
  t = app;
  f = schedule;
});

const actionsOf = async (id: string) =>
  (
    await t.database.db
      .select({ action: auditEvents.action, change: auditEvents.change })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'weekly_schedule'), eq(auditEvents.subjectId, id)))
      .orderBy(auditEvents.id)
  ).map((row) => row.action);

describe('the week’s schedule from draft to publication', () => {
  test('the Office drafts, a leader approves, the Office publishes, staff read it', async () => {
    const empty = await f.clients.clerk.get(`/api/v1/weekly-schedules?week=2026-03-05`);
    expect(empty.json()).toMatchObject({ weekStart: WEEK, weekEnd: '2026-03-08', weekNumber: 10, schedule: null, abilities: { create: true } });
    expect((await f.clients.staff.get('/api/v1/weekly-schedules')).json().abilities.create).toBe(false);

    const created = (await f.clients.clerk.post('/api/v1/weekly-schedules', { week: '2026-03-04' })).json();
    expect(created.schedule).toMatchObject({ status: 'draft', draftedByName: 'Vũ Thị Văn' });
    const id = created.schedule.id;
    const added = await f.clients.clerk.post(`/api/v1/weekly-schedules/${id}/entries`, f.entry());
    expect(added.statusCode).toBe(200);
    expect(added.json().entries[0]).toMatchObject({
      kind: 'entry',
      chair: { name: 'Lê Thị Thanh Hà' },
      participantPeople: [{ name: 'Đặng Thu Hương' }],
      preparingUnit: { name: 'Văn phòng' },
      changedAt: null,
    });
    await f.clients.officeHead.post(
      `/api/v1/weekly-schedules/${id}/entries`,
      f.entry({ day: '2026-03-06', session: 'afternoon', startTime: '14:00', content: 'Làm việc với Ban Tuyên giáo', participantIds: [] }),
    );
    // A draft is the Office's and the leaders' business: staff see no schedule yet.
    expect((await f.clients.staff.get(`/api/v1/weekly-schedules?week=${WEEK}`)).json().schedule).toBeNull();
    expect((await f.clients.staff.get(`/api/v1/weekly-schedules/${id}/export.docx`)).statusCode).toBe(404);

    expect((await f.clients.clerk.post(`/api/v1/weekly-schedules/${id}/submit`)).json().schedule.status).toBe('submitted');
    expect((await f.clients.leader.post(`/api/v1/weekly-schedules/${id}/approve`)).json().schedule).toMatchObject({
      status: 'approved',
      approvedByName: 'Lê Thị Thanh Hà',
    });
    const published = (await f.clients.clerk.post(`/api/v1/weekly-schedules/${id}/publish`, { onPublicSite: true })).json();
    expect(published.schedule).toMatchObject({ status: 'published', isPublic: true, publishedByName: 'Vũ Thị Văn' });

    const read = (await f.clients.staff.get(`/api/v1/weekly-schedules?week=${WEEK}`)).json();
    expect(read.entries.map((e: { content: string }) => e.content)).toEqual(['Giao ban lãnh đạo tuần', 'Làm việc với Ban Tuyên giáo']);
    expect(read.abilities).toMatchObject({ editEntries: false, publish: false });
    expect(await actionsOf(id)).toEqual([
      'schedule.created',
      'schedule.entry_added',
      'schedule.entry_added',
      'schedule.submitted',
      'schedule.approved',
      'schedule.published',
    ]);
  });

  test('marks changes after publication with what changed and when, and audits them', async () => {
    const id = await f.publishedSchedule('2026-03-09');
    const week = (await f.clients.clerk.get('/api/v1/weekly-schedules?week=2026-03-09')).json();
    const entryId = week.entries[0].id;
    t.clock.advanceMs(10 * 60_000);
    const changed = await f.clients.clerk.put(`/api/v1/weekly-schedules/${id}/entries/${entryId}`, f.entry({ day: '2026-03-09', place: 'Hội trường tầng 3' }));
    expect(changed.json().entries[0]).toMatchObject({
      place: 'Hội trường tầng 3',
      changedAt: t.clock.now().toISOString(),
      changeNote: 'Địa điểm: Phòng họp số 1 → Hội trường tầng 3',
    });
    const added = (await f.clients.leader.post(`/api/v1/weekly-schedules/${id}/entries`, f.entry({ day: '2026-03-10', content: 'Tiếp công dân' }))).json();
    const late = added.entries.find((e: { content: string }) => e.content === 'Tiếp công dân');
    expect(late.changeNote).toBe('Bổ sung sau khi đăng lịch');
    const cancelled = (await f.clients.clerk.post(`/api/v1/weekly-schedules/${id}/entries/${late.id}/cancel`, { reason: 'Lãnh đạo đi công tác' })).json();
    expect(cancelled.entries.find((e: { id: string }) => e.id === late.id)).toMatchObject({
      isCancelled: true,
      changeNote: 'Bổ sung sau khi đăng lịch | Hủy: Lãnh đạo đi công tác',
    });
    expect(await actionsOf(id)).toEqual(expect.arrayContaining(['schedule.entry_changed', 'schedule.entry_cancelled']));
  });

  test('removes a drafted entry outright, and returns a submitted schedule to the Office with a reason', async () => {
    const id = (await f.clients.clerk.post('/api/v1/weekly-schedules', { week: '2026-03-16' })).json().schedule.id;
    const entryId = (await f.clients.clerk.post(`/api/v1/weekly-schedules/${id}/entries`, f.entry({ day: '2026-03-16' }))).json().entries[0].id;
    await f.clients.clerk.post(`/api/v1/weekly-schedules/${id}/entries`, f.entry({ day: '2026-03-17' }));
    expect((await f.clients.clerk.post(`/api/v1/weekly-schedules/${id}/entries/${entryId}/cancel`, { reason: 'Trùng lịch' })).json().entries).toHaveLength(1);
    await f.clients.clerk.post(`/api/v1/weekly-schedules/${id}/submit`);
    const returned = await f.clients.leader.post(`/api/v1/weekly-schedules/${id}/return`, { reason: 'Bổ sung lịch tiếp dân' });
    expect(returned.json().schedule).toMatchObject({ status: 'draft', approvedByName: null });
  });

  test('shows the meetings of the week as read-only linked lines', async () => {
    const meeting = await f.clients.leader.post('/api/v1/meetings', {
      title: 'Hội nghị quán triệt Chỉ thị 24',
      unitId: f.root.id,
      startsAt: '2026-03-04T07:30:00Z',
      endsAt: '2026-03-04T09:30:00Z',
      place: 'Hội trường',
      chairId: f.people.leader.id,
      inviteePersonIds: [f.people.staff.id],
    });
    expect(meeting.statusCode).toBe(200);
    const line = (await f.clients.staff.get(`/api/v1/weekly-schedules?week=${WEEK}`)).json().entries.find((e: { kind: string }) => e.kind === 'meeting');
    expect(line).toMatchObject({
      meetingId: meeting.json().id,
      day: '2026-03-04',
      session: 'afternoon',
      startTime: '14:30',
      chair: { name: 'Lê Thị Thanh Hà' },
    });
    // A clerk neither invited nor organising does not see it; another agency sees nothing of this one.
    const clerkView = (await f.clients.clerk.get(`/api/v1/weekly-schedules?week=${WEEK}`)).json();
    expect(clerkView.entries.some((e: { kind: string }) => e.kind === 'meeting')).toBe(false);
    const other = (await f.clients.otherClerk.get(`/api/v1/weekly-schedules?week=${WEEK}`)).json();
    expect(other.entries).toEqual([]);
  });

  test('exports the week to Word and Excel, and shows a public week on the portal', async () => {
    const id = await f.publishedSchedule('2026-03-23', true);
    const docx = await f.clients.staff.get(`/api/v1/weekly-schedules/${id}/export.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain('lich-cong-tac-tuan-13-2026-03-23.docx');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    for (const text of [
      'LỊCH CÔNG TÁC TUẦN',
      'Tuần 13 (từ ngày 23/03/2026 đến ngày 29/03/2026)',
      'Đơn vị chuẩn bị',
      'Giao ban lãnh đạo tuần',
      'ỦY BAN THỬ NGHIỆM',
    ])
      expect(xml).toContain(text);
    const xlsx = await f.clients.staff.get(`/api/v1/weekly-schedules/${id}/export.xlsx`);
    const { default: excel } = await import('exceljs');
    const workbook = new excel.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(5).values).toEqual([undefined, 'Thứ/ngày', 'Buổi', 'Thời gian', 'Nội dung', 'Chủ trì', 'Thành phần', 'Địa điểm', 'Đơn vị chuẩn bị']);
    expect(sheet.getRow(6).getCell(4).value).toBe('Giao ban lãnh đạo tuần');

    const page = await t.app.inject({ url: `/lich-cong-tac?co-quan=${encodeURIComponent(f.code)}&tuan=2026-03-25` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Giao ban lãnh đạo tuần');
    expect(page.body).not.toContain('<script');
    expect(String(page.headers['content-security-policy'])).not.toMatch(/script-src[^;]*unsafe-inline/);
    // A week published only inside the agency stays off the portal.
    await f.publishedSchedule('2026-03-30', false);
    const internal = await t.app.inject({ url: `/lich-cong-tac?co-quan=${encodeURIComponent(f.code)}&tuan=2026-03-30` });
    expect(internal.body).toContain('chưa được công bố');
    expect(internal.body).not.toContain('Giao ban lãnh đạo tuần');
  });
});
