import { expect, test, type WorkFixture } from '../../test/fixtures/index.js';

let f: WorkFixture;
test.beforeEach(({ work }) => {
  f = work;
});

test('tells the named receiver who answers a transfer before its approval that it is not yet approved (409), changing nothing', async () => {
  const task = await f.assign();
  await f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`, {});
  await f.clients.lan.post(`/api/v1/tasks/${task.id}/transfer`, { reasonCode: 'workload', reason: 'Đang phụ trách hội nghị', newOwnerId: f.people.minh.id });
  const early = await f.clients.minh.post(`/api/v1/tasks/${task.id}/transfer/respond`, { response: 'accept' });
  expect(early.statusCode).toBe(409);
  expect(early.json()).toMatchObject({
    code: 'transfer_not_approved',
    message: { vi: expect.stringContaining('chưa được duyệt'), en: expect.stringContaining('not yet approved') },
  });
  expect((await f.clients.lan.get(`/api/v1/tasks/${task.id}`)).json()).toMatchObject({ owner: { id: f.people.lan.id }, openRequest: { stage: 'requested' } });
  // Someone the request does not name still learns nothing about the task.
  const stranger = await f.clients.outsider.post(`/api/v1/tasks/${task.id}/transfer/respond`, { response: 'accept' });
  expect(stranger.statusCode).toBe(404);
});
