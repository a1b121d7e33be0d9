import { describe } from 'vitest';
import { expect, test, type WorkFixture } from '../../test/fixtures/index.js';

let f: WorkFixture;
test.beforeEach(({ work }) => {
  f = work;
});

type Client = WorkFixture['clients']['lan'];
const abilitiesOf = async (client: Client, id: string): Promise<string[]> => (await client.get(`/api/v1/tasks/${id}`)).json().abilities;

async function requestedTransfer() {
  const task = await f.assign();
  await f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`, {});
  await f.clients.lan.post(`/api/v1/tasks/${task.id}/transfer`, { reasonCode: 'workload', reason: 'Đang phụ trách hội nghị quán triệt' });
  return task.id;
}

describe('after "Đồng ý chuyển" the transfer is the new owner’s to answer', () => {
  test('offers, at each step, exactly the answers the server then accepts', async () => {
    const id = await requestedTransfer();
    expect(await abilitiesOf(f.clients.head, id)).toEqual(expect.arrayContaining(['approveTransfer', 'rejectTransfer']));
    expect(await abilitiesOf(f.clients.lan, id)).not.toContain('rejectTransfer');

    expect((await f.clients.head.post(`/api/v1/tasks/${id}/transfer/approve`, { newOwnerId: f.people.minh.id })).statusCode).toBe(200);
    const headAfterApproval = await abilitiesOf(f.clients.head, id);
    expect(headAfterApproval).not.toContain('rejectTransfer');
    expect(headAfterApproval).not.toContain('approveTransfer');
    expect(await abilitiesOf(f.clients.minh, id)).toContain('respondToTransfer');

    const taken = await f.clients.minh.post(`/api/v1/tasks/${id}/transfer/respond`, { response: 'accept' });
    expect(taken.statusCode).toBe(200);
    const minhAfter = await abilitiesOf(f.clients.minh, id);
    expect(minhAfter).not.toContain('respondToTransfer');
    expect(minhAfter).toEqual(expect.arrayContaining(['reportProgress', 'submit', 'requestTransfer']));
    expect(await abilitiesOf(f.clients.head, id)).not.toContain('rejectTransfer');
  });

  test('refuses "Không đồng ý chuyển" once the transfer is approved, changing nothing', async () => {
    const id = await requestedTransfer();
    await f.clients.head.post(`/api/v1/tasks/${id}/transfer/approve`, { newOwnerId: f.people.minh.id });
    const before = (await f.clients.head.get(`/api/v1/tasks/${id}`)).json();
    const eventsBefore = (await f.clients.head.get(`/api/v1/tasks/${id}/events`)).json().items.length;

    const late = await f.clients.head.post(`/api/v1/tasks/${id}/transfer/reject`, { reason: 'Đổi ý' });
    expect(late.statusCode).toBeGreaterThanOrEqual(400);
    expect(late.statusCode).toBeLessThan(500);
    expect(late.headers['content-type']).toContain('application/problem+json');
    expect(late.json().message).toMatchObject({ vi: expect.any(String), en: expect.any(String) });

    const after = (await f.clients.head.get(`/api/v1/tasks/${id}`)).json();
    expect(after).toEqual(before);
    expect(after).toMatchObject({ owner: { id: f.people.lan.id }, openRequest: { stage: 'approved', proposedOwner: { id: f.people.minh.id } } });
    expect((await f.clients.head.get(`/api/v1/tasks/${id}/events`)).json().items).toHaveLength(eventsBefore);
    // The new owner may still answer it.
    expect((await f.clients.minh.post(`/api/v1/tasks/${id}/transfer/respond`, { response: 'accept' })).statusCode).toBe(200);
  });

  test('still lets the approver reject a transfer only requested', async () => {
    const id = await requestedTransfer();
    const rejected = await f.clients.head.post(`/api/v1/tasks/${id}/transfer/reject`, { reason: 'Đúng chức năng của phòng' });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ owner: { id: f.people.lan.id }, openRequest: null });
  });

  test('does not put the previous owner’s transfer reason under the new owner’s acceptance', async () => {
    const id = await requestedTransfer();
    await f.clients.head.post(`/api/v1/tasks/${id}/transfer/approve`, { newOwnerId: f.people.minh.id });
    await f.clients.minh.post(`/api/v1/tasks/${id}/transfer/respond`, { response: 'accept' });
    const items: { kind: string; actor: { id: string }; reason: string | null }[] = (await f.clients.head.get(`/api/v1/tasks/${id}/events`)).json().items;
    expect(items.find((event) => event.kind === 'task.transfer_requested')).toMatchObject({
      actor: { id: f.people.lan.id },
      reason: 'Đang phụ trách hội nghị quán triệt',
    });
    const taking = items.find((event) => event.kind === 'task.transferred');
    expect(taking).toMatchObject({ actor: { id: f.people.minh.id } });
    expect(taking?.reason ?? null).toBeNull();
  });
});
