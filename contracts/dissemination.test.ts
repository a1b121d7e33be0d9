import { describe, expect, it } from 'vitest';
import { createMeetingBody } from './dissemination.js';

const meeting = (startsAt: string, endsAt: string) =>
  createMeetingBody.safeParse({
    title: 'Hội nghị quán triệt',
    unitId: crypto.randomUUID(),
    chairId: crypto.randomUUID(),
    place: 'Hội trường',
    inviteeUnitIds: [crypto.randomUUID()],
    startsAt,
    endsAt,
  });

describe('a meeting’s start and end', () => {
  it('compares instants, not the text: 08:00 in Hà Nội is before 02:00 UTC', () => {
    expect(meeting('2026-11-26T08:00:00+07:00', '2026-11-26T02:00:00Z').success).toBe(true);
  });

  it('refuses an end before the start when the two are written in different offsets, naming the end', () => {
    const result = meeting('2026-11-26T08:00:00+07:00', '2026-11-26T00:30:00Z');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['endsAt']);
  });
});
