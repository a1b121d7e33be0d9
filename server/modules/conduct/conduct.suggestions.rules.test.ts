import { describe, expect, it } from 'vitest';
import { suggestionSignalKinds } from '../../../contracts/conduct-vocabulary.js';
import { shippedCatalogs } from './conduct.reference.js';
import {
  DEFAULT_SIGNAL_MAPPINGS,
  overdueTaskSuggestion,
  repeatSuggestion,
  transferRingSuggestion,
  undecidedDifficultySuggestion,
} from './conduct.suggestions.rules.js';

describe('suggestion rules', () => {
  it('maps every signal by default to an item that exists in the shipped catalogs', () => {
    const codes = new Set(shippedCatalogs().flatMap((catalog) => catalog.items.map((item) => `${catalog.kind}:${item.code}`)));
    for (const kind of suggestionSignalKinds)
      expect(codes.has(`${DEFAULT_SIGNAL_MAPPINGS[kind].catalog}:${DEFAULT_SIGNAL_MAPPINGS[kind].code}`), kind).toBe(true);
  });

  it('keys the same facts the same way and new facts differently', () => {
    const fact = { taskId: 't1', title: 'Báo cáo', ownerId: 'p1', unitPath: '/a/', dueDate: '2026-01-30', workingDaysOverdue: 12 };
    expect(overdueTaskSuggestion({ ...fact, workingDaysOverdue: 9 })).toBeNull();
    expect(overdueTaskSuggestion(fact)?.dedupeKey).toBe(overdueTaskSuggestion({ ...fact, workingDaysOverdue: 30 })?.dedupeKey);
    expect(overdueTaskSuggestion(fact)?.dedupeKey).not.toBe(overdueTaskSuggestion({ ...fact, dueDate: '2026-02-27' })?.dedupeKey);
    const repeat = { personId: 'p1', unitPath: '/a/', events: [] };
    expect(repeatSuggestion('repeated_transfers', { ...repeat, count: 2 })).toBeNull();
    expect(repeatSuggestion('repeated_transfers', { ...repeat, count: 3 })?.dedupeKey).toBe(
      repeatSuggestion('repeated_transfers', { ...repeat, count: 5 })?.dedupeKey,
    );
    expect(repeatSuggestion('repeated_transfers', { ...repeat, count: 6 })?.dedupeKey).toBe('repeated_transfers:p1:6');
    expect(repeatSuggestion('repeated_extensions', { ...repeat, count: 3 })?.dedupeKey).toBe('repeated_extensions:p1:3');
    const difficulty = { taskId: 't1', title: 'x', deciderId: 'p2', deciderUnitPath: '/a/', openedAt: '2026-02-16T02:00:00.000Z', workingDaysWaiting: 4 };
    expect(undecidedDifficultySuggestion(difficulty)).toBeNull();
    expect(undecidedDifficultySuggestion({ ...difficulty, workingDaysWaiting: 5 })?.subjectPersonId).toBe('p2');
  });

  it('suggests a ring once per task, whoever it passed through, naming each person once in order', () => {
    const hand = (fromId: string, toId: string, day: number) => ({
      fromId,
      fromName: fromId.toUpperCase(),
      toId,
      toName: toId.toUpperCase(),
      occurredAt: `2026-02-0${day}T03:00:00Z`,
    });
    const ring = { taskId: 't1', title: 'Trả lời cử tri', unitPath: '/a/', transfers: [hand('a', 'b', 1), hand('b', 'c', 2)] };
    expect(transferRingSuggestion(ring)).toBeNull();
    const closed = transferRingSuggestion({ ...ring, transfers: [...ring.transfers, hand('c', 'a', 3)] });
    expect(closed).toMatchObject({ subjectPersonId: 'a', dedupeKey: 'transfer_ring:t1', summary: expect.stringContaining('A → B → C → A') });
    expect(closed?.evidence.people?.map((person) => person.id)).toEqual(['a', 'b', 'c']);
    expect(transferRingSuggestion({ ...ring, transfers: [...ring.transfers, hand('c', 'a', 3), hand('a', 'b', 4)] })?.dedupeKey).toBe(closed?.dedupeKey);
  });
});
