import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { evaluationPeriods, evaluationScorecards } from '../../db/schema/index.js';

/** A person's evaluation scorecards with their periods, for a personal-data export. */
export function personScorecardsExport(db: Db, agencyId: string, personId: string) {
  return db
    .select({
      periodKind: evaluationPeriods.kind,
      startsOn: evaluationPeriods.startsOn,
      endsOn: evaluationPeriods.endsOn,
      state: evaluationScorecards.state,
      selfGeneral: evaluationScorecards.selfGeneral,
      selfComment: evaluationScorecards.selfComment,
      reviewComment: evaluationScorecards.reviewComment,
      score: evaluationScorecards.score,
      level: evaluationScorecards.level,
      decidedAt: evaluationScorecards.decidedAt,
      publishedOn: evaluationScorecards.publishedOn,
      appealReason: evaluationScorecards.appealReason,
      appealAnswer: evaluationScorecards.appealAnswer,
    })
    .from(evaluationScorecards)
    .innerJoin(evaluationPeriods, eq(evaluationPeriods.id, evaluationScorecards.periodId))
    .where(and(eq(evaluationScorecards.agencyId, agencyId), eq(evaluationScorecards.personId, personId)))
    .orderBy(asc(evaluationPeriods.startsOn), asc(evaluationScorecards.id))
    .limit(500);
}
