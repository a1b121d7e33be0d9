import type { AssignmentStage, AudienceInput, CoverageCounts, QuizInput } from '../../../contracts/dissemination.js';
import type { LocalizedText } from '../../platform/errors.js';

/** What a campaign asks of each person beyond reading and acknowledging. */
export interface Requirements {
  requiresCommitment: boolean;
  hasQuiz: boolean;
}

/** A person's progress in the current round of a campaign. */
export interface AssignmentFlags {
  openedAt: Date | null;
  acknowledgedAt: Date | null;
  committedAt: Date | null;
  quizPassedAt: Date | null;
}

export const noFlags: AssignmentFlags = { openedAt: null, acknowledgedAt: null, committedAt: null, quizPassedAt: null };

/** Done when acknowledged, committed if the campaign asks it, and the check passed if it has one. */
export function isDone(flags: AssignmentFlags, requirements: Requirements): boolean {
  return (
    flags.acknowledgedAt !== null && (!requirements.requiresCommitment || flags.committedAt !== null) && (!requirements.hasQuiz || flags.quizPassedAt !== null)
  );
}

export function stageOf(flags: AssignmentFlags, requirements: Requirements): AssignmentStage {
  if (isDone(flags, requirements)) return 'done';
  if (flags.acknowledgedAt) return 'acknowledged';
  if (flags.openedAt) return 'read';
  return 'pending';
}

/** The counter contribution of one assignment; a write adds (after − before). */
export function countsOf(flags: AssignmentFlags | null, requirements: Requirements): CoverageCounts {
  if (!flags) return { assigned: 0, read: 0, acknowledged: 0, committed: 0, passed: 0, done: 0 };
  const bit = (value: unknown) => (value ? 1 : 0);
  return {
    assigned: 1,
    read: bit(flags.openedAt),
    acknowledged: bit(flags.acknowledgedAt),
    committed: bit(flags.committedAt),
    passed: bit(flags.quizPassedAt),
    done: bit(isDone(flags, requirements)),
  };
}

export function countsDelta(before: AssignmentFlags | null, after: AssignmentFlags | null, requirements: Requirements): CoverageCounts {
  const [b, a] = [countsOf(before, requirements), countsOf(after, requirements)];
  return {
    assigned: a.assigned - b.assigned,
    read: a.read - b.read,
    acknowledged: a.acknowledged - b.acknowledged,
    committed: a.committed - b.committed,
    passed: a.passed - b.passed,
    done: a.done - b.done,
  };
}

// ── Commands a person sends on their own assignment ──

export type PersonAction =
  { name: 'open' } | { name: 'acknowledge' } | { name: 'commit'; typedName: string; fullName: string } | { name: 'answerQuiz'; passed: boolean };

export type Refusal = { ok: false; code: string; message: LocalizedText };
export type Decision = { ok: true; next: AssignmentFlags; changed: boolean } | Refusal;

const refuse = (code: string, vi: string, en: string): Refusal => ({ ok: false, code, message: { vi, en } });

/** Letters as typed: NFC, single spaces, case ignored; diacritics must match ("Lan" is not "Lân"). */
export function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

export function commitmentNameMatches(typedName: string, fullName: string): boolean {
  return normaliseName(typedName) === normaliseName(fullName) && normaliseName(fullName).length > 0;
}

/** The pure state machine of one person's assignment. */
export function decidePersonAction(flags: AssignmentFlags, requirements: Requirements, action: PersonAction, now: Date): Decision {
  switch (action.name) {
    case 'open':
      return flags.openedAt ? { ok: true, next: flags, changed: false } : { ok: true, next: { ...flags, openedAt: now }, changed: true };
    case 'acknowledge':
      if (!flags.openedAt) return refuse('not_opened', 'Hãy mở và đọc văn bản trước khi xác nhận', 'Open and read the documents before acknowledging');
      if (flags.acknowledgedAt) return refuse('already_acknowledged', 'Bạn đã xác nhận đợt này', 'You have already acknowledged this');
      return { ok: true, next: { ...flags, acknowledgedAt: now }, changed: true };
    case 'commit':
      if (!requirements.requiresCommitment) return refuse('no_commitment', 'Đợt này không yêu cầu cam kết', 'This campaign asks for no commitment');
      if (!flags.acknowledgedAt) return refuse('not_acknowledged', 'Hãy xác nhận đã đọc trước khi ký cam kết', 'Acknowledge before committing');
      if (flags.committedAt) return refuse('already_committed', 'Bạn đã ký cam kết', 'You have already committed');
      if (!commitmentNameMatches(action.typedName, action.fullName)) {
        return refuse('name_mismatch', 'Họ và tên gõ vào không khớp với họ tên của bạn', 'The typed name does not match your name');
      }
      return { ok: true, next: { ...flags, committedAt: now }, changed: true };
    case 'answerQuiz':
      if (!requirements.hasQuiz) return refuse('no_quiz', 'Đợt này không có câu hỏi kiểm tra', 'This campaign has no comprehension check');
      if (!flags.openedAt) return refuse('not_opened', 'Hãy đọc văn bản trước khi làm bài', 'Read the documents before answering');
      if (flags.quizPassedAt || !action.passed) return { ok: true, next: flags, changed: false };
      return { ok: true, next: { ...flags, quizPassedAt: now }, changed: true };
  }
}

/**
 * A new version of a document starts a new round: everyone reads and acknowledges again (a
 * commitment names the version it was given for, so it is asked again too). A passed check stays.
 */
export function askAgain(flags: AssignmentFlags): AssignmentFlags {
  return { ...flags, openedAt: null, acknowledgedAt: null, committedAt: null };
}

// ── Comprehension check ──

export interface QuizScore {
  correct: number;
  total: number;
  score: number;
  passed: boolean;
}

/** Percent correct, rounded down (so 2 of 3 is 66 and does not reach a 67 pass mark); unanswered counts wrong. */
export function scoreQuiz(quiz: QuizInput, answers: readonly number[]): QuizScore {
  const total = quiz.questions.length;
  const correct = quiz.questions.filter((question, index) => answers[index] === question.correctIndex).length;
  const score = Math.floor((correct * 100) / total);
  return { correct, total, score, passed: score >= quiz.passPercent };
}

// ── Audience ──

export interface AudienceCandidate {
  id: string;
  unitPath: string;
  category: string;
  isPartyMember: boolean;
  isActive: boolean;
}

/**
 * Whether a person belongs to an audience. `unitPaths` are the paths of the audience's units
 * (a unit covers its subtree). Category and Party filters narrow the units; named people are
 * always in. Only active people are assigned.
 */
export function isInAudience(audience: AudienceInput, unitPaths: readonly string[], person: AudienceCandidate): boolean {
  if (!person.isActive) return false;
  if (audience.personIds.includes(person.id)) return true;
  const inUnits = audience.wholeAgency || unitPaths.some((path) => person.unitPath.startsWith(path));
  if (!inUnits) return false;
  if (audience.categories.length > 0 && !audience.categories.includes(person.category as never)) return false;
  return !audience.partyMembersOnly || person.isPartyMember;
}

/** An audience lies within a manager's subtrees when it names only units and people inside them. */
export function isAudienceWithin(
  audience: AudienceInput,
  unitPaths: readonly string[],
  personPaths: readonly string[],
  managedPaths: readonly string[],
): boolean {
  if (audience.wholeAgency) return false;
  const inside = (path: string) => managedPaths.some((prefix) => path.startsWith(prefix));
  return unitPaths.every(inside) && personPaths.every(inside);
}

// ── Attendance ──

/** People may check themselves in from half an hour before the start until the end. */
export const CHECK_IN_OPENS_MINUTES = 30;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Six characters without look-alikes (0/O, 1/I): about a billion codes. */
export function newCheckInCode(randomBytes: (size: number) => Uint8Array): string {
  return [...randomBytes(6)].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
}

export function isCheckInOpen(window: { startsAt: Date; endsAt: Date }, now: Date): boolean {
  return now.getTime() >= window.startsAt.getTime() - CHECK_IN_OPENS_MINUTES * 60_000 && now.getTime() <= window.endsAt.getTime();
}

export type CheckInDecision = { ok: true } | Refusal;

export function decideSelfCheckIn(meeting: { startsAt: Date; endsAt: Date; code: string; isClosed: boolean }, typedCode: string, now: Date): CheckInDecision {
  if (meeting.isClosed) return refuse('meeting_closed', 'Hội nghị đã kết thúc điểm danh', 'Attendance for this meeting is closed');
  if (!isCheckInOpen(meeting, now))
    return refuse('outside_window', 'Chỉ điểm danh được trong thời gian hội nghị', 'Check-in is possible only during the meeting');
  if (typedCode.trim().toUpperCase() !== meeting.code) return refuse('wrong_code', 'Mã điểm danh không đúng', 'Wrong check-in code');
  return { ok: true };
}

/** At closing, whoever was neither present nor excused is absent without a reason: a signal. */
export function statusAtClose(status: string): 'present' | 'absent_excused' | 'absent_unexcused' {
  return status === 'present' || status === 'absent_excused' ? status : 'absent_unexcused';
}

/** Absentees of a dissemination meeting receive its campaign, with or without a reason. */
export const absenceStatuses = ['absent_excused', 'absent_unexcused'] as const;
