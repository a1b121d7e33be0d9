import { join } from 'node:path';
import JSZip from 'jszip';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, localDateOf } from '../../platform/calendar/dates.js';
import { createFileStore } from '../../platform/files.js';
import { api, login } from '../../test/http.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { queryRows } from '../client.js';
import { seedDemoAgency, type SeededAgency } from './demo-agency.js';
import { seedDemoConduct } from './demo-conduct.js';
import { seedDemoDissemination } from './demo-dissemination.js';
import { seedDemoDocuments } from './demo-documents.js';
import { seedDemoHistory } from './demo-history.js';
import { seedDemoStructure } from './demo-structure.js';
import { seedDemoWork } from './demo-work.js';

const OPEN = ['assigned', 'in_progress', 'submitted'];

/** The words naming a conference's subject: "Tổ chức hội nghị quán triệt …" → "quán triệt". */
const conferenceSubject = (title: string) => /hội nghị\s+(\S+\s+\S+)/i.exec(title)?.[1]?.toLowerCase() ?? null;

/** The demo loaded on two different days: whatever the day, it reads as history behind and work around it. */
describe.each(['2026-12-07T02:00:00Z', '2027-06-15T03:00:00Z'])('the demo loaded on %s', (instant) => {
  let t: TestApp;
  let seeded: SeededAgency;
  let today: string;
  beforeAll(async () => {
    t = await createTestApp({ now: new Date(instant) });
    const run = `td${Date.now().toString(36)}`;
    const prefix = `${run}-`;
    const { db } = t.database;
    const now = t.clock.now();
    today = localDateOf(now);
    const files = createFileStore(join(`.tmp/test-data-${process.pid}`, 'files'));
    seeded = await seedDemoAgency(db, t.clock, { agencyCode: `TODAY-${run}`, usernamePrefix: prefix });
    await seedDemoHistory(db, now, seeded, 20);
    await seedDemoWork(db, now, seeded, prefix);
    await seedDemoStructure(db, now, seeded, prefix);
    const { directiveId } = await seedDemoDocuments(db, now, seeded, files, prefix);
    await seedDemoDissemination(db, now, seeded, directiveId, files, prefix);
    await seedDemoConduct(db, now, seeded, prefix);
  }, 300_000);
  afterAll(() => t.close());

  it('leaves no campaign running past its deadline, and exactly one running now with its deadline next week', async () => {
    const campaigns = await queryRows<{ status: string; due_date: string | null; assigned: number; acknowledged: number }>(
      t.database.db,
      sql`select c.status, c.due_date::text as due_date, count(a.id)::int as assigned, count(a.acknowledged_at)::int as acknowledged
          from dissemination_campaigns c left join dissemination_assignments a on a.campaign_id = c.id
          where c.agency_id = ${seeded.agencyId} group by c.id`,
    );
    expect(campaigns.filter((c) => c.status === 'launched' && c.due_date! < today)).toEqual([]);
    const running = campaigns.filter((c) => c.status === 'launched');
    expect(running).toHaveLength(1);
    expect(running[0].due_date! > today).toBe(true);
    expect(running[0].due_date! <= addCalendarDays(today, 10)).toBe(true);
    expect(running[0].acknowledged).toBeGreaterThan(0);
    expect(running[0].acknowledged).toBeLessThan(running[0].assigned);
    expect(campaigns.filter((c) => c.status === 'closed').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the directive of 07/8/2023 and the conference of 02/11/2023 as history', async () => {
    const [meeting] = await queryRows<{ day: string; closed: boolean }>(
      t.database.db,
      sql`select (starts_at at time zone 'Asia/Ho_Chi_Minh')::date::text as day, closed_at is not null as closed
          from meetings where agency_id = ${seeded.agencyId} and title like 'Hội nghị quán triệt Chỉ thị số 24-CT/TU%'`,
    );
    expect(meeting).toEqual({ day: '2023-11-02', closed: true });
    const [directive] = await queryRows<{ issue_date: string }>(
      t.database.db,
      sql`select issue_date::text from documents where agency_id = ${seeded.agencyId} and number = '24-CT/TU'`,
    );
    expect(directive.issue_date).toBe('2023-08-07');
  });

  it('spreads tasks around today: done before, overdue by days, due this week and the weeks after', async () => {
    const tasks = await queryRows<{ title: string; status: string; due_date: string }>(
      t.database.db,
      sql`select title, status, due_date::text from tasks where agency_id = ${seeded.agencyId} and due_date is not null`,
    );
    const open = tasks.filter((task) => OPEN.includes(task.status));
    expect(tasks.some((task) => task.status === 'completed' && task.due_date < addCalendarDays(today, -30))).toBe(true);
    expect(open.some((task) => task.due_date < today && task.due_date >= addCalendarDays(today, -7))).toBe(true);
    expect(open.some((task) => task.due_date >= today && task.due_date <= addCalendarDays(today, 7))).toBe(true);
    expect(open.some((task) => task.due_date > addCalendarDays(today, 7))).toBe(true);
  });

  it('leaves no open task about a conference that has already been held', async () => {
    const held = await queryRows<{ title: string; day: string }>(
      t.database.db,
      sql`select title, (starts_at at time zone 'Asia/Ho_Chi_Minh')::date::text as day from meetings
          where agency_id = ${seeded.agencyId} and closed_at is not null`,
    );
    const open = await queryRows<{ title: string; due_date: string }>(
      t.database.db,
      sql`select title, due_date::text from tasks where agency_id = ${seeded.agencyId} and status in ('assigned', 'in_progress', 'submitted')`,
    );
    expect(held.length).toBeGreaterThan(0);
    const clashes = open.filter((task) => {
      const subject = conferenceSubject(task.title);
      return subject !== null && held.some((meeting) => conferenceSubject(meeting.title) === subject && task.due_date > meeting.day);
    });
    expect(clashes).toEqual([]);
  });

  it('gives every demo document a DOCX or PDF file that opens and carries the document title', async () => {
    const leader = api(t.app, await login(t.app, seeded.logins.find((l) => l.username.endsWith('-lanhdao'))!.username, 'Congvu@2026'));
    const documents = await queryRows<{ id: string; title: string }>(t.database.db, sql`select id, title from documents where agency_id = ${seeded.agencyId}`);
    expect(documents.length).toBeGreaterThanOrEqual(4);
    for (const document of documents) {
      const detail = (await leader.get(`/api/v1/documents/${document.id}`)).json();
      const files = detail.versions.flatMap((version: { files: { id: string }[] }) => version.files);
      expect(files.length, document.title).toBeGreaterThanOrEqual(1);
      const response = await leader.get(`/api/v1/documents/${document.id}/files/${files[0].id}`);
      expect(response.statusCode).toBe(200);
      const bytes = response.rawPayload;
      const head = bytes.subarray(0, 5).toString('latin1');
      const text =
        head === '%PDF-'
          ? bytes.toString('latin1')
          : head.startsWith('PK\u0003\u0004')
            ? await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
            : '';
      expect(text, document.title).toContain(document.title);
    }
  });
});
