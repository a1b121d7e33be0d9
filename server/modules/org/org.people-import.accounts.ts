import { initialPassword, username as usernameSchema } from '../../../contracts/accounts.js';
import type { Role } from '../../../contracts/auth.js';
import { foldForSearch } from '../../platform/search-text.js';
import type { RawRow } from './org.people-import.parse.js';

/** Role words accepted in the import's "Vai trò" column, without diacritics or case; several separated by , or ;. */
const roleWords: Record<string, Role> = {
  'quan tri': 'agency_admin',
  'quan tri co quan': 'agency_admin',
  agency_admin: 'agency_admin',
  'lanh dao': 'leader',
  leader: 'leader',
  'truong don vi': 'unit_head',
  unit_head: 'unit_head',
  'kiem tra': 'inspector',
  inspector: 'inspector',
  'bien tap': 'editor',
  'bien tap vien': 'editor',
  editor: 'editor',
  'can bo': 'staff',
  'chuyen vien': 'staff',
  staff: 'staff',
};

export interface ImportedAccount {
  row: number;
  username: string;
  password: string;
  roles: Role[];
}

type FieldError = { field: 'username' | 'roles' | 'initialPassword'; vi: string; en: string };

/** A row's login, when it names a username: its checks, or the account to create (staff when no role is given). */
export function accountOfRow(raw: RawRow): { account?: ImportedAccount; errors: FieldError[] } {
  const v = raw.values;
  if (!v.username) {
    if (v.roles || v.initialPassword)
      return { errors: [{ field: 'username', vi: 'Cần tên đăng nhập để cấp tài khoản', en: 'A username is needed to create a login' }] };
    return { errors: [] };
  }
  const errors: FieldError[] = [];
  const username = usernameSchema.safeParse(v.username);
  if (!username.success)
    errors.push({
      field: 'username',
      vi: 'Tên đăng nhập chỉ gồm chữ không dấu, số và . _ - (3–60 ký tự)',
      en: 'Usernames are 3–60 letters without diacritics, digits and . _ -',
    });
  const password = initialPassword.safeParse(v.initialPassword ?? '');
  if (!password.success)
    errors.push({ field: 'initialPassword', vi: 'Mật khẩu ban đầu cần ít nhất 10 ký tự', en: 'The initial password needs at least 10 characters' });
  const words = (v.roles ?? '')
    .split(/[,;]/)
    .map((word) => foldForSearch(word).trim())
    .filter(Boolean);
  const unknown = words.filter((word) => !roleWords[word]);
  if (unknown.length > 0) errors.push({ field: 'roles', vi: `Vai trò không hợp lệ: ${unknown.join(', ')}`, en: `Unknown roles: ${unknown.join(', ')}` });
  if (errors.length > 0) return { errors };
  const roles = words.length > 0 ? [...new Set(words.map((word) => roleWords[word]))] : (['staff'] as Role[]);
  return { account: { row: raw.row, username: username.data!, password: password.data!, roles }, errors };
}
