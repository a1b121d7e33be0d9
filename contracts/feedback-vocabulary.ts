import type { z } from 'zod';
import type { localizedText } from './common.js';

// Vocabulary of the public channel, shared by the server rules, the API and the web client (no zod at run time).

type Label = z.infer<typeof localizedText>;

/**
 * What citizens report about an official or a unit (the conduct Directive 24-CT/TU names; Hanoi's
 * hotline 0768.221.221 lists harassment, delays, extra papers and pushing responsibility away).
 * `answerNeedsEvidence`: the answer must carry a document or photo, because it states verified facts.
 */
export const feedbackCategories = ['harassment', 'delay', 'avoiding_responsibility', 'attitude', 'corruption_signs', 'other'] as const;
export type FeedbackCategory = (typeof feedbackCategories)[number];
export const feedbackCategoryInfo: Record<FeedbackCategory, { label: Label; answerNeedsEvidence: boolean }> = {
  harassment: { label: { vi: 'Gây phiền hà, sách nhiễu', en: 'Harassment, causing trouble' }, answerNeedsEvidence: true },
  delay: { label: { vi: 'Chậm trễ, trễ hẹn giải quyết công việc', en: 'Delay, missed appointment' }, answerNeedsEvidence: false },
  avoiding_responsibility: { label: { vi: 'Né tránh, đùn đẩy trách nhiệm', en: 'Avoiding or pushing away responsibility' }, answerNeedsEvidence: false },
  attitude: { label: { vi: 'Thái độ, tác phong, giao tiếp chưa đúng mực', en: 'Attitude, manner, communication' }, answerNeedsEvidence: false },
  corruption_signs: { label: { vi: 'Dấu hiệu tiêu cực, vụ lợi', en: 'Signs of corruption or self-interest' }, answerNeedsEvidence: true },
  other: { label: { vi: 'Nội dung khác', en: 'Other' }, answerNeedsEvidence: false },
};

/** Decision 1207/QĐ-UBND (2025): normal, urgent (handled within 4 working hours), complex. */
export const feedbackLevels = ['normal', 'urgent', 'complex'] as const;
export type FeedbackLevel = (typeof feedbackLevels)[number];

export const feedbackStatuses = ['received', 'accepted', 'case_opened', 'answered', 'rejected'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];
export const openFeedbackStatuses = ['received', 'accepted', 'case_opened'] as const satisfies readonly FeedbackStatus[];

export const feedbackCommandNames = ['accept', 'reject', 'classify', 'route', 'answer', 'openCase', 'message', 'attach', 'readIdentity'] as const;
export type FeedbackCommandName = (typeof feedbackCommandNames)[number];

export const feedbackEventKinds = [
  'received',
  'accepted',
  'rejected',
  'classified',
  'routed',
  'answered',
  'case_opened',
  'reporter_message',
  'staff_message',
  'reporter_attachment',
  'staff_attachment',
  'rated',
] as const;
export type FeedbackEventKind = (typeof feedbackEventKinds)[number];

/** Working hours allowed to accept a report (Decision 1207/QĐ-UBND), and to settle an urgent one. */
export const ACCEPT_WORKING_HOURS = 8;
export const URGENT_RESOLVE_WORKING_HOURS = 4;

// ── Tracking code ──

/** 160 random bits in Crockford base32: 32 characters, shown in 8 groups of 4. */
export const TRACKING_CODE_LENGTH = 32;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Uppercases, drops separators and maps look-alike letters, so a code typed back by hand still matches. */
export function normalizeTrackingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function isTrackingCode(normalized: string): boolean {
  return normalized.length === TRACKING_CODE_LENGTH && [...normalized].every((c) => CROCKFORD.includes(c));
}

export function groupTrackingCode(normalized: string): string {
  return normalized.match(/.{1,4}/g)?.join('-') ?? normalized;
}

export const trackingCodeAlphabet = CROCKFORD;
