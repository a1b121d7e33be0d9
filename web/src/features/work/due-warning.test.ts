import { describe, expect, it } from 'vitest';
import { nonWorkingDueWarning } from './due-warning';

const sunday = { date: '2026-12-13', isWorkingDay: false, nextWorkingDay: '2026-12-14' };
const monday = { date: '2026-12-14', isWorkingDay: true, nextWorkingDay: '2026-12-15' };

describe('the warning under a due date on a day off', () => {
  it('appears as soon as the calendar says the picked date is a day off, offering the next working day', () => {
    expect(nonWorkingDueWarning({ typed: '2026-12-13', check: sunday, refused: null, confirmed: null })).toEqual({ given: '2026-12-13', next: '2026-12-14' });
  });

  it('stays away for a working day, a date counted in working days, or an answer about another date', () => {
    expect(nonWorkingDueWarning({ typed: '2026-12-14', check: monday, refused: null, confirmed: null })).toBeNull();
    expect(nonWorkingDueWarning({ typed: null, check: sunday, refused: null, confirmed: null })).toBeNull();
    expect(nonWorkingDueWarning({ typed: '2026-12-14', check: sunday, refused: null, confirmed: null })).toBeNull();
  });

  it('shows the server’s refusal for the date still in the field, and nothing once the date is kept', () => {
    const refused = { given: '2026-12-13', next: '2026-12-14' };
    expect(nonWorkingDueWarning({ typed: '2026-12-13', check: null, refused, confirmed: null })).toBe(refused);
    expect(nonWorkingDueWarning({ typed: '2026-12-20', check: null, refused, confirmed: null })).toBeNull();
    expect(nonWorkingDueWarning({ typed: '2026-12-13', check: sunday, refused, confirmed: '2026-12-13' })).toBeNull();
  });
});
