import { inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { people } from '../../db/schema/index.js';
import { conflict } from '../../platform/errors.js';
import type { CapCheck } from './evaluation.rules.js';
import type { ScorecardRow } from './evaluation.repository.js';
import type { Scheme } from './evaluation.schemes.js';

/** The refusal of a decision over the cap: the cap and its source, the count it would reach and the people at that level. */
export async function capRefusal(tx: Tx, row: ScorecardRow, scheme: Scheme, cap: CapCheck, personIds: string[]) {
  const names = (await tx.select({ name: people.fullName }).from(people).where(inArray(people.id, personIds)))
    .map((person) => person.name)
    .sort((a, b) => a.localeCompare(b, 'vi'));
  const basis =
    scheme.cap.of === 'rated'
      ? { vi: 'số người được đánh giá', en: 'those rated' }
      : { vi: `số người xếp ${scheme.cap.of}`, en: `those rated ${scheme.cap.of}` };
  return conflict(
    'cap_exceeded',
    {
      vi: `Vượt tỷ lệ ${cap.level}: tối đa ${cap.percent} % ${basis.vi} (${cap.basis}) = ${cap.allowed} người, quyết định này thành ${cap.count} người: ${names.join(', ')}. ${scheme.cap.source}`,
      en: `Over the ${cap.level} cap: at most ${cap.percent} % of ${basis.en} (${cap.basis}) = ${cap.allowed}, this decision would make ${cap.count}: ${names.join(', ')}.`,
    },
    [{ field: 'body.level', message: { vi: `Tối đa ${cap.allowed} người ${cap.level} trong đơn vị`, en: `At most ${cap.allowed} ${cap.level} in the unit` } }],
  );
}
