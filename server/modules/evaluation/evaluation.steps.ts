import type { ScorecardStepKind } from '../../../contracts/evaluation-vocabulary.js';
import type { z } from 'zod';
import type { answerAppealBody, appealBody, decideBody, reviewBody, selfAssessmentBody } from '../../../contracts/evaluation.js';
import type { RatingLevel } from '../../../contracts/evaluation-vocabulary.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { formatVietnameseDate, localDateOf } from '../../platform/calendar/dates.js';
import { conflict, forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import type { Tx } from '../../db/client.js';
import { notifyPeople } from '../notifications/index.js';
import { checkCap } from './evaluation.rules.js';
import { scoreScorecards } from './evaluation.compute.js';
import { auditContext, calendarOf, type EvaluationDeps } from './evaluation.deps.js';
import { windowOf } from './evaluation.periods.js';
import { canSeeScorecard, isDeciderOf, isReviewerOf } from './evaluation.policy.js';
import * as repository from './evaluation.repository.js';
import { schemeByCode } from './evaluation.schemes.js';
import { capRefusal } from './evaluation.caps.js';
import { headLevelOf, unitRatingAtDecision } from './evaluation.unit-rating.js';

type Step = ScorecardStepKind;

/** Runs one step on a scorecard in a transaction: lock, scope (404), the step's own checks and writes, its history row and audit row. */
async function runStep(
  deps: EvaluationDeps,
  actor: Actor,
  id: string,
  kind: Step,
  body: unknown,
  apply: (tx: Tx, row: repository.ScorecardRow, now: Date) => Promise<string | null>,
) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const row = await repository.lockScorecard(tx, actor.agencyId, id);
    if (!row || !canSeeScorecard(actor, row)) throw notFound();
    const reason = await apply(tx, row, now);
    await repository.insertEvents(tx, [
      {
        agencyId: actor.agencyId,
        scorecardId: id,
        occurredAt: now,
        actorPersonId: actor.personId,
        actorName: actor.displayName,
        kind,
        reason,
        change: body ?? {},
      },
    ]);
    // Scores and levels are sensitive: the audit row names the step, not the figures.
    await recordAction(tx, auditContext(actor, now), `evaluation_scorecard.${kind}`, { type: 'evaluation_scorecard', id }, { state: row.state });
  });
}

const needState = (row: repository.ScorecardRow, ...states: repository.ScorecardRow['state'][]) => {
  if (!states.includes(row.state))
    throw invalidState('wrong_step', {
      vi: `Phiếu đang ở bước ${row.state}, không thực hiện được thao tác này`,
      en: `The scorecard is at step ${row.state}; this cannot be done now`,
    });
};

async function periodOf(tx: Tx, row: repository.ScorecardRow) {
  const period = await repository.findPeriod(tx, row.agencyId, row.periodId);
  if (!period) throw notFound();
  if (period.state === 'closed') throw invalidState('period_closed', { vi: 'Kỳ đánh giá đã kết thúc', en: 'The period is closed' });
  return period;
}

/** The person scores the general criteria (and the bonus, where the scheme has one) and comments; the scorecard goes to review. */
export function selfAssess(deps: EvaluationDeps, actor: Actor, id: string, body: z.infer<typeof selfAssessmentBody>) {
  return runStep(deps, actor, id, 'self_assessed', body, async (tx, row, now) => {
    if (row.personId !== actor.personId) throw forbidden({ vi: 'Chỉ người được đánh giá tự đánh giá', en: 'Only the person rated self-assesses' });
    needState(row, 'self_assessment');
    const scheme = schemeByCode(row.schemeCode);
    const fields = [];
    if (body.general > scheme.parts.general)
      fields.push({ field: 'body.general', message: { vi: `Tối đa ${scheme.parts.general} điểm`, en: `At most ${scheme.parts.general} points` } });
    if (body.bonus > scheme.parts.bonus)
      fields.push({ field: 'body.bonus', message: { vi: `Tối đa ${scheme.parts.bonus} điểm`, en: `At most ${scheme.parts.bonus} points` } });
    if (fields.length > 0) throw validationError(fields);
    const period = await periodOf(tx, row);
    await repository.updateScorecard(tx, id, {
      selfGeneral: body.general,
      selfBonus: body.bonus,
      selfComment: body.comment,
      state: 'review',
      stepDueOn: period.reviewDueOn,
      updatedAt: now,
    });
    await scoreScorecards(tx, windowOf(period), now, { scorecardId: id, personId: row.personId });
    if (row.reviewerId)
      await notifyPeople(tx, {
        agencyId: row.agencyId,
        personIds: [row.reviewerId],
        kind: 'evaluation_to_review',
        subject: { type: 'evaluation_scorecard', id },
        title: {
          vi: `Có phiếu tự đánh giá cần xem xét trước ngày ${formatVietnameseDate(period.reviewDueOn)}`,
          en: `A self-assessment awaits your review by ${formatVietnameseDate(period.reviewDueOn)}`,
        },
        now,
      });
    return null;
  });
}

/** The direct manager reviews: every change of a computed figure carries a written reason and is kept beside the computed value. */
export function review(deps: EvaluationDeps, actor: Actor, id: string, body: z.infer<typeof reviewBody>) {
  return runStep(deps, actor, id, 'reviewed', body, async (tx, row, now) => {
    if (!isReviewerOf(actor, row))
      throw forbidden({
        vi: 'Chỉ người trực tiếp giao việc (quản lý trực tiếp) xem xét phiếu này',
        en: 'Only the direct manager (who assigns the work) reviews this scorecard',
      });
    needState(row, 'review');
    const scheme = schemeByCode(row.schemeCode);
    const fields = body.overrides.flatMap((override, index) =>
      override.value > scheme.parts[override.figure]
        ? [
            {
              field: `body.overrides.${index}.value`,
              message: { vi: `Tối đa ${scheme.parts[override.figure]} điểm`, en: `At most ${scheme.parts[override.figure]} points` },
            },
          ]
        : [],
    );
    if (fields.length > 0) throw validationError(fields);
    const period = await periodOf(tx, row);
    const overrides = body.overrides.map((override) => ({ ...override, byName: actor.displayName, at: now.toISOString() }));
    await repository.updateScorecard(tx, id, {
      reviewComment: body.comment,
      overrides,
      monthsWorked: body.monthsWorked,
      monthsAbsent: body.monthsAbsent,
      updatedAt: now,
    });
    // Only a changed figure or time worked moves the score computed at self-assessment.
    const changesScore =
      overrides.length > 0 || (row.overrides as unknown[]).length > 0 || body.monthsWorked !== row.monthsWorked || body.monthsAbsent !== row.monthsAbsent;
    if (changesScore) await scoreScorecards(tx, windowOf(period), now, { scorecardId: id, personId: row.personId });
    await repository.updateScorecard(tx, id, { state: 'decision', stepDueOn: period.decisionDueOn, updatedAt: now });
    if (row.deciderId)
      await notifyPeople(tx, {
        agencyId: row.agencyId,
        personIds: [row.deciderId],
        kind: 'evaluation_to_decide',
        subject: { type: 'evaluation_scorecard', id },
        title: {
          vi: `Có phiếu đánh giá chờ quyết định trước ngày ${formatVietnameseDate(period.decisionDueOn)}`,
          en: `A scorecard awaits your decision by ${formatVietnameseDate(period.decisionDueOn)}`,
        },
        now,
      });
    return body.overrides.map((override) => override.reason).join('; ') || null;
  });
}

/** Whether deciding `level` for `row` keeps the unit within the scheme's cap; throws the refusal naming cap, count and people. */
async function enforceCap(tx: Tx, row: repository.ScorecardRow, level: RatingLevel | null, isOutstandingUnit: boolean) {
  const scheme = schemeByCode(row.schemeCode);
  if (level !== scheme.cap.level) return;
  const peers = await repository.capPeers(tx, row);
  // Only decisions count against the cap; an undecided peer computed at the top level counts as the level below, which it would get if lowered.
  const levelOfPeer = (peer: (typeof peers)[number]) =>
    peer.id === row.id ? level : peer.decidedAt ? peer.level : peer.computedLevel === scheme.cap.level ? 'HTTNV' : peer.computedLevel;
  const cap = checkCap(scheme, peers.map(levelOfPeer), isOutstandingUnit);
  if (cap.isExceeded)
    throw await capRefusal(
      tx,
      row,
      scheme,
      cap,
      peers.filter((peer) => levelOfPeer(peer) === scheme.cap.level).map((peer) => peer.personId),
    );
}

/** Accepting a unit head's computed level lowers it to the unit's, with the unit's level and why as the recorded reason. */
async function levelTiedToUnit(tx: Tx, period: repository.PeriodRow, row: repository.ScorecardRow, level: RatingLevel | null) {
  if (!row.isUnitHead || level === null) return null;
  const unit = await unitRatingAtDecision(tx, period, row.unitId, row.id);
  const tied = headLevelOf(level, unit.level);
  return tied === level ? null : { level: tied, reason: `Không cao hơn mức của đơn vị: ${unit.level} (${unit.explanation.vi})` };
}

/** A unit head is never rated above the unit they lead; the refusal gives the unit's level and why. */
async function enforceUnitTie(tx: Tx, period: repository.PeriodRow, row: repository.ScorecardRow, level: RatingLevel | null) {
  if (!row.isUnitHead || level === null) return;
  const unit = await unitRatingAtDecision(tx, period, row.unitId, row.id);
  if (headLevelOf(level, unit.level) === level) return;
  throw conflict(
    'above_unit_rating',
    {
      vi: `Thủ trưởng không xếp cao hơn mức của đơn vị mình phụ trách: đơn vị đạt ${unit.level} (${unit.explanation.vi})`,
      en: `A unit head is not rated above their unit: the unit is at ${unit.level} (${unit.explanation.en})`,
    },
    [{ field: 'body.level', message: { vi: `Tối đa ${unit.level}`, en: `At most ${unit.level}` } }],
  );
}

/** The unit head (for a head, the parent unit's head or a leader) decides the level; a level other than the computed one needs a reason. */
export function decide(deps: EvaluationDeps, actor: Actor, id: string, body: z.infer<typeof decideBody>) {
  return runStep(deps, actor, id, 'decided', body, async (tx, row, now) => {
    if (!isDeciderOf(actor, row))
      throw forbidden({
        vi: 'Chỉ thủ trưởng đơn vị quyết định (lãnh đạo quyết định cho thủ trưởng)',
        en: 'Only the unit head decides (leaders decide for unit heads)',
      });
    needState(row, 'decision');
    const level = row.isRated ? (body.level ?? row.computedLevel) : null;
    if (body.level && body.level !== row.computedLevel && !body.reason)
      throw validationError([
        {
          field: 'body.reason',
          message: { vi: 'Ghi rõ lý do khi quyết định khác mức tính được', en: 'Give a reason for a level other than the computed one' },
        },
      ]);
    const period = await periodOf(tx, row);
    const tied = body.level ? null : await levelTiedToUnit(tx, period, row, level);
    const decided = tied?.level ?? level;
    await enforceUnitTie(tx, period, row, decided);
    await enforceCap(tx, row, decided, period.isOutstandingUnit);
    await repository.updateScorecard(tx, id, { level: decided, decidedBy: actor.personId, decidedAt: now, stepDueOn: null, updatedAt: now });
    return body.reason ?? tied?.reason ?? null;
  });
}

/** The person appeals a published rating within the appeal window (working days from publication), with a reason. */
export async function appeal(deps: EvaluationDeps, actor: Actor, id: string, body: z.infer<typeof appealBody>) {
  // Read before the transaction: on PGlite's one connection a cold cache read inside it would wait for the transaction forever.
  const calendar = await calendarOf(deps, actor.agencyId);
  return runStep(deps, actor, id, 'appealed', body, async (tx, row, now) => {
    if (row.personId !== actor.personId) throw forbidden({ vi: 'Chỉ người được đánh giá kiến nghị', en: 'Only the person rated appeals' });
    needState(row, 'published');
    if (row.appealDueOn && localDateOf(now) > row.appealDueOn)
      throw conflict('appeal_window_closed', {
        vi: `Đã hết hạn kiến nghị (ngày ${formatVietnameseDate(row.appealDueOn)})`,
        en: `The appeal window closed on ${formatVietnameseDate(row.appealDueOn)}`,
      });
    const stepDueOn = calendar.addWorkingDays(localDateOf(now), 5);
    await repository.updateScorecard(tx, id, { state: 'appeal', appealReason: body.reason, stepDueOn, updatedAt: now });
    if (row.deciderId)
      await notifyPeople(tx, {
        agencyId: row.agencyId,
        personIds: [row.deciderId],
        kind: 'evaluation_appealed',
        subject: { type: 'evaluation_scorecard', id },
        title: {
          vi: `Có kiến nghị về kết quả đánh giá, trả lời trước ngày ${formatVietnameseDate(stepDueOn)}`,
          en: `A rating was appealed; answer by ${formatVietnameseDate(stepDueOn)}`,
        },
        now,
      });
    return body.reason;
  });
}

/** The deciding level answers the appeal, keeping or changing the level (a change needs a reason and respects the cap); the scorecard closes. */
export function answerAppeal(deps: EvaluationDeps, actor: Actor, id: string, body: z.infer<typeof answerAppealBody>) {
  return runStep(deps, actor, id, 'answered', body, async (tx, row, now) => {
    if (!isDeciderOf(actor, row)) throw forbidden({ vi: 'Chỉ cấp đã quyết định trả lời kiến nghị', en: 'Only the deciding level answers an appeal' });
    needState(row, 'appeal');
    const level = body.level ?? row.level;
    if (level !== row.level && !body.reason)
      throw validationError([{ field: 'body.reason', message: { vi: 'Ghi rõ lý do khi thay đổi mức xếp loại', en: 'Give a reason for changing the level' } }]);
    const period = await periodOf(tx, row);
    if (level !== row.level) {
      await enforceUnitTie(tx, period, row, level);
      await enforceCap(tx, row, level, period.isOutstandingUnit);
    }
    await repository.updateScorecard(tx, id, { state: 'closed', level, appealAnswer: body.answer, stepDueOn: null, updatedAt: now });
    await notifyPeople(tx, {
      agencyId: row.agencyId,
      personIds: [row.personId],
      kind: 'evaluation_appeal_answered',
      subject: { type: 'evaluation_scorecard', id },
      title: { vi: 'Kiến nghị về kết quả đánh giá đã được trả lời', en: 'Your appeal was answered' },
      now,
    });
    return body.reason ?? null;
  });
}
