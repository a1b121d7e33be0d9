import { z } from 'zod';
import { confirmNonWorkingDay, isoDate, isoDateTime, optionalText, pageOf, pageQuery, text } from './common.js';
import { personCategorySchema } from './org.js';

// ── Vocabulary ──

export const campaignStatuses = ['draft', 'launched', 'closed'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

/** What a person has done in the current round (a new document version starts a new round). */
export const assignmentStages = ['pending', 'read', 'acknowledged', 'done'] as const;
export type AssignmentStage = (typeof assignmentStages)[number];

export const acknowledgementEventKinds = ['assigned', 'opened', 'acknowledged', 'committed', 'quiz_attempted', 'asked_again'] as const;
export type AcknowledgementEventKind = (typeof acknowledgementEventKinds)[number];

export const attendanceStatuses = ['invited', 'present', 'absent_excused', 'absent_unexcused'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

// ── Shared pieces ──

const personRef = z.object({ id: z.uuid(), fullName: z.string() });
const unitRef = z.object({ id: z.uuid(), name: z.string() });

/** A document as disseminated: which version people read and acknowledge. */
export const documentRefSchema = z.object({
  documentId: z.uuid(),
  versionId: z.uuid(),
  number: z.string().nullable(),
  title: z.string(),
  versionNumber: z.number().int(),
  /** True when the register holds a newer version than the one disseminated. */
  hasNewerVersion: z.boolean(),
});
export type DocumentRef = z.infer<typeof documentRefSchema>;

/** A document of the register; the version disseminated is its current one (named to guard against a stale form). */
export const documentInput = z.object({
  documentId: z.uuid().describe('Văn bản'),
  versionId: z.uuid().optional().describe('Phiên bản được quán triệt (mặc định: phiên bản hiện hành)'),
});

/**
 * Who must read: the whole agency or the subtrees of the listed units, narrowed by person
 * category and Party membership; named people are always added.
 */
export const audienceInput = z
  .object({
    wholeAgency: z.boolean().default(false).describe('Toàn cơ quan'),
    unitIds: z.array(z.uuid()).max(200).default([]).describe('Đơn vị (gồm cả đơn vị cấp dưới)'),
    categories: z.array(personCategorySchema).max(3).default([]).describe('Chỉ các đối tượng: cán bộ, công chức, người lao động (trống = tất cả)'),
    partyMembersOnly: z.boolean().default(false).describe('Chỉ đảng viên'),
    personIds: z.array(z.uuid()).max(500).default([]).describe('Cá nhân được chỉ định'),
  })
  .refine((a) => a.wholeAgency || a.unitIds.length > 0 || a.personIds.length > 0, {
    path: ['unitIds'],
    message: 'Chọn toàn cơ quan, ít nhất một đơn vị hoặc một người / choose the whole agency, a unit or a person',
  });
export type AudienceInput = z.infer<typeof audienceInput>;

export const deadlineInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), dueDate: isoDate.describe('Hạn hoàn thành') }),
  z.object({ kind: z.literal('working_days'), workingDays: z.number().int().min(1).max(120).describe('Số ngày làm việc kể từ ngày phát động') }),
]);

export const quizQuestionInput = z
  .object({
    text: text(500).describe('Câu hỏi'),
    options: z.array(text(300)).min(2).max(6).describe('Các phương án'),
    correctIndex: z.number().int().min(0).max(5).describe('Phương án đúng (đếm từ 0)'),
  })
  .refine((q) => q.correctIndex < q.options.length, { path: ['correctIndex'], message: 'Phương án đúng không tồn tại / no such option' });

export const quizInput = z.object({
  questions: z.array(quizQuestionInput).min(1).max(20),
  passPercent: z.number().int().min(1).max(100).describe('Điểm đạt (%)'),
});
export type QuizInput = z.infer<typeof quizInput>;

// ── Campaigns ──

export const createCampaignBody = z.object({
  title: text(300).describe('Tên đợt quán triệt'),
  description: optionalText(5000).default(''),
  unitId: z.uuid().describe('Đơn vị tổ chức'),
  documents: z.array(documentInput).min(1).max(20),
  audience: audienceInput,
  deadline: deadlineInput,
  requiresCommitment: z.boolean().default(false).describe('Yêu cầu ký cam kết'),
  quiz: quizInput.nullable().default(null).describe('Câu hỏi kiểm tra nhận thức (không bắt buộc)'),
});
export type CreateCampaignBody = z.infer<typeof createCampaignBody>;

export const closeCampaignBody = z.object({ note: optionalText(1000).optional() });
export const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() });

const counts = z.object({
  assigned: z.number().int(),
  read: z.number().int(),
  acknowledged: z.number().int(),
  committed: z.number().int(),
  passed: z.number().int(),
  done: z.number().int(),
});
export type CoverageCounts = z.infer<typeof counts>;

export const campaignSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  status: z.enum(campaignStatuses),
  unit: unitRef,
  createdBy: personRef.nullable(),
  documents: z.array(documentRefSchema),
  audience: z.object({
    wholeAgency: z.boolean(),
    units: z.array(unitRef),
    categories: z.array(personCategorySchema),
    partyMembersOnly: z.boolean(),
    people: z.array(personRef),
  }),
  deadline: z.object({ kind: z.enum(['date', 'working_days']), dueDate: isoDate.nullable(), workingDays: z.number().int().nullable() }),
  requiresCommitment: z.boolean(),
  quiz: z
    .object({
      questionCount: z.number().int(),
      passPercent: z.number().int(),
      /** With the answers, for those who manage the campaign only. */
      questions: z.array(z.object({ text: z.string(), options: z.array(z.string()), correctIndex: z.number().int() })).nullable(),
    })
    .nullable(),
  launchedAt: isoDateTime.nullable(),
  closedAt: isoDateTime.nullable(),
  round: z.number().int(),
  totals: counts.nullable(),
  abilities: z.array(z.enum(['edit', 'launch', 'close', 'remind', 'newVersion', 'coverage'])),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const campaignListQuery = pageQuery.extend({
  status: z.enum(campaignStatuses).optional(),
  q: z.string().trim().max(200).optional().describe('Tìm theo tên đợt, không cần dấu'),
});
export const campaignListItem = campaignSchema.pick({ id: true, title: true, status: true, unit: true, deadline: true, launchedAt: true, totals: true });
export const campaignPage = pageOf(campaignListItem);

export const coverageQuery = z.object({
  unitId: z.uuid().optional().describe('Chỉ đơn vị này và cấp dưới'),
  levels: z.coerce
    .number()
    .int()
    .min(1)
    .max(6)
    .default(2)
    .describe(
      'Số cấp đơn vị dưới gốc được trả về nhiều nhất (cấp đầu luôn có; cấp sâu hơn bị bỏ nếu câu trả lời vượt 100 đơn vị); cấp sâu hơn xem bằng cách chọn đơn vị làm gốc',
    ),
});
const coverageRow = counts.extend({ unit: unitRef, depth: z.number().int(), overdue: z.number().int() });
export const coverageResponse = z.object({
  campaignId: z.uuid(),
  dueDate: isoDate.nullable(),
  isPastDeadline: z.boolean(),
  overall: counts.extend({ overdue: z.number().int() }),
  units: z
    .array(coverageRow.extend({ hasChildren: z.boolean().describe('Có đơn vị cấp dưới được giao (có thể chưa được trả về)') }))
    .describe('Cộng dồn theo cây: mỗi đơn vị gồm cả đơn vị cấp dưới; chỉ các đơn vị có người được giao'),
});
export type Coverage = z.infer<typeof coverageResponse>;

/** Every unit's own counts, page by page in tree order: what an export lists in full. */
export const coverageUnitsQuery = pageQuery.extend({ unitId: z.uuid().optional().describe('Chỉ đơn vị này và cấp dưới') });
export const coverageUnitPage = pageOf(coverageRow.describe('Số của riêng đơn vị (không cộng cấp dưới)'));
export type CoverageUnit = z.infer<typeof coverageRow>;

export const laggardQuery = pageQuery.extend({
  unitId: z.uuid().optional(),
  /** Who has not yet done what: not acknowledged (default) or not fully done. */
  missing: z.enum(['acknowledgement', 'anything']).default('acknowledgement'),
});
export const laggardSchema = z.object({
  assignmentId: z.uuid(),
  person: personRef,
  unit: unitRef,
  stage: z.enum(assignmentStages),
  openedAt: isoDateTime.nullable(),
  acknowledgedAt: isoDateTime.nullable(),
  isOverdue: z.boolean(),
});
export const laggardPage = pageOf(laggardSchema);
export type Laggard = z.infer<typeof laggardSchema>;

// ── A person's own assignment ──

export const myAssignmentQuery = pageQuery.extend({ state: z.enum(['pending', 'all']).default('pending') });

export const assignmentSchema = z.object({
  id: z.uuid(),
  campaign: z.object({ id: z.uuid(), title: z.string(), description: z.string(), status: z.enum(campaignStatuses), requiresCommitment: z.boolean() }),
  documents: z.array(documentRefSchema),
  dueDate: isoDate.nullable(),
  stage: z.enum(assignmentStages),
  isOverdue: z.boolean(),
  openedAt: isoDateTime.nullable(),
  acknowledgedAt: isoDateTime.nullable(),
  committedAt: isoDateTime.nullable(),
  quiz: z
    .object({
      questions: z.array(z.object({ text: z.string(), options: z.array(z.string()) })),
      passPercent: z.number().int(),
      bestScore: z.number().int().nullable(),
      attempts: z.number().int(),
      hasPassed: z.boolean(),
    })
    .nullable(),
  /** True when a new version replaced what the person had acknowledged. */
  wasAskedAgain: z.boolean(),
  abilities: z.array(z.enum(['acknowledge', 'commit', 'answerQuiz'])),
});
export type Assignment = z.infer<typeof assignmentSchema>;
export const assignmentListItem = assignmentSchema.pick({ id: true, campaign: true, dueDate: true, stage: true, isOverdue: true, wasAskedAgain: true });
export const assignmentPage = pageOf(assignmentListItem);
export type AssignmentListItem = z.infer<typeof assignmentListItem>;

export const acknowledgeBody = z.object({ confirm: z.literal(true).describe('Tôi đã đọc và nắm nội dung') });
export const commitBody = z.object({
  typedName: text(120).describe('Gõ đúng họ và tên của mình'),
  confirm: z.literal(true).describe('Tôi cam kết thực hiện'),
});
export const quizAnswersBody = z.object({ answers: z.array(z.number().int().min(0).max(5)).min(1).max(20) });
export const quizResultSchema = z.object({ score: z.number().int(), passed: z.boolean(), correct: z.number().int(), total: z.number().int() });

export const assignmentEventSchema = z.object({
  kind: z.enum(acknowledgementEventKinds),
  occurredAt: isoDateTime,
  round: z.number().int(),
  documents: z.array(z.object({ documentId: z.uuid(), versionId: z.uuid() })),
  detail: z.record(z.string(), z.unknown()),
});
export const assignmentEventList = z.object({ items: z.array(assignmentEventSchema) });

export const disseminationSummary = z.object({ pendingCampaigns: z.number().int(), overdueCampaigns: z.number().int(), upcomingMeetings: z.number().int() });

// ── Meetings (hội nghị) ──

export const createMeetingBody = z
  .object({
    title: text(300).describe('Tên hội nghị'),
    unitId: z.uuid().describe('Đơn vị tổ chức'),
    startsAt: isoDateTime.describe('Bắt đầu'),
    endsAt: isoDateTime.describe('Kết thúc'),
    place: optionalText(300).default('').describe('Địa điểm'),
    onlineLink: z
      .url({ protocol: /^https?$/, error: 'Chỉ nhận đường dẫn http:// hoặc https:// / only http:// or https:// links' })
      .max(500)
      .nullable()
      .default(null)
      .describe('Đường dẫn họp trực tuyến (http/https)'),
    chairId: z.uuid().describe('Chủ trì'),
    documents: z.array(documentInput).max(20).default([]),
    inviteeUnitIds: z.array(z.uuid()).max(100).default([]).describe('Mời theo đơn vị (gồm cấp dưới)'),
    inviteePersonIds: z.array(z.uuid()).max(500).default([]).describe('Mời cá nhân'),
    campaignId: z.uuid().nullable().default(null).describe('Đợt quán triệt gắn với hội nghị: người vắng mặt sẽ nhận đợt này'),
  })
  .refine((m) => Date.parse(m.endsAt) > Date.parse(m.startsAt), { path: ['endsAt'], message: 'Kết thúc phải sau bắt đầu / the end must follow the start' })
  .refine((m) => m.place.length > 0 || m.onlineLink !== null, {
    path: ['place'],
    message: 'Nhập địa điểm hoặc đường dẫn trực tuyến / give a place or an online link',
  })
  .refine((m) => m.inviteeUnitIds.length > 0 || m.inviteePersonIds.length > 0, {
    path: ['inviteeUnitIds'],
    message: 'Mời ít nhất một đơn vị hoặc một người / invite a unit or a person',
  });
export type CreateMeetingBody = z.infer<typeof createMeetingBody>;

export const checkInBody = z.object({ code: z.string().trim().min(4).max(12).describe('Mã điểm danh của cuộc họp') });
export const markAttendanceBody = z
  .object({
    personId: z.uuid(),
    status: z.enum(['present', 'absent_excused', 'absent_unexcused']),
    reason: optionalText(1000).optional().describe('Lý do vắng (bắt buộc khi vắng có lý do)'),
  })
  .refine((b) => b.status !== 'absent_excused' || (b.reason ?? '').length > 0, { path: ['reason'], message: 'Nhập lý do vắng / give the reason' });
export const minutesBody = z.object({ minutes: text(20_000).describe('Biên bản') });
export const conclusionBody = z.object({ text: text(2000).describe('Kết luận') });
export const conclusionParams = z.object({ id: z.uuid(), conclusionId: z.uuid() });
export const conclusionTaskBody = z.object({
  ownerId: z.uuid().describe('Người chủ trì thực hiện'),
  unitId: z.uuid().describe('Đơn vị chủ trì'),
  dueDate: isoDate.describe('Hạn hoàn thành'),
  expectedOutput: text(1000).describe('Sản phẩm đầu ra'),
  confirmNonWorkingDay,
});

/** A meeting conclusion as the task form offers it and a task names its source. */
export const conclusionRefSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  taskId: z.uuid().nullable(),
  meeting: z.object({ id: z.uuid(), title: z.string(), startsAt: isoDateTime }),
});
export type ConclusionRef = z.infer<typeof conclusionRefSchema>;
export const conclusionLookupQuery = z.object({ q: z.string().trim().max(200).optional().describe('Tìm theo kết luận hoặc tên hội nghị, không cần dấu') });
export const conclusionLookupResponse = z.object({ items: z.array(conclusionRefSchema) });

export const invitationSchema = z.object({
  person: personRef,
  unit: unitRef,
  status: z.enum(attendanceStatuses),
  reason: z.string().nullable(),
  checkedInAt: isoDateTime.nullable(),
  checkedInBySelf: z.boolean(),
});
export const meetingSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  unit: unitRef,
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  place: z.string(),
  onlineLink: z.string().nullable(),
  chair: personRef,
  documents: z.array(documentRefSchema),
  campaignId: z.uuid().nullable(),
  minutes: z.string(),
  conclusions: z.array(z.object({ id: z.uuid(), text: z.string(), taskId: z.uuid().nullable() })),
  attendance: z.object({ invited: z.number().int(), present: z.number().int(), absentExcused: z.number().int(), absentUnexcused: z.number().int() }),
  /** Only for the organiser during the meeting window. */
  checkInCode: z.string().nullable(),
  myInvitation: invitationSchema.nullable(),
  isClosed: z.boolean(),
  abilities: z.array(z.enum(['manage', 'checkIn', 'close'])),
});
export type Meeting = z.infer<typeof meetingSchema>;
export const meetingListQuery = pageQuery.extend({
  view: z.enum(['invited', 'organised']).default('invited'),
  q: z.string().trim().max(200).optional().describe('Tìm theo tên hội nghị, không cần dấu'),
});
export const meetingListItem = meetingSchema.pick({
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  place: true,
  onlineLink: true,
  isClosed: true,
  myInvitation: true,
});
export const meetingPage = pageOf(meetingListItem);
export const invitationPage = pageOf(invitationSchema);
export const invitationQuery = pageQuery;
