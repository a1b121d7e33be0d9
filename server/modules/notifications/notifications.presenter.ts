import type { NotificationSubject } from '../../../contracts/work.js';
import type { LocalizedText } from '../../platform/errors.js';
import type { LineRow } from './notifications.repository.js';
import { boardSignalOf, groupTitle } from './notifications.rules.js';

const iso = (value: Date | string) => new Date(value).toISOString();

/** A bell line as the API shows it; a group of warnings says how many and which board filter lists them. */
export function presentLine(row: LineRow) {
  const group = { kind: row.kind, signalKind: row.signal?.kind ?? null, count: row.n };
  return {
    id: row.id,
    kind: row.kind as never,
    title: groupTitle(group, row.title as LocalizedText),
    subject: row.subject_type && row.subject_id ? ({ type: row.subject_type, id: row.subject_id } as NotificationSubject) : null,
    signal: (row.signal as { kind: never; level: number } | null) ?? null,
    createdAt: iso(row.latest),
    readAt: row.read_at ? iso(row.read_at) : null,
    needsAction: row.rank === 0,
    line: { key: row.key, count: row.n, unread: row.unread, boardSignal: boardSignalOf(group) as never },
  };
}
