import { useState } from 'react';

/**
 * Keyset paging state: the current cursor plus the cursors of the pages before it,
 * so "previous" goes back without page numbers or totals. Changing `resetKey`
 * (the filters, serialised) starts again at the first page.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: string[] }>({ key: resetKey, stack: [] });
  const stack = state.key === resetKey ? state.stack : [];
  return {
    cursor: stack.at(-1),
    hasPrevious: stack.length > 0,
    /** How many pages come before this one (0 on the first). */
    index: stack.length,
    next: (nextCursor: string) => setState({ key: resetKey, stack: [...stack, nextCursor] }),
    previous: () => setState({ key: resetKey, stack: stack.slice(0, -1) }),
  };
}
