import type { Scorecard } from '../../../contracts/evaluation.js';
import type { Actor } from '../../platform/actor.js';
import { isDeciderOf, isReviewerOf } from './evaluation.policy.js';
import type { ScorecardRow } from './evaluation.repository.js';
import { schemeByCode } from './evaluation.schemes.js';

/** A scorecard row with the names and period it shows (read together in evaluation.queries.ts). */
export interface ScorecardView extends ScorecardRow {
  personName: string;
  personPosition: string;
  unitName: string;
  reviewerName: string | null;
  deciderName: string | null;
  periodKind: 'month' | 'quarter' | 'year';
  periodStartsOn: string;
  periodEndsOn: string;
  periodState: 'open' | 'closed';
}

const ACTIVE_STEPS = ['self_assessment', 'review', 'decision', 'appeal'];

/** A step past its working-day deadline shows as a signal. */
export const signalsOf = (row: Pick<ScorecardRow, 'state' | 'stepDueOn'>, today: string) =>
  row.stepDueOn && ACTIVE_STEPS.includes(row.state) && row.stepDueOn < today ? [{ kind: 'step_late' as const, since: row.stepDueOn }] : [];

function abilitiesOf(actor: Actor, row: ScorecardView, today: string): Scorecard['abilities'] {
  if (row.periodState === 'closed') return [];
  const abilities: Scorecard['abilities'] = [];
  if (row.personId === actor.personId && row.state === 'self_assessment') abilities.push('self_assess');
  if (row.state === 'review' && isReviewerOf(actor, row)) abilities.push('review');
  if (row.state === 'decision' && !row.decidedAt && isDeciderOf(actor, row)) abilities.push('decide');
  if (row.state === 'published' && row.personId === actor.personId && (!row.appealDueOn || today <= row.appealDueOn)) abilities.push('appeal');
  if (row.state === 'appeal' && isDeciderOf(actor, row)) abilities.push('answer');
  return abilities;
}

export function presentScorecard(actor: Actor, row: ScorecardView, today: string): Scorecard {
  const scheme = schemeByCode(row.schemeCode);
  const facts = row.facts as Partial<Scorecard['facts']>;
  return {
    id: row.id,
    periodId: row.periodId,
    period: { kind: row.periodKind, startsOn: row.periodStartsOn, endsOn: row.periodEndsOn },
    person: { id: row.personId, name: row.personName, position: row.personPosition },
    unit: { id: row.unitId, name: row.unitName },
    scheme: { code: scheme.code, name: scheme.name, source: scheme.source, levelNames: scheme.levelNames, parts: scheme.parts },
    reviewer: row.reviewerId ? { id: row.reviewerId, name: row.reviewerName ?? '' } : null,
    decider: row.deciderId ? { id: row.deciderId, name: row.deciderName ?? '' } : null,
    isUnitHead: row.isUnitHead,
    state: row.state,
    stepDueOn: row.stepDueOn,
    signals: signalsOf(row, today),
    selfGeneral: row.selfGeneral,
    selfBonus: row.selfBonus,
    selfComment: row.selfComment,
    reviewComment: row.reviewComment,
    overrides: row.overrides as Scorecard['overrides'],
    facts: {
      missingAcknowledgements: facts.missingAcknowledgements ?? 0,
      unexcusedAbsences: facts.unexcusedAbsences ?? 0,
      transfersAway: facts.transfersAway ?? 0,
    },
    lines: row.lines as Scorecard['lines'],
    score: row.score,
    computedLevel: row.computedLevel,
    level: row.level,
    levelReasons: row.levelReasons as Scorecard['levelReasons'],
    placement: (row.placement as Scorecard['placement']) ?? null,
    isRated: row.isRated,
    monthsWorked: row.monthsWorked,
    monthsAbsent: row.monthsAbsent,
    publishedOn: row.publishedOn,
    appealDueOn: row.appealDueOn,
    appealReason: row.appealReason,
    appealAnswer: row.appealAnswer,
    abilities: abilitiesOf(actor, row, today),
  };
}
