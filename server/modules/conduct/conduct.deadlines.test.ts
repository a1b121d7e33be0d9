import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../platform/calendar/dates.js';
import { defaultWorkingCalendar } from '../../platform/calendar/working-days.js';
import { addYears, appealDueOn, explanationDueOn, handlingDueOn, statuteOf } from './conduct.deadlines.js';
import { checkDisciplineForm, formsValidOn } from './conduct.measures.js';
import { computeCaseSignals } from './conduct.signals.js';

const calendar = defaultWorkingCalendar();

describe('time limits', () => {
  it('counts 90 days from detection, 150 when extended, ending on a working day', () => {
    expect(handlingDueOn(calendar, '2026-02-27', false)).toBe('2026-05-28');
    expect(handlingDueOn(calendar, '2026-02-27', true)).toBe('2026-07-27');
    // 01/01/2026 + 90 days = Wednesday 01/04/2026.
    expect(handlingDueOn(calendar, '2026-01-01', false)).toBe('2026-04-01');
    // 90 days after 31/01/2026 is 01/05/2026 (Labour Day), then a weekend: the limit ends Monday 04/05.
    expect(handlingDueOn(calendar, '2026-01-31', false)).toBe('2026-05-04');
  });

  it('always ends on a working day, never before the plain count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), fc.boolean(), (offset, extended) => {
        const detected = addCalendarDays('2023-09-01', offset);
        const due = handlingDueOn(calendar, detected, extended);
        expect(calendar.isWorkingDay(due)).toBe(true);
        expect(due >= addCalendarDays(detected, extended ? 150 : 90)).toBe(true);
        expect(due <= addCalendarDays(detected, (extended ? 150 : 90) + 10)).toBe(true);
      }),
    );
  });

  it('gives the explanation deadline in working days and the appeal window in days', () => {
    // Friday 06/03/2026 + 5 working days = Friday 13/03/2026.
    expect(explanationDueOn(calendar, '2026-03-06', 5)).toBe('2026-03-13');
    expect(appealDueOn(calendar, '2026-03-10')).toBe('2026-03-25');
  });

  it('warns on the statute of limitations: 5 years for reprimand-level acts, 10 for heavier', () => {
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(statuteOf(null, '2026-03-02').status).toBe('unknown');
    expect(statuteOf('2021-03-02', '2026-03-02').status).toBe('within');
    expect(statuteOf('2021-03-01', '2026-03-02').status).toBe('reprimand_level_expired');
    expect(statuteOf('2016-03-01', '2026-03-02').status).toBe('expired');
  });
});

describe('measures valid by date and category', () => {
  const codes = (category: Parameters<typeof formsValidOn>[0], on: string) => formsValidOn(category, on).map((form) => form.code);
  it.each([
    ['civil_servant', '2025-06-30', ['khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec']],
    ['civil_servant', '2025-07-01', ['khien_trach', 'canh_cao', 'cach_chuc', 'buoc_thoi_viec']],
    ['cadre', '2026-01-01', ['khien_trach', 'canh_cao', 'cach_chuc', 'bai_nhiem']],
    ['public_employee', '2026-01-01', ['khien_trach', 'canh_cao', 'cach_chuc', 'buoc_thoi_viec']],
    ['party_member', '2026-01-01', ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru']],
    ['party_organisation', '2026-01-01', ['khien_trach', 'canh_cao', 'giai_tan']],
    ['party_member', '2022-07-05', []],
  ] as const)('%s on %s', (category, on, expected) => {
    expect(codes(category, on)).toEqual(expected);
  });

  it('refuses a reprimand once its 5-year statute ran, a heavier form after 10 years', () => {
    const base = { category: 'civil_servant' as const, decisionOn: '2026-03-02' };
    expect(checkDisciplineForm({ ...base, formCode: 'khien_trach', violationOn: '2020-01-01' })).toBe('reprimand_statute_expired');
    expect(checkDisciplineForm({ ...base, formCode: 'canh_cao', violationOn: '2020-01-01' })).toBeNull();
    expect(checkDisciplineForm({ ...base, formCode: 'canh_cao', violationOn: '2015-01-01' })).toBe('statute_expired');
    expect(checkDisciplineForm({ ...base, formCode: 'giang_chuc', violationOn: '2025-01-01' })).toBe('form_not_in_force');
  });
});

describe('case signals', () => {
  const input = {
    status: 'awaiting_explanation' as const,
    handlingDueOn: '2026-05-28',
    explanationDueOn: '2026-03-13',
    appealDueOn: null,
    violationOn: '2026-02-20',
  };
  it('signals each overdue step', () => {
    expect(computeCaseSignals(input, '2026-03-13')).toEqual([]);
    expect(computeCaseSignals(input, '2026-03-14').map((signal) => signal.kind)).toEqual(['explanation_overdue']);
    expect(computeCaseSignals(input, '2026-05-20').map((signal) => signal.kind)).toEqual(['handling_due_soon', 'explanation_overdue']);
    expect(computeCaseSignals(input, '2026-05-29').map((signal) => signal.kind)).toEqual(['handling_overdue', 'explanation_overdue']);
    expect(computeCaseSignals({ ...input, status: 'notified', appealDueOn: '2026-04-01' }, '2026-04-02').map((signal) => signal.kind)).toEqual([
      'appeal_window_ended',
    ]);
    expect(computeCaseSignals({ ...input, status: 'closed' }, '2026-06-30')).toEqual([]);
  });
});
