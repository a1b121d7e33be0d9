import type { EntryBody } from '../../../contracts/schedule.js';
import { addCalendarDays, localDateOf, mondayOf } from '../../platform/calendar/dates.js';
import { addEntry, createSchedule, editEntry, moveSchedule } from '../../modules/schedule/index.js';
import type { Db } from '../client.js';
import type { SeededAgency } from './demo-agency.js';
import { demoWorkContext } from './demo-context.js';

/**
 * The current week's leaders' schedule: the head of the Office drafts it, the leader approves, the Office
 * publishes it inside the agency and on the portal (/lich-cong-tac); one entry is then adjusted, so the
 * "điều chỉnh" mark shows.
 */
export async function seedDemoSchedule(db: Db, now: Date, seeded: SeededAgency, usernamePrefix = '') {
  const { clock, deps: base, actor } = demoWorkContext(db, now, usernamePrefix);
  const deps = { db: base.db, clock };
  const office = await actor('office.head');
  const leader = await actor('lanhdao');
  const monday = mondayOf(localDateOf(now));
  const person = (key: string) => seeded.personIdByKey.get(key) ?? null;
  const unit = (code: string) => seeded.unitIdByCode.get(code) ?? null;
  const entry = (dayOffset: number, session: EntryBody['session'], startTime: string, content: string, rest: Partial<EntryBody>): EntryBody => ({
    day: addCalendarDays(monday, dayOffset),
    session,
    startTime,
    content,
    chairId: null,
    participants: '',
    participantIds: [],
    place: 'Phòng họp tầng 2',
    preparingUnitId: unit('VP'),
    ...rest,
  });
  const entries = [
    entry(0, 'morning', '08:00', 'Giao ban Thường trực Ủy ban đầu tuần', { chairId: person('chairman'), participants: 'Thường trực Ủy ban; Chánh Văn phòng' }),
    entry(1, 'morning', '08:30', 'Làm việc với Ban Tuyên giáo về tiến độ thực hiện Chỉ thị 24-CT/TU', {
      chairId: person('vice1'),
      participants: 'Lãnh đạo Ban Tuyên giáo',
      preparingUnitId: unit('BTG'),
    }),
    entry(2, 'afternoon', '14:00', 'Tiếp công dân định kỳ', { chairId: person('vice1'), place: 'Phòng tiếp công dân', participants: 'Cán bộ tiếp dân' }),
    entry(3, 'morning', '08:00', 'Họp Đảng ủy cơ quan thường kỳ', {
      chairId: person('chairman'),
      participants: 'Ban Chấp hành Đảng bộ cơ quan',
      preparingUnitId: unit('DU'),
    }),
    entry(4, 'afternoon', '15:00', 'Duyệt kế hoạch công tác tuần sau', {
      chairId: person('chairman'),
      participantIds: [person('office_head')].filter((id) => id !== null),
    }),
  ];
  const id = await createSchedule(deps, office, monday);
  const entryIds: string[] = [];
  for (const body of entries) entryIds.push(await addEntry(deps, office, id, body));
  await moveSchedule(deps, office, id, { name: 'submit' });
  await moveSchedule(deps, leader, id, { name: 'approve' });
  await moveSchedule(deps, office, id, { name: 'publish', onPublicSite: true });
  clock.advanceMs(60 * 60_000);
  await editEntry(deps, office, id, entryIds[2], { ...entries[2], place: 'Trụ sở Tiếp công dân thành phố' });
}
