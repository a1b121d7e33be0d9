import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountAbilities, firstFreeUsername, removesLastAdministrator, rolesOfGrants, suggestUsername } from './accounts.rules.js';

describe('suggestUsername', () => {
  it.each([
    [{ email: 'Mai.Le@mttq.hanoi.gov.vn', fullName: 'Lê Thị Mai' }, 'mai.le'],
    [{ email: null, fullName: 'Lê Thị Mai' }, 'mailt'],
    [{ email: null, fullName: 'Nguyễn Đức Đạt' }, 'datnd'],
    [{ email: 'x@a.vn', fullName: 'Trần Văn Ý' }, 'ytv'],
    [{ email: null, fullName: 'An' }, 'anuser'],
  ])('%o → %s', (person, expected) => {
    expect(suggestUsername(person)).toBe(expected);
  });

  it('always gives a valid username, whatever the name and e-mail', () => {
    fc.assert(
      fc.property(fc.option(fc.emailAddress(), { nil: null }), fc.string({ maxLength: 80 }), (email, fullName) => {
        expect(suggestUsername({ email, fullName })).toMatch(/^[a-z0-9._-]{3,60}$/);
      }),
    );
  });
});

it('numbers a taken username with the first free number', () => {
  expect(firstFreeUsername('mailt', new Set())).toBe('mailt');
  expect(firstFreeUsername('mailt', new Set(['mailt', 'mailt2']))).toBe('mailt3');
});

it('keeps each granted role once', () => {
  expect(
    rolesOfGrants([
      { role: 'unit_head', unitId: 'a' },
      { role: 'unit_head', unitId: 'b' },
      { role: 'editor', unitId: null },
    ]),
  ).toEqual(['unit_head', 'editor']);
});

describe('the last administrator', () => {
  const admin = { roles: ['agency_admin'], isActive: true };
  it.each([
    ['revoking the only one', admin, { roles: ['staff'], isActive: true }, 1, true],
    ['deactivating the only one', admin, { roles: ['agency_admin'], isActive: false }, 1, true],
    ['revoking one of two', admin, { roles: ['staff'], isActive: true }, 2, false],
    ['keeping the role', admin, { roles: ['agency_admin', 'leader'], isActive: true }, 1, false],
    ['changing someone else', { roles: ['staff'], isActive: true }, { roles: ['leader'], isActive: true }, 1, false],
  ])('%s', (_, before, after, administrators, expected) => {
    expect(removesLastAdministrator(before, after, administrators)).toBe(expected);
  });
});

it('never offers administrators to deactivate themselves, and unlock only when locked', () => {
  const now = new Date('2026-03-02T02:00:00Z');
  const locked = { id: 'u1', roles: ['staff'], isActive: true, lockedUntil: new Date(now.getTime() + 60_000) };
  expect(accountAbilities('u1', locked, now)).toMatchObject({ canDeactivate: false, canUnlock: true });
  expect(accountAbilities('u2', { ...locked, lockedUntil: null }, now)).toMatchObject({ canDeactivate: true, canUnlock: false, canReactivate: false });
});
