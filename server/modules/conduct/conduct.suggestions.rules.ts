import type { CatalogKind, SuggestionSignalKind } from '../../../contracts/conduct-vocabulary.js';
import { formatVietnameseDate } from '../../platform/calendar/dates.js';

/** How far a fact must go before it is worth an inspector's look. */
export const SUGGESTION_THRESHOLDS = {
  /** An open task this many working days past its due date. */
  overdueWorkingDays: 10,
  /** Tasks handed away (accepted transfers) by one person; each further multiple suggests again. */
  transfersAway: 3,
  /** Extensions granted on one person's tasks; each further multiple suggests again. */
  extensions: 3,
  /** A difficulty (with its proposal) left without a decision this many working days. */
  undecidedWorkingDays: 5,
};

/**
 * Default mapping signal → catalog item, each justified by the item's own words
 * (reference/manifestations.json). Administrators change it per agency.
 */
export const DEFAULT_SIGNAL_MAPPINGS: Record<SuggestionSignalKind, { catalog: CatalogKind; code: string; why: string }> = {
  long_overdue_task: { catalog: 'related', code: 'R.TRE_HAN', why: '"Giải quyết công việc chậm trễ, để quá hạn…": the task is long past its due date.' },
  repeated_transfers: {
    catalog: 'related',
    code: 'R.DUN_DAY',
    why: '"Né tránh, đùn đẩy trách nhiệm, thoái thác công việc": tasks handed away again and again.',
  },
  repeated_extensions: { catalog: 'related', code: 'R.TRE_HAN', why: '"Giải quyết công việc chậm trễ…": deadlines pushed back repeatedly are slow handling.' },
  undecided_difficulty: {
    catalog: 'related',
    code: 'R.SO_SAI',
    why: '"…chậm hoặc không có ý kiến khi được xin ý kiến": a raised difficulty with a proposal left undecided.',
  },
  unacknowledged_campaign: {
    catalog: 'related',
    code: 'R.TRE_HAN',
    why: '"…bỏ sót nhiệm vụ được giao": acknowledging a dissemination by its deadline is an assigned duty.',
  },
  meeting_absence: { catalog: 'related', code: 'R.VAN_HOA_HOP', why: '"Không chấp hành văn hóa hội họp; vắng họp không lý do".' },
  transfer_ring: {
    catalog: 'related',
    code: 'R.DUN_DAY',
    why: '"Né tránh, đùn đẩy trách nhiệm…": one task passed around a ring of people, none of whom kept it.',
  },
};

export interface SuggestionEvidence {
  taskIds: string[];
  events: { taskId: string; kind: string; occurredAt: string }[];
  dates: string[];
  counts: Record<string, number>;
  /** transfer_ring: everyone the task passed through, in order of hand-over. */
  people?: { id: string; fullName: string }[];
}

/** What a signal source reports; the dedupe key names the facts, so the same facts suggest once. */
export interface SuggestionDraft {
  signalKind: SuggestionSignalKind;
  subjectPersonId: string;
  subjectUnitPath: string;
  dedupeKey: string;
  summary: string;
  evidence: SuggestionEvidence;
}

export interface OverdueTaskFact {
  taskId: string;
  title: string;
  ownerId: string;
  unitPath: string;
  dueDate: string;
  workingDaysOverdue: number;
}
export function overdueTaskSuggestion(fact: OverdueTaskFact): SuggestionDraft | null {
  if (fact.workingDaysOverdue < SUGGESTION_THRESHOLDS.overdueWorkingDays) return null;
  return {
    signalKind: 'long_overdue_task',
    subjectPersonId: fact.ownerId,
    subjectUnitPath: fact.unitPath,
    // The same task with the same due date is one fact; a new due date that also lapses is another.
    dedupeKey: `long_overdue_task:${fact.taskId}:${fact.dueDate}`,
    summary: `Nhiệm vụ "${fact.title}" quá hạn ${fact.workingDaysOverdue} ngày làm việc (hạn ${formatVietnameseDate(fact.dueDate)})`,
    evidence: { taskIds: [fact.taskId], events: [], dates: [fact.dueDate], counts: { workingDaysOverdue: fact.workingDaysOverdue } },
  };
}

export interface RepeatFact {
  personId: string;
  unitPath: string;
  count: number;
  events: { taskId: string; kind: string; occurredAt: string }[];
}
/** Suggests at each multiple of the threshold: 3 transfers once, 6 again, never 3 twice. */
export function repeatSuggestion(kind: 'repeated_transfers' | 'repeated_extensions', fact: RepeatFact): SuggestionDraft | null {
  const threshold = kind === 'repeated_transfers' ? SUGGESTION_THRESHOLDS.transfersAway : SUGGESTION_THRESHOLDS.extensions;
  const step = Math.floor(fact.count / threshold);
  if (step < 1) return null;
  const what = kind === 'repeated_transfers' ? 'chuyển nhiệm vụ cho người khác' : 'được gia hạn nhiệm vụ';
  return {
    signalKind: kind,
    subjectPersonId: fact.personId,
    subjectUnitPath: fact.unitPath,
    dedupeKey: `${kind}:${fact.personId}:${step * threshold}`,
    summary: `${fact.count} lần ${what}`,
    evidence: {
      taskIds: [...new Set(fact.events.map((event) => event.taskId))],
      events: fact.events,
      dates: [...new Set(fact.events.map((event) => event.occurredAt.slice(0, 10)))],
      counts: { [kind === 'repeated_transfers' ? 'transfersAway' : 'extensions']: fact.count },
    },
  };
}

export interface UndecidedDifficultyFact {
  taskId: string;
  title: string;
  deciderId: string;
  deciderUnitPath: string;
  openedAt: string;
  workingDaysWaiting: number;
}
export function undecidedDifficultySuggestion(fact: UndecidedDifficultyFact): SuggestionDraft | null {
  if (fact.workingDaysWaiting < SUGGESTION_THRESHOLDS.undecidedWorkingDays) return null;
  return {
    signalKind: 'undecided_difficulty',
    subjectPersonId: fact.deciderId,
    subjectUnitPath: fact.deciderUnitPath,
    dedupeKey: `undecided_difficulty:${fact.taskId}:${fact.openedAt}:${fact.deciderId}`,
    summary: `Khó khăn, đề xuất ở nhiệm vụ "${fact.title}" chưa được cho ý kiến sau ${fact.workingDaysWaiting} ngày làm việc`,
    evidence: {
      taskIds: [fact.taskId],
      events: [{ taskId: fact.taskId, kind: 'task.difficulty_raised', occurredAt: fact.openedAt }],
      dates: [fact.openedAt.slice(0, 10)],
      counts: { workingDaysWaiting: fact.workingDaysWaiting },
    },
  };
}

export interface TransferRingFact {
  taskId: string;
  title: string;
  unitPath: string;
  /** The task's accepted transfers in order, with the names of those who handed it on and took it. */
  transfers: { fromId: string; fromName: string; toId: string; toName: string; occurredAt: string }[];
}
/**
 * One task handed on as often as the per-person threshold, however the hand-overs spread over people
 * (A→B→C→A: each hands it away once, no one reaches the threshold). Suggested once per task, naming
 * everyone in the ring; the subject is the first who handed it away, the others stand in the evidence.
 */
export function transferRingSuggestion(fact: TransferRingFact): SuggestionDraft | null {
  if (fact.transfers.length < SUGGESTION_THRESHOLDS.transfersAway) return null;
  const chain = [{ id: fact.transfers[0].fromId, fullName: fact.transfers[0].fromName }, ...fact.transfers.map((t) => ({ id: t.toId, fullName: t.toName }))];
  const people = [...new Map(chain.map((person) => [person.id, person])).values()];
  return {
    signalKind: 'transfer_ring',
    subjectPersonId: fact.transfers[0].fromId,
    subjectUnitPath: fact.unitPath,
    dedupeKey: `transfer_ring:${fact.taskId}`,
    summary: `Nhiệm vụ "${fact.title}" bị chuyển ${fact.transfers.length} lần giữa ${people.length} người: ${chain.map((p) => p.fullName).join(' → ')}`,
    evidence: {
      taskIds: [fact.taskId],
      events: fact.transfers.map((t) => ({ taskId: fact.taskId, kind: 'task.transferred', occurredAt: t.occurredAt })),
      dates: [...new Set(fact.transfers.map((t) => t.occurredAt.slice(0, 10)))],
      counts: { transfers: fact.transfers.length, people: people.length },
      people,
    },
  };
}
