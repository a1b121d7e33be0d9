import type { TranslationKey } from '../../shared/modules';

/**
 * The columns of an import file, in template order, named as the server accepts them
 * (server/modules/org/people-import.parse.ts matches headers without diacritics or case).
 */
export const importColumns = [
  { field: 'fullName', header: 'Họ và tên', labelKey: 'org.field.fullName' },
  { field: 'position', header: 'Chức vụ', labelKey: 'org.field.position' },
  { field: 'category', header: 'Đối tượng', labelKey: 'org.field.category' },
  { field: 'unitCode', header: 'Mã đơn vị', labelKey: 'org.field.unitCode' },
  { field: 'email', header: 'Email', labelKey: 'org.field.email' },
  { field: 'phone', header: 'Điện thoại', labelKey: 'org.field.phone' },
  { field: 'isPartyMember', header: 'Đảng viên', labelKey: 'org.field.partyMember' },
  { field: 'birthDate', header: 'Ngày sinh', labelKey: 'org.field.birthDate' },
  { field: 'username', header: 'Tên đăng nhập', labelKey: 'accounts.username' },
  { field: 'roles', header: 'Vai trò', labelKey: 'accounts.roles' },
  { field: 'initialPassword', header: 'Mật khẩu ban đầu', labelKey: 'accounts.initialPassword' },
] as const satisfies readonly { field: string; header: string; labelKey: TranslationKey }[];

export const TEMPLATE_FILE_NAME = 'mau-nhap-can-bo.csv';

/** A header-only CSV (UTF-8 with BOM so Excel shows the Vietnamese headers correctly), as a data: URL. */
export function templateCsvUrl(): string {
  const csv = `\uFEFF${importColumns.map((column) => column.header).join(',')}\r\n`;
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}

/** The label of a column named in an import error ("file" for errors about the whole file). */
export function importColumnLabelKey(field: string): TranslationKey {
  if (field === 'file') return 'orgImport.file';
  return importColumns.find((column) => column.field === field)?.labelKey ?? 'orgImport.column';
}
