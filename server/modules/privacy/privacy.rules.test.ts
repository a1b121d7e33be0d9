import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, VIETNAM_CALENDAR_2023_2027, WorkingCalendar } from '../../platform/calendar/index.js';
import { answerDueOn, dueRuleOf, isOverdue } from './privacy.rules.js';
import { NEVER_EXPORTED, SENSITIVE_FIELDS, sensitiveFieldsOf } from './privacy.sensitive.js';

const calendar = new WorkingCalendar(VIETNAM_CALENDAR_2023_2027);

describe('the answer deadline of a data-subject request', () => {
  it('is 2 working days under Decree 356 from 1/1/2026, 72 hours (3 days) before', () => {
    expect(dueRuleOf('2025-12-31')).toBe('decree_13_2023');
    expect(dueRuleOf('2026-01-01')).toBe('decree_356_2025');
    // Friday 27/02/2026 → Tuesday 03/03/2026.
    expect(answerDueOn(calendar, '2026-02-27')).toBe('2026-03-03');
    expect(answerDueOn(calendar, '2025-12-30')).toBe('2026-01-02');
  });

  it('falls on a working day after the received date, at most 2 working days on', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((offset) => addCalendarDays('2026-01-01', offset));
    fc.assert(
      fc.property(day, (receivedOn) => {
        const due = answerDueOn(calendar, receivedOn);
        expect(due > receivedOn).toBe(true);
        expect(calendar.isWorkingDay(due)).toBe(true);
        expect(calendar.workingDaysBetween(receivedOn, due)).toBe(2);
      }),
    );
  });

  it('flags only unanswered requests past their deadline', () => {
    expect(isOverdue({ state: 'received', answerDueOn: '2026-03-03' }, '2026-03-03')).toBe(false);
    expect(isOverdue({ state: 'received', answerDueOn: '2026-03-03' }, '2026-03-04')).toBe(true);
    expect(isOverdue({ state: 'answered', answerDueOn: '2026-03-03' }, '2026-03-09')).toBe(false);
  });
});

describe('the sensitive-field registry', () => {
  it('marks Party membership, discipline, ratings and the reporter, and keeps the reporter out of every export', () => {
    expect(SENSITIVE_FIELDS.people).toHaveProperty('is_party_member');
    expect(SENSITIVE_FIELDS.conduct_cases).toHaveProperty('discipline_form_code');
    expect(SENSITIVE_FIELDS.evaluation_scorecards).toHaveProperty('level');
    expect(NEVER_EXPORTED.has('conduct_cases.reporter')).toBe(true);
    expect(NEVER_EXPORTED.has('public_reports.identity_sealed')).toBe(true);
    expect(sensitiveFieldsOf('people', ['fullName', 'isPartyMember'])).toEqual({ isPartyMember: SENSITIVE_FIELDS.people.is_party_member });
  });
});
