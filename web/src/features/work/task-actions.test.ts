import { describe, expect, it } from 'vitest';
import type { TaskListItem } from '../../shared/contracts';
import { allowedActions } from './task-actions';

type Request = TaskListItem['openRequest'];
const transfer = (stage: 'requested' | 'approved') =>
  ({
    kind: 'transfer',
    stage,
    openedAt: '2026-12-01T02:00:00.000Z',
    reasonCode: 'wrong_owner',
    reason: 'Không đúng chuyên môn',
    proposedOwnerId: null,
  }) as unknown as Request;

describe('the buttons a task shows', () => {
  it('offers the approver both answers while a transfer is only requested', () => {
    const keys = allowedActions({ abilities: ['approveTransfer', 'rejectTransfer', 'comment'], openRequest: transfer('requested') }).map(
      (action) => action.key,
    );
    expect(keys).toEqual(expect.arrayContaining(['approveTransfer', 'rejectTransfer']));
  });

  it('no longer offers "Không đồng ý chuyển" once the transfer is approved', () => {
    const keys = allowedActions({ abilities: ['approveTransfer', 'rejectTransfer', 'comment'], openRequest: transfer('approved') }).map((action) => action.key);
    expect(keys).not.toContain('rejectTransfer');
    expect(keys).toContain('comment');
  });
});
