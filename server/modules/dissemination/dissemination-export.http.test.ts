import { describe } from 'vitest';
import { readExport } from '../../test/xlsx.js';
import { expect, test, type DisseminationFixture } from '../../test/fixtures/index.js';

let f: DisseminationFixture;
test.beforeEach(({ dissemination }) => {
  f = dissemination;
});

type Client = DisseminationFixture['clients']['head'];
/** The list's first column as the list shows it and as the export holds it. */
async function listedAndExported(client: Client, path: string, key: (item: never) => string) {
  const list = await client.get(`/api/v1${path}?limit=100`);
  const file = await client.get(`/api/v1${path}/export.xlsx`);
  if (list.statusCode !== 200) return { listed: list.statusCode, exported: file.statusCode };
  return { listed: list.json().items.map(key), exported: (await readExport(file)).rows.map((row) => row[0]) };
}

describe('campaign and meeting exports', () => {
  test('hold what each viewer’s lists hold: campaigns, meetings and a meeting’s attendance', async () => {
    await f.launch({ audience: { personIds: [f.people.head.id] } });
    const meeting = (
      await f.clients.head.post('/api/v1/meetings', {
        title: 'Hội nghị quán triệt Chỉ thị 24-CT/TU',
        unitId: f.units.propaganda.id,
        startsAt: '2026-03-03T01:00:00Z',
        endsAt: '2026-03-03T04:00:00Z',
        place: 'Hội trường tầng 3',
        chairId: f.people.head.id,
        documents: [{ documentId: f.directive.id }],
        inviteeUnitIds: [f.units.propaganda.id],
      })
    ).json();
    const title = (item: { title: string }) => item.title;
    for (const client of [f.clients.head, f.clients.lan, f.clients.outsider]) {
      const campaigns = await listedAndExported(client, '/campaigns', title as never);
      expect(campaigns.exported).toEqual(campaigns.listed);
      const meetings = await listedAndExported(client, '/meetings', title as never);
      expect(meetings.exported).toEqual(meetings.listed);
      const attendance = await listedAndExported(
        client,
        `/meetings/${meeting.id}/invitations`,
        ((i: { person: { fullName: string } }) => i.person.fullName) as never,
      );
      expect(attendance.exported).toEqual(attendance.listed);
    }
    const organiser = await readExport(await f.clients.head.get(`/api/v1/meetings/${meeting.id}/invitations/export.xlsx`));
    expect(organiser.headers.slice(0, 3)).toEqual(['Họ và tên', 'Đơn vị', 'Điểm danh']);
    expect(organiser.rows).toHaveLength(4);
    expect(organiser.rows[0]![2]).toBe('Chưa điểm danh');
    const outsider = await f.clients.outsider.get(`/api/v1/meetings/${meeting.id}/invitations/export.xlsx`);
    expect([403, 404]).toContain(outsider.statusCode);
    const meetings = await readExport(await f.clients.lan.get('/api/v1/meetings/export.xlsx'));
    expect(meetings.rows[0]![1]).toBeInstanceOf(Date);
  });
});
