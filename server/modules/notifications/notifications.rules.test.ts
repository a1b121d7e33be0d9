import { describe, expect, it } from 'vitest';
import { notificationKindList, notificationKindRules } from '../../../contracts/notification-vocabulary.js';
import { notificationKinds } from '../../../contracts/work.js';
import { DomainError } from '../../platform/errors.js';
import { actionKinds, boardSignalOf, checkPreference, effectiveChannel, groupedKinds, groupTitle } from './notifications.rules.js';

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { kind: error.kind, fields: error.fields.map((field) => field.field) };
    throw error;
  }
  return null;
};

describe('the vocabulary of kinds', () => {
  it('covers every kind the API can return, and gives each mandatory kind its reason in both languages', () => {
    expect([...notificationKindList].sort()).toEqual([...notificationKinds].sort());
    for (const kind of notificationKindList) {
      const because = notificationKindRules[kind].mandatoryBecause;
      if (because) expect(because.vi.length * because.en.length).toBeGreaterThan(0);
    }
  });

  it('keeps a transfer awaiting my acceptance mandatory and action-first; repeated warnings grouped and optional; reminders per scorecard grouped but kept', () => {
    expect(notificationKindRules.transfer_proposed.mandatoryBecause).not.toBeNull();
    expect(actionKinds).toContain('transfer_proposed');
    expect(groupedKinds).toEqual(expect.arrayContaining(['signal', 'conduct_signal', 'evaluation_to_review', 'evaluation_to_decide']));
    const warnings = groupedKinds.filter((kind) => !actionKinds.includes(kind));
    for (const kind of warnings) expect(notificationKindRules[kind as 'signal'].mandatoryBecause).toBeNull();
    for (const kind of ['evaluation_to_review', 'evaluation_to_decide'] as const) expect(notificationKindRules[kind].mandatoryBecause).not.toBeNull();
  });
});

describe('preferences', () => {
  it('defaults to the daily digest and keeps a stored channel', () => {
    expect(effectiveChannel('signal', undefined)).toBe('digest');
    expect(effectiveChannel('signal', 'off')).toBe('off');
    expect(effectiveChannel('task_commented', 'email_now')).toBe('email_now');
    expect(effectiveChannel('task_commented', 'carrier_pigeon')).toBe('digest');
  });

  it('never lets a mandatory kind be off, even from an old stored row', () => {
    expect(effectiveChannel('transfer_proposed', 'off')).toBe('digest');
    expect(refusal(() => checkPreference('transfer_proposed', 'off'))).toEqual({ kind: 'validation', fields: ['channel'] });
    expect(refusal(() => checkPreference('transfer_proposed', 'in_app'))).toBeNull();
  });

  it('refuses a kind that does not exist', () => {
    expect(refusal(() => checkPreference('lottery_won', 'in_app'))).toEqual({ kind: 'not_found', fields: ['kind'] });
    expect(refusal(() => checkPreference('signal', 'off'))).toBeNull();
  });
});

describe('grouped lines', () => {
  const latest = { vi: 'Cảnh báo "Không cập nhật tiến độ": Báo cáo quý', en: 'Warning "No progress reported": Quarterly report' };

  it('says how many tasks carry the signal and which board filter lists them', () => {
    const group = { kind: 'signal', signalKind: 'stalled', count: 7 };
    expect(groupTitle(group, latest)).toEqual({ vi: '7 nhiệm vụ không cập nhật tiến độ', en: '7 tasks: no progress reported' });
    expect(boardSignalOf(group)).toBe('stalled');
  });

  it('leaves a single notification as it was, without a board link', () => {
    const group = { kind: 'signal', signalKind: 'stalled', count: 1 };
    expect(groupTitle(group, latest)).toBe(latest);
    expect(boardSignalOf(group)).toBeNull();
  });

  it('counts other repeated warnings by their kind, with no task board to open', () => {
    const group = { kind: 'conduct_signal', signalKind: 'step_overdue', count: 3 };
    expect(groupTitle(group, latest).vi).toBe('3 thông báo: Cảnh báo vụ việc quá hạn');
    expect(boardSignalOf(group)).toBeNull();
  });
});
