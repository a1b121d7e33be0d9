import type { ScheduleEntry, WeeklySchedule } from '../../../contracts/schedule.js';
import { formatVietnameseDate, weekdayOf } from '../../platform/calendar/dates.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const COLUMNS = ['Thứ/ngày', 'Buổi', 'Thời gian', 'Nội dung', 'Chủ trì', 'Thành phần', 'Địa điểm', 'Đơn vị chuẩn bị'];

const weekdayNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
export const dayLabel = (day: string) => `${weekdayNames[weekdayOf(day)]}\n${formatVietnameseDate(day)}`;
export const weekTitle = (week: WeeklySchedule) =>
  `Tuần ${week.weekNumber} (từ ngày ${formatVietnameseDate(week.weekStart)} đến ngày ${formatVietnameseDate(week.weekEnd)})`;

/** The cells of one line after Thứ/ngày and Buổi, with the mark of a change or a cancellation. */
export function entryCells(entry: ScheduleEntry): string[] {
  const people = [entry.participants, ...entry.participantPeople.map((person) => person.name)].filter(Boolean).join('; ');
  const marks = [
    entry.isCancelled ? '(Đã hủy)' : '',
    entry.changeNote ? `(Điều chỉnh: ${entry.changeNote})` : '',
    entry.kind === 'meeting' ? '(Hội nghị)' : '',
  ].filter(Boolean);
  return [entry.startTime ?? '', [entry.content, ...marks].join('\n'), entry.chair?.name ?? '', people, entry.place, entry.preparingUnit?.name ?? ''];
}

/** Entries grouped by day, then by session, in order: the rows the Word and Excel tables merge. */
export function groupedEntries(entries: ScheduleEntry[]) {
  const days: { day: string; sessions: { session: ScheduleEntry['session']; entries: ScheduleEntry[] }[] }[] = [];
  for (const entry of entries) {
    let day = days[days.length - 1];
    if (day?.day !== entry.day) days.push((day = { day: entry.day, sessions: [] }));
    let session = day.sessions[day.sessions.length - 1];
    if (session?.session !== entry.session) day.sessions.push((session = { session: entry.session, entries: [] }));
    session.entries.push(entry);
  }
  return days;
}

export const sessionLabel = { morning: 'Sáng', afternoon: 'Chiều' } as const;
