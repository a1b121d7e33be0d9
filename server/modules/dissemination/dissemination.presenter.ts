import type { Assignment, AssignmentListItem, CampaignStatus, DocumentRef, QuizInput } from '../../../contracts/dissemination.js';
import { flagsOf, requirementsOf } from './dissemination.assignments.js';
import type { AssignmentRow, CampaignRow } from './dissemination.repository.js';
import { stageOf } from './dissemination.rules.js';

export interface AssignmentListRow {
  id: string;
  assignedAt: Date;
  openedAt: Date | null;
  acknowledgedAt: Date | null;
  committedAt: Date | null;
  quizPassedAt: Date | null;
  wasAskedAgain: boolean;
  campaignId: string;
  title: string;
  description: string;
  status: CampaignStatus;
  requiresCommitment: boolean;
  hasQuiz: boolean;
  dueDate: string | null;
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

/** Overdue acknowledgement is a signal: past the deadline and still not acknowledged. */
export const isOverdue = (dueDate: string | null, acknowledgedAt: unknown, today: string) => dueDate !== null && dueDate < today && !acknowledgedAt;

export function presentAssignmentListItem(row: AssignmentListRow, today: string): AssignmentListItem {
  return {
    id: row.id,
    campaign: { id: row.campaignId, title: row.title, description: row.description, status: row.status, requiresCommitment: row.requiresCommitment },
    dueDate: row.dueDate,
    stage: stageOf(row, { requiresCommitment: row.requiresCommitment, hasQuiz: row.hasQuiz }),
    isOverdue: isOverdue(row.dueDate, row.acknowledgedAt, today),
    wasAskedAgain: row.wasAskedAgain,
  };
}

/** One's own assignment: what to read, what is done, and which actions remain (the quiz without its answers). */
export function presentAssignment(row: AssignmentRow, campaign: CampaignRow, documents: DocumentRef[], today: string): Assignment {
  const requirements = requirementsOf(campaign);
  const flags = flagsOf(row);
  const quiz = campaign.quiz as QuizInput | null;
  const isLive = campaign.status === 'launched';
  return {
    id: row.id,
    campaign: {
      id: campaign.id,
      title: campaign.title,
      description: campaign.description,
      status: campaign.status,
      requiresCommitment: campaign.requiresCommitment,
    },
    documents,
    dueDate: campaign.dueDate,
    stage: stageOf(flags, requirements),
    isOverdue: isOverdue(campaign.dueDate, row.acknowledgedAt, today),
    openedAt: iso(row.openedAt),
    acknowledgedAt: iso(row.acknowledgedAt),
    committedAt: iso(row.committedAt),
    quiz: quiz
      ? {
          questions: quiz.questions.map((question) => ({ text: question.text, options: question.options })),
          passPercent: quiz.passPercent,
          bestScore: row.quizBestScore,
          attempts: row.quizAttempts,
          hasPassed: row.quizPassedAt !== null,
        }
      : null,
    wasAskedAgain: row.wasAskedAgain,
    abilities: [
      ...(isLive && !flags.acknowledgedAt ? (['acknowledge'] as const) : []),
      ...(isLive && requirements.requiresCommitment && flags.acknowledgedAt && !flags.committedAt ? (['commit'] as const) : []),
      ...(isLive && quiz && !flags.quizPassedAt ? (['answerQuiz'] as const) : []),
    ],
  };
}
