import type { TFunction } from 'i18next';
import type { TaskEvent, TaskStatus } from '../../shared/contracts';
import { formatDate } from '../../shared/format';

export interface EventChange {
  key: string;
  label: string;
  before: string | null;
  after: string;
}

interface RequestSnapshot {
  kind?: string;
  proposedOwnerId?: string | null;
  proposal?: string;
  proposedDueDate?: string | null;
  newDueDate?: string;
}

const counterFields = ['transferCount', 'extensionCount', 'returnCount'] as const;

const asRequest = (value: unknown) => (value && typeof value === 'object' ? (value as RequestSnapshot) : null);

/** What an event changed, as "label: before → after" lines in the reader's language. */
export function eventChanges(event: TaskEvent, t: TFunction, nameOf: (id: string) => string): EventChange[] {
  const { before, after } = event;
  const has = (key: string) => key in after && JSON.stringify(before[key]) !== JSON.stringify(after[key]);
  const changes: EventChange[] = [];
  const add = (key: string, label: string, show: (value: unknown) => string) =>
    changes.push({ key, label, before: key in before && before[key] !== null ? show(before[key]) : null, after: show(after[key]) });

  if (has('ownerId')) add('ownerId', t('taskEvent.change.ownerId'), (id) => nameOf(String(id)));
  if (has('status')) add('status', t('taskEvent.change.status'), (status) => t(`work.status.${status as TaskStatus}`));
  if (has('dueDate')) add('dueDate', t('taskEvent.change.dueDate'), (date) => formatDate(String(date)));
  if (has('progressPercent')) add('progressPercent', t('taskEvent.change.progressPercent'), (percent) => `${Number(percent)}%`);
  if (has('grade') && after.grade !== null)
    add('grade', t('taskEvent.change.grade'), (grade) => `${Number(grade)} – ${t(`work.grade.${String(grade) as '1'}`)}`);
  for (const key of counterFields) if (has(key)) add(key, t(`taskEvent.change.${key}`), (count) => String(count));

  const request = asRequest(after.request);
  const previous = asRequest(before.request);
  if (request?.proposedOwnerId && request.proposedOwnerId !== previous?.proposedOwnerId) {
    changes.push({ key: 'proposedOwner', label: t('taskEvent.change.proposedOwner'), before: null, after: nameOf(request.proposedOwnerId) });
  }
  if (request?.kind === 'difficulty' && request.proposal && previous?.kind !== 'difficulty') {
    changes.push({ key: 'proposal', label: t('taskEvent.change.proposal'), before: null, after: request.proposal });
  }
  const requestedDate = request?.newDueDate ?? request?.proposedDueDate;
  if (requestedDate && previous?.kind !== request?.kind) {
    changes.push({ key: 'requestedDueDate', label: t('taskEvent.change.requestedDueDate'), before: null, after: formatDate(requestedDate) });
  }
  // Steps of an explanation asked on the task (explanations module): its deadline, and the requester's decision.
  if (typeof after.explanationDueOn === 'string') add('explanationDueOn', t('taskEvent.change.explanationDueOn'), (date) => formatDate(String(date)));
  if (after.explanationDecision === 'accepted' || after.explanationDecision === 'not_accepted')
    add('explanationDecision', t('taskEvent.change.explanationDecision'), (decision) => t(`explanations.status.${decision as 'accepted'}`));
  return changes;
}
