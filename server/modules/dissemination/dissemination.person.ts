import type { QuizInput } from '../../../contracts/dissemination.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { invalidState, notFound, validationError } from '../../platform/errors.js';
import { findPeople } from '../org/index.js';
import { eventRow, flagsOf, pinnedDocuments, requirementsOf } from './dissemination.assignments.js';
import { auditContext, type DisseminationDeps } from './dissemination.deps.js';
import * as repository from './dissemination.repository.js';
import { countsDelta, decidePersonAction, isDone, scoreQuiz, type PersonAction, type QuizScore } from './dissemination.rules.js';

export const assignmentNotFound = () => notFound({ vi: 'Không tìm thấy việc quán triệt', en: 'Assignment not found' });

type OwnAction = { name: 'open' } | { name: 'acknowledge' } | { name: 'commit'; typedName: string } | { name: 'answerQuiz'; answers: number[] };

/**
 * One action of a person on their own assignment, in one transaction: the rules, the row, the
 * unit counter, the acknowledgement event (with the document versions), the audit row.
 */
export async function actOnAssignment(deps: DisseminationDeps, actor: Actor, id: string, action: OwnAction): Promise<QuizScore | null> {
  const [me] = actor.personId ? await findPeople(deps.db, actor.agencyId, [actor.personId]) : [];
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const assignment = await repository.lockAssignment(tx, actor.agencyId, id);
    if (!assignment || !me || assignment.personId !== me.id) throw assignmentNotFound();
    const campaign = await repository.findCampaign(tx, actor.agencyId, assignment.campaignId);
    if (!campaign) throw assignmentNotFound();
    if (campaign.status !== 'launched') throw invalidState('campaign_closed', { vi: 'Đợt quán triệt đã kết thúc', en: 'The campaign has ended' });
    const requirements = requirementsOf(campaign);
    let score: QuizScore | null = null;
    let rulesAction: PersonAction;
    if (action.name === 'answerQuiz') {
      const quiz = campaign.quiz as QuizInput | null;
      if (quiz && action.answers.length !== quiz.questions.length) {
        throw validationError([
          { field: 'body.answers', message: { vi: `Cần trả lời đủ ${quiz.questions.length} câu`, en: `Answer all ${quiz.questions.length} questions` } },
        ]);
      }
      score = quiz ? scoreQuiz(quiz, action.answers) : null;
      rulesAction = { name: 'answerQuiz', passed: score?.passed ?? false };
    } else if (action.name === 'commit') {
      rulesAction = { name: 'commit', typedName: action.typedName, fullName: me.fullName };
    } else {
      rulesAction = action;
    }
    const before = flagsOf(assignment);
    const decision = decidePersonAction(before, requirements, rulesAction, now);
    if (!decision.ok) {
      if (decision.code === 'name_mismatch') throw validationError([{ field: 'body.typedName', message: decision.message }], decision.message);
      throw invalidState(decision.code, decision.message);
    }
    if (!decision.changed && !score) return null;
    const after = decision.next;
    const quizColumns = score ? { quizAttempts: assignment.quizAttempts + 1, quizBestScore: Math.max(assignment.quizBestScore ?? 0, score.score) } : {};
    await repository.updateAssignment(tx, id, {
      ...after,
      ...quizColumns,
      isDone: isDone(after, requirements),
      ...(action.name === 'commit' ? { commitmentName: action.typedName.trim() } : {}),
    });
    await repository.addCounters(tx, actor.agencyId, campaign.id, [
      { unitId: assignment.unitId, unitPath: assignment.unitPath, counts: countsDelta(before, after, requirements) },
    ]);
    const documents = pinnedDocuments(await repository.campaignDocuments(tx, [campaign.id]));
    const kind = action.name === 'open' ? 'opened' : action.name === 'acknowledge' ? 'acknowledged' : action.name === 'commit' ? 'committed' : 'quiz_attempted';
    const detail = action.name === 'commit' ? { typedName: action.typedName.trim() } : score ? { score: score.score, passed: score.passed } : {};
    await repository.insertEvents(tx, [eventRow(assignment, kind, campaign.round, documents, now, detail)]);
    await recordAction(
      tx,
      auditContext(actor, now),
      `assignment.${kind}`,
      { type: 'dissemination_assignment', id },
      { campaignId: campaign.id, round: campaign.round, documents, ...detail },
    );
    return score;
  });
}
