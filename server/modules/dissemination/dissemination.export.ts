import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { exportQuery } from '../../../contracts/common.js';
import type { campaignListQuery, meetingListQuery } from '../../../contracts/dissemination.js';
import type { Actor } from '../../platform/actor.js';
import { type Bilingual, keysetPages, type Language, sendXlsx, type XlsxColumn } from '../../platform/xlsx-stream.js';
import type { DisseminationDeps } from './dissemination.deps.js';
import { listCampaigns } from './dissemination.queries.js';
import { listInvitations, listMeetings } from './meetings.queries.js';

type Lang = z.infer<typeof exportQuery>;
type CampaignItem = Awaited<ReturnType<typeof listCampaigns>>['items'][number];
type MeetingItem = Awaited<ReturnType<typeof listMeetings>>['items'][number];
type InvitationItem = Awaited<ReturnType<typeof listInvitations>>['items'][number];

const campaignStatus = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  launched: { vi: 'Đang triển khai', en: 'Running' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};
const attendance = {
  invited: { vi: 'Chưa điểm danh', en: 'Not checked in' },
  present: { vi: 'Có mặt', en: 'Present' },
  absent_excused: { vi: 'Vắng có lý do', en: 'Absent with reason' },
  absent_unexcused: { vi: 'Vắng không lý do', en: 'Absent without reason' },
};
const counted = (title: Bilingual, key: keyof NonNullable<CampaignItem['totals']>): XlsxColumn<CampaignItem> => ({
  title,
  kind: 'number',
  width: 12,
  value: (c) => c.totals?.[key] ?? null,
});

const campaignColumns = (lang: Language): XlsxColumn<CampaignItem>[] => [
  { title: { vi: 'Tên đợt quán triệt', en: 'Campaign' }, width: 50, value: (c) => c.title },
  { title: { vi: 'Đơn vị tổ chức', en: 'Organising unit' }, width: 28, value: (c) => c.unit.name },
  { title: { vi: 'Trạng thái', en: 'Status' }, width: 16, value: (c) => campaignStatus[c.status][lang] },
  { title: { vi: 'Triển khai lúc', en: 'Launched at' }, kind: 'datetime', width: 17, value: (c) => c.launchedAt },
  { title: { vi: 'Hạn', en: 'Due date' }, kind: 'date', width: 13, value: (c) => c.deadline.dueDate },
  counted({ vi: 'Được giao', en: 'Assigned' }, 'assigned'),
  counted({ vi: 'Đã đọc', en: 'Read' }, 'read'),
  counted({ vi: 'Đã xác nhận', en: 'Acknowledged' }, 'acknowledged'),
  counted({ vi: 'Đã cam kết', en: 'Committed' }, 'committed'),
  counted({ vi: 'Đạt kiểm tra', en: 'Passed' }, 'passed'),
  counted({ vi: 'Hoàn thành', en: 'Done' }, 'done'),
];

const meetingColumns = (lang: Language): XlsxColumn<MeetingItem>[] => [
  { title: { vi: 'Tên hội nghị', en: 'Meeting' }, width: 50, value: (m) => m.title },
  { title: { vi: 'Bắt đầu', en: 'Starts at' }, kind: 'datetime', width: 17, value: (m) => m.startsAt },
  { title: { vi: 'Kết thúc', en: 'Ends at' }, kind: 'datetime', width: 17, value: (m) => m.endsAt },
  { title: { vi: 'Địa điểm', en: 'Place' }, width: 28, value: (m) => m.place },
  { title: { vi: 'Đường dẫn trực tuyến', en: 'Online link' }, width: 28, value: (m) => m.onlineLink },
  { title: { vi: 'Điểm danh của tôi', en: 'My attendance' }, width: 18, value: (m) => (m.myInvitation ? attendance[m.myInvitation.status][lang] : '') },
  { title: { vi: 'Đã kết thúc', en: 'Closed' }, width: 11, value: (m) => (m.isClosed ? (lang === 'vi' ? 'Có' : 'Yes') : '') },
];

const invitationColumns = (lang: Language): XlsxColumn<InvitationItem>[] => [
  { title: { vi: 'Họ và tên', en: 'Full name' }, width: 28, value: (i) => i.person.fullName },
  { title: { vi: 'Đơn vị', en: 'Unit' }, width: 28, value: (i) => i.unit.name },
  { title: { vi: 'Điểm danh', en: 'Attendance' }, width: 18, value: (i) => attendance[i.status][lang] },
  { title: { vi: 'Lý do vắng', en: 'Reason' }, width: 32, value: (i) => i.reason },
  { title: { vi: 'Điểm danh lúc', en: 'Checked in at' }, kind: 'datetime', width: 17, value: (i) => i.checkedInAt },
  { title: { vi: 'Tự điểm danh', en: 'Self check-in' }, width: 12, value: (i) => (i.checkedInBySelf ? (lang === 'vi' ? 'Có' : 'Yes') : '') },
];

type ListQuery<Q> = Omit<Q, 'cursor' | 'limit'> & Lang;

export async function exportCampaigns(deps: DisseminationDeps, actor: Actor, query: ListQuery<z.infer<typeof campaignListQuery>>, reply: FastifyReply) {
  const { lang, ...filters } = query;
  return sendXlsx(reply, {
    fileName: { vi: 'dot-quan-triet', en: 'campaigns' },
    sheetName: { vi: 'Đợt quán triệt', en: 'Campaigns' },
    columns: campaignColumns(lang),
    pages: keysetPages((cursor, limit) => listCampaigns(deps, actor, { ...filters, cursor, limit })),
    language: lang,
    now: deps.clock.now(),
  });
}

export async function exportMeetings(deps: DisseminationDeps, actor: Actor, query: ListQuery<z.infer<typeof meetingListQuery>>, reply: FastifyReply) {
  const { lang, ...filters } = query;
  return sendXlsx(reply, {
    fileName: { vi: 'hoi-nghi', en: 'meetings' },
    sheetName: { vi: 'Hội nghị', en: 'Meetings' },
    columns: meetingColumns(lang),
    pages: keysetPages((cursor, limit) => listMeetings(deps, actor, { ...filters, cursor, limit })),
    language: lang,
    now: deps.clock.now(),
  });
}

/** The invitation and attendance list of one meeting, for those the list is open to. */
export async function exportAttendance(deps: DisseminationDeps, actor: Actor, meetingId: string, { lang }: Lang, reply: FastifyReply) {
  return sendXlsx(reply, {
    fileName: { vi: 'diem-danh-hoi-nghi', en: 'meeting-attendance' },
    sheetName: { vi: 'Điểm danh', en: 'Attendance' },
    columns: invitationColumns(lang),
    pages: keysetPages((cursor, limit) => listInvitations(deps, actor, meetingId, { cursor, limit })),
    language: lang,
    now: deps.clock.now(),
  });
}
