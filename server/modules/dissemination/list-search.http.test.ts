import { describe } from 'vitest';
import { expect, test, type DisseminationFixture } from '../../test/fixtures/index.js';

let f: DisseminationFixture;
test.beforeEach(({ dissemination }) => {
  f = dissemination;
});

const SHIRKING = 'Chấn chỉnh tình trạng đùn đẩy, né tránh trách nhiệm';
const OTHER = 'Quán triệt Nghị quyết 57 về khoa học, công nghệ';
const titlesOf = (body: { items: { title: string }[] }) => body.items.map((item) => item.title);

describe('searching the campaign and conference lists without diacritics', () => {
  test('q on the campaign list finds "đùn đẩy" from "dun day" and leaves the others out', async () => {
    await f.launch({ title: SHIRKING });
    await f.launch({ title: OTHER });
    expect(titlesOf((await f.clients.head.get('/api/v1/campaigns')).json()).sort()).toEqual([OTHER, SHIRKING].sort());
    expect(titlesOf((await f.clients.head.get('/api/v1/campaigns?q=dun%20day')).json())).toEqual([SHIRKING]);
    expect(titlesOf((await f.clients.head.get('/api/v1/campaigns?q=%C4%90%C3%99N%20%C4%91%E1%BA%A9y')).json())).toEqual([SHIRKING]);
    expect((await f.clients.head.get('/api/v1/campaigns?q=khong%20co%20dot%20nay')).json().items).toEqual([]);
  });

  test('q on the conference list finds a meeting by its unaccented name, for the organiser and for an invitee', async () => {
    const meetingBody = (title: string) => ({
      title,
      unitId: f.units.propaganda.id,
      startsAt: '2026-03-03T01:00:00Z',
      endsAt: '2026-03-03T04:00:00Z',
      place: 'Hội trường tầng 3',
      chairId: f.people.head.id,
      documents: [{ documentId: f.directive.id }],
      inviteeUnitIds: [f.units.propaganda.id],
    });
    for (const title of [`Hội nghị ${SHIRKING.toLowerCase()}`, `Hội nghị ${OTHER.toLowerCase()}`]) {
      const created = await f.clients.head.post('/api/v1/meetings', meetingBody(title));
      expect(created.statusCode).toBe(200);
    }
    const organised = (await f.clients.head.get('/api/v1/meetings?view=organised&q=dun%20day')).json();
    expect(titlesOf(organised)).toEqual([`Hội nghị ${SHIRKING.toLowerCase()}`]);
    const invited = (await f.clients.lan.get('/api/v1/meetings?q=ne%20tranh')).json();
    expect(titlesOf(invited)).toEqual([`Hội nghị ${SHIRKING.toLowerCase()}`]);
    expect(titlesOf((await f.clients.lan.get('/api/v1/meetings')).json())).toHaveLength(2);
    expect((await f.clients.lan.get('/api/v1/meetings?q=khoa%20hoc%20xa%20hoi')).json().items).toEqual([]);
  });
});
