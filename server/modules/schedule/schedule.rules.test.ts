import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, weekdayOf } from '../../platform/calendar/dates.js';
import type { Role } from '../../platform/actor.js';
import { scheduleAbilities, standingOf } from './schedule.policy.js';
import {
  canEditEntries,
  canMove,
  describeEntryChange,
  type EntryFacts,
  isoWeekNumber,
  markChange,
  sessionOfInstant,
  weekBounds,
  weekOfInstant,
} from './schedule.rules.js';

describe('week bounds in Asia/Ho_Chi_Minh', () => {
  it.each([
    ['2026-12-07', '2026-12-07', '2026-12-13'], // a Monday
    ['2026-12-13', '2026-12-07', '2026-12-13'], // its Sunday
    ['2026-12-10', '2026-12-07', '2026-12-13'],
    ['2027-01-01', '2026-12-28', '2027-01-03'], // across the new year
    ['2028-02-29', '2028-02-28', '2028-03-05'], // leap day
  ])('%s lies in the week %s – %s', (day, start, end) => {
    expect(weekBounds(day)).toMatchObject({ weekStart: start, weekEnd: end });
  });

  it('spans local midnight Monday to local midnight next Monday', () => {
    const bounds = weekBounds('2026-12-09');
    expect(bounds.from.toISOString()).toBe('2026-12-06T17:00:00.000Z');
    expect(bounds.until.toISOString()).toBe('2026-12-13T17:00:00.000Z');
  });

  it('counts an instant in Hà Nội time: Sunday 23:30 there is still the old week, Monday 00:30 the new one', () => {
    expect(weekOfInstant(new Date('2026-12-13T16:30:00Z')).weekStart).toBe('2026-12-07');
    expect(weekOfInstant(new Date('2026-12-13T17:30:00Z')).weekStart).toBe('2026-12-14');
  });

  it('every date lies in a week that starts on a Monday, at most six days before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (offset) => {
        const day = addCalendarDays('1990-01-01', offset);
        const { weekStart, weekEnd } = weekBounds(day);
        return weekdayOf(weekStart) === 1 && weekStart <= day && day <= weekEnd && addCalendarDays(weekStart, 6) === weekEnd;
      }),
    );
  });

  it.each([
    ['2026-01-01', 1],
    ['2026-12-07', 50],
    ['2027-01-01', 53],
    ['2021-01-03', 53],
    ['2021-01-04', 1],
  ])('ISO week number of %s is %i', (day, number) => expect(isoWeekNumber(day)).toBe(number));

  it('places a meeting in the morning before noon and the afternoon from noon, local time', () => {
    expect(sessionOfInstant(new Date('2026-12-08T01:30:00Z'))).toEqual({ day: '2026-12-08', session: 'morning', startTime: '08:30' });
    expect(sessionOfInstant(new Date('2026-12-08T07:00:00Z'))).toEqual({ day: '2026-12-08', session: 'afternoon', startTime: '14:00' });
  });
});

describe('workflow', () => {
  it('moves draft → submitted → approved → published, and a leader returns before publication only', () => {
    expect(canMove('draft', 'submit')).toBe(true);
    expect(canMove('submitted', 'approve')).toBe(true);
    expect(canMove('approved', 'publish')).toBe(true);
    expect(canMove('draft', 'publish')).toBe(false);
    expect(canMove('submitted', 'publish')).toBe(false);
    expect(canMove('published', 'returnToDraft')).toBe(false);
    expect(canEditEntries('submitted')).toBe(false);
    expect(canEditEntries('published')).toBe(true);
  });
});

describe('marking changes', () => {
  const entry: EntryFacts = {
    day: '2026-12-08',
    session: 'morning',
    startTime: '08:00',
    content: 'Giao ban lãnh đạo',
    chairName: 'Lê Thị Thanh Hà',
    participants: 'Lãnh đạo các ban',
    participantNames: [],
    place: 'Phòng họp 1',
    preparingUnitName: 'Văn phòng',
  };

  it('names each field that changed, with its old and new value', () => {
    expect(describeEntryChange(entry, { ...entry, place: 'Phòng họp 2' })).toBe('Địa điểm: Phòng họp 1 → Phòng họp 2');
    expect(describeEntryChange(entry, { ...entry, session: 'afternoon', startTime: '14:00', participantNames: ['Nguyễn Văn A'] })).toBe(
      'Thời gian: 08:00 sáng 08/12/2026 → 14:00 chiều 08/12/2026; Thành phần: Lãnh đạo các ban → Lãnh đạo các ban; Nguyễn Văn A',
    );
    expect(describeEntryChange(entry, { ...entry, preparingUnitName: '' })).toBe('Đơn vị chuẩn bị: Văn phòng → (trống)');
  });

  it('finds no change when nothing differs', () => expect(describeEntryChange(entry, { ...entry })).toBeNull());

  it('marks only after publication, and keeps earlier adjustments', () => {
    const now = new Date('2026-12-08T03:00:00Z');
    expect(markChange(false, { changeNote: null }, 'Địa điểm: A → B', now)).toBeNull();
    expect(markChange(true, { changeNote: null }, null, now)).toBeNull();
    expect(markChange(true, { changeNote: null }, 'Địa điểm: A → B', now)).toEqual({ changedAt: now, changeNote: 'Địa điểm: A → B' });
    expect(markChange(true, { changeNote: 'Địa điểm: A → B' }, 'Chủ trì: X → Y', now)?.changeNote).toBe('Địa điểm: A → B | Chủ trì: X → Y');
  });
});

describe('who drafts, approves and publishes', () => {
  const actor = (roles: Role[]) => ({
    userId: 'u',
    agencyId: 'a',
    personId: 'p',
    displayName: 'X',
    roles,
    unitId: 'unit',
    unitPath: '1.',
    managedUnitPaths: [],
  });
  it('the Office (a unit of kind office) drafts; a leader, even in an office-kind unit, approves and does not draft', () => {
    expect(standingOf(actor(['staff']), 'office')).toEqual({ isOffice: true, isLeader: false });
    expect(standingOf(actor(['staff', 'editor']), 'department')).toEqual({ isOffice: false, isLeader: false });
    expect(standingOf(actor(['leader']), 'office')).toEqual({ isOffice: false, isLeader: true });
    expect(standingOf(actor(['agency_admin']), 'department').isOffice).toBe(true);
  });
  it('readers may do nothing; the Office publishes only what a leader approved', () => {
    const reader = { isOffice: false, isLeader: false };
    expect(Object.values(scheduleAbilities(reader, 'published')).some(Boolean)).toBe(false);
    expect(scheduleAbilities({ isOffice: true, isLeader: false }, 'submitted')).toMatchObject({ approve: false, publish: false, editEntries: false });
    expect(scheduleAbilities({ isOffice: true, isLeader: false }, 'approved')).toMatchObject({ publish: true });
    expect(scheduleAbilities({ isOffice: false, isLeader: true }, 'draft')).toMatchObject({ editEntries: false, submit: false });
    expect(scheduleAbilities({ isOffice: false, isLeader: true }, 'published')).toMatchObject({ editEntries: true });
  });
});
