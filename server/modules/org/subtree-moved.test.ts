import { describe, expect, it } from 'vitest';
import { ancestorShifts } from './org.subtree-moved.js';

const moved = (oldPath: string, newPath: string) => ancestorShifts({ agencyId: 'a', oldPath, newPath });

describe('the ancestors whose subtree totals change when a unit moves', () => {
  it('takes them from the old parent line and gives them to the new one, below the common root', () => {
    expect(moved('/r/a/x/', '/r/b/x/')).toEqual({
      movedUnitId: 'x',
      shifts: [
        { unitId: 'a', depth: 1, sign: -1 },
        { unitId: 'b', depth: 1, sign: 1 },
      ],
    });
  });

  it('leaves the ancestors common to both lines alone, however deep the move goes', () => {
    expect(moved('/r/a/x/', '/r/a/c/d/x/')).toEqual({
      movedUnitId: 'x',
      shifts: [
        { unitId: 'c', depth: 2, sign: 1 },
        { unitId: 'd', depth: 3, sign: 1 },
      ],
    });
    expect(moved('/r/a/c/x/', '/r/x/')).toEqual({
      movedUnitId: 'x',
      shifts: [
        { unitId: 'a', depth: 1, sign: -1 },
        { unitId: 'c', depth: 2, sign: -1 },
      ],
    });
  });
});
