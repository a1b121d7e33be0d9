import { describe, expect, it } from 'vitest';
import { allowedActions } from './task-actions';

const keysFor = (abilities: Parameters<typeof allowedActions>[0]['abilities']) => allowedActions({ abilities }).map((action) => action.key);

describe('the buttons a task shows are the server’s abilities', () => {
  it('offers the approver both answers while the server allows both (a transfer only requested)', () => {
    expect(keysFor(['approveTransfer', 'rejectTransfer', 'comment'])).toEqual(['approveTransfer', 'rejectTransfer', 'comment']);
  });

  it('no longer offers "Không đồng ý chuyển" once the server stops allowing it (the transfer approved)', () => {
    const keys = keysFor(['comment', 'cancel']);
    expect(keys).not.toContain('rejectTransfer');
    expect(keys).toEqual(['comment', 'cancel']);
  });

  it('splits the new owner’s answer into accept and refuse', () => {
    expect(keysFor(['respondToTransfer'])).toEqual(['respondAccept', 'respondRefuse']);
  });

  it('limits to the keys asked for', () => {
    expect(allowedActions({ abilities: ['extend', 'cancel', 'comment'] }, ['cancel']).map((action) => action.key)).toEqual(['cancel']);
  });
});
