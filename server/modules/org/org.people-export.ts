import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { exportQuery } from '../../../contracts/common.js';
import type { peopleQuery, Person } from '../../../contracts/org.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { keysetPages, type Language, sendXlsx, type XlsxColumn } from '../../platform/xlsx-stream.js';
import { auditContext, type OrgDeps } from './org.deps.js';
import { listPeople } from './org.people.service.js';

const categoryLabels = {
  cadre: { vi: 'Cán bộ', en: 'Cadre' },
  civil_servant: { vi: 'Công chức', en: 'Civil servant' },
  worker: { vi: 'Người lao động', en: 'Worker' },
};
const statusLabels = { active: { vi: 'Đang công tác', en: 'Working' }, left: { vi: 'Đã nghỉ', en: 'Left' } };
const managerLabels = { head: { vi: 'Trưởng', en: 'Head' }, deputy: { vi: 'Phó', en: 'Deputy' } };
const yes = { vi: 'Có', en: 'Yes' };

const columns = (lang: Language): XlsxColumn<Person>[] => [
  { title: { vi: 'Họ và tên', en: 'Full name' }, width: 28, value: (p) => p.fullName },
  { title: { vi: 'Chức vụ', en: 'Position' }, width: 24, value: (p) => p.position },
  { title: { vi: 'Đơn vị', en: 'Unit' }, width: 28, value: (p) => p.unit.name },
  { title: { vi: 'Đối tượng', en: 'Category' }, width: 16, value: (p) => categoryLabels[p.category][lang] },
  { title: { vi: 'Quản lý đơn vị', en: 'Manages unit' }, width: 12, value: (p) => (p.managerRole ? managerLabels[p.managerRole][lang] : '') },
  { title: { vi: 'Ngày sinh', en: 'Birth date' }, kind: 'date', width: 13, value: (p) => p.birthDate },
  { title: { vi: 'Thư điện tử', en: 'E-mail' }, width: 28, value: (p) => p.email },
  { title: { vi: 'Điện thoại', en: 'Phone' }, width: 15, value: (p) => p.phone },
  // The list shows Party membership only to those allowed to see it (null otherwise), and so does the file.
  { title: { vi: 'Đảng viên', en: 'Party member' }, width: 11, value: (p) => (p.isPartyMember ? yes[lang] : '') },
  { title: { vi: 'Trạng thái', en: 'Status' }, width: 14, value: (p) => statusLabels[p.status][lang] },
  { title: { vi: 'Ngày nghỉ', en: 'Left on' }, kind: 'date', width: 13, value: (p) => p.leftOn },
  { title: { vi: 'Có tài khoản', en: 'Has an account' }, width: 11, value: (p) => (p.hasAccount ? yes[lang] : '') },
];

type Query = Omit<z.infer<typeof peopleQuery>, 'cursor' | 'limit'> & z.infer<typeof exportQuery>;

/**
 * The people list as the actor sees it (their scope, their filters), every page. A list of personal data
 * leaving the system is audited: who exported with which filters, never the rows.
 */
export async function exportPeople(deps: OrgDeps, actor: Actor, { lang, ...filters }: Query, reply: FastifyReply) {
  const pages = keysetPages((cursor, limit) => listPeople(deps, actor, { ...filters, cursor, limit }));
  await deps.db.transaction((tx) => recordAction(tx, auditContext(deps, actor), 'people.exported', { type: 'agency', id: actor.agencyId }, { filters }));
  return sendXlsx(reply, {
    fileName: { vi: 'danh-sach-can-bo', en: 'people' },
    sheetName: { vi: 'Cán bộ', en: 'People' },
    columns: columns(lang),
    pages,
    language: lang,
    now: deps.clock.now(),
  });
}
