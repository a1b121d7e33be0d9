import { createRequest, decidePrivacyRequest } from '../../modules/privacy/index.js';
import { addCalendarDays, localDateOf, startOfLocalDay } from '../../platform/calendar/dates.js';
import type { Db } from '../client.js';
import type { SeededAgency } from './demo-agency.js';
import { demoWorkContext } from './demo-context.js';

/**
 * Three personal-data requests in the demo register, made through the privacy module: one answered
 * on time, one past its deadline and still open (shown in red), one received today.
 */
export async function seedDemoPrivacy(db: Db, now: Date, seeded: SeededAgency, usernamePrefix = '') {
  const { clock, deps, actor } = demoWorkContext(db, now, usernamePrefix);
  const admin = await actor('admin');
  const personOf = (login: string) => seeded.members.find((member) => member.username === usernamePrefix + login)!.personId;
  const today = localDateOf(now);
  const at = (day: string) => new Date(startOfLocalDay(day).getTime() + 9 * 3_600_000);
  const answeredOn = addCalendarDays(today, -20);
  clock.set(at(answeredOn));
  const answered = await createRequest(deps, admin, {
    personId: personOf('canbo1'),
    kind: 'access',
    receivedOn: answeredOn,
    note: 'Đề nghị cung cấp bản sao hồ sơ cá nhân và kết quả xếp loại.',
  });
  clock.set(at(addCalendarDays(answeredOn, 1)));
  await decidePrivacyRequest(deps, admin, answered, { answer: 'Đã gửi bản sao dữ liệu (tệp Excel) qua thư điện tử công vụ.' });
  clock.set(at(addCalendarDays(today, -7)));
  await createRequest(deps, admin, {
    personId: personOf('canbo2'),
    kind: 'correction',
    receivedOn: addCalendarDays(today, -7),
    note: 'Đề nghị sửa ngày sinh trong hồ sơ.',
  });
  clock.set(now);
  await createRequest(deps, admin, {
    personId: personOf('truongban'),
    kind: 'objection',
    receivedOn: today,
    note: 'Không đồng ý công khai số điện thoại trong danh bạ.',
  });
}
