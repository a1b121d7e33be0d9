import { expect, test, type DisseminationFixture } from '../../test/fixtures/index.js';

let f: DisseminationFixture;
test.beforeEach(({ dissemination }) => {
  f = dissemination;
});

const meetingBody = (onlineLink: string) => ({
  title: 'Hội nghị trực tuyến',
  unitId: f.units.propaganda.id,
  startsAt: '2026-03-03T01:00:00Z',
  endsAt: '2026-03-03T04:00:00Z',
  onlineLink,
  chairId: f.people.head.id,
  inviteeUnitIds: [f.units.propaganda.id],
});

test('takes an online link over http(s) only: javascript: and data: links are refused with the field named', async () => {
  for (const link of ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.vn/hop', 'vbscript:msgbox(1)']) {
    const response = await f.clients.head.post('/api/v1/meetings', meetingBody(link));
    expect(response.statusCode, link).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'body.onlineLink', message: { vi: expect.stringContaining('http') } });
  }
  expect((await f.clients.head.post('/api/v1/meetings', meetingBody('https://meet.example.vn/hoi-nghi-24'))).statusCode).toBe(200);
});
