import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseAccount, type OidcCandidate } from './oidc.rules.js';

const candidate = fc.record({
  id: fc.uuid(),
  agencyId: fc.constant('00000000-0000-4000-8000-000000000001'),
  displayName: fc.string(),
  oidcSubject: fc.option(fc.constantFrom('sub-a', 'sub-b'), { nil: null }),
}) as fc.Arbitrary<OidcCandidate>;
const lists = fc.record({
  bySubject: fc.array(candidate, { maxLength: 3 }),
  byEmail: fc.array(candidate, { maxLength: 3 }),
  byUsername: fc.array(candidate, { maxLength: 3 }),
});
const one = (id: string, oidcSubject: string | null = null): OidcCandidate => ({ id, agencyId: 'a', displayName: id, oidcSubject });

describe('choosing the account a single sign-on opens', () => {
  it('prefers the linked subject, then the e-mail, then the username', () => {
    expect(chooseAccount({ bySubject: [one('s', 'sub')], byEmail: [one('e')], byUsername: [one('u')] })).toMatchObject({
      user: { id: 's' },
      linkSubject: false,
      matchedBy: 'subject',
    });
    expect(chooseAccount({ bySubject: [], byEmail: [one('e')], byUsername: [one('u')] })).toMatchObject({
      user: { id: 'e' },
      linkSubject: true,
      matchedBy: 'email',
    });
    expect(chooseAccount({ bySubject: [], byEmail: [], byUsername: [one('u')] })).toMatchObject({ user: { id: 'u' }, matchedBy: 'username' });
  });

  it('matches nobody when two accounts tie, and never takes over an account linked to another subject', () => {
    expect(chooseAccount({ bySubject: [], byEmail: [one('e1'), one('e2')], byUsername: [one('u')] })).toBeUndefined();
    expect(chooseAccount({ bySubject: [], byEmail: [one('e', 'other')], byUsername: [] })).toBeUndefined();
  });

  it('only ever answers a single candidate it was given, and links only unlinked accounts', () => {
    fc.assert(
      fc.property(lists, (given) => {
        const match = chooseAccount(given);
        if (!match) return;
        expect([...given.bySubject, ...given.byEmail, ...given.byUsername]).toContain(match.user);
        const tier = match.matchedBy === 'subject' ? given.bySubject : match.matchedBy === 'email' ? given.byEmail : given.byUsername;
        expect(tier.filter((c) => match.matchedBy === 'subject' || c.oidcSubject === null)).toHaveLength(1);
        if (match.linkSubject) expect(match.user.oidcSubject).toBeNull();
      }),
    );
  });
});
