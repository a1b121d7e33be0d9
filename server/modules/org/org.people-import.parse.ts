import { readSheetRows, type SheetRow } from '../../platform/spreadsheet.js';

/** Column headers accepted in an import file, matched without diacritics or case. */
export const importColumns = {
  fullName: ['ho va ten', 'ho ten', 'full name'],
  position: ['chuc vu', 'position'],
  category: ['doi tuong', 'loai', 'category'],
  unitCode: ['ma don vi', 'don vi', 'unit code'],
  email: ['email', 'thu dien tu'],
  phone: ['dien thoai', 'so dien thoai', 'phone'],
  isPartyMember: ['dang vien', 'party member'],
  birthDate: ['ngay sinh', 'birth date'],
  // Optional: a login for the person, created in the same all-or-nothing run (people-import.accounts.ts).
  username: ['ten dang nhap', 'username'],
  roles: ['vai tro', 'roles'],
  initialPassword: ['mat khau ban dau', 'initial password'],
} as const;
export type ImportColumn = keyof typeof importColumns;
export type RawRow = SheetRow<ImportColumn>;

/** Reads the first sheet of an .xlsx or a .csv file into header-keyed rows (row numbers as in the file). */
export function readImportFile(buffer: Buffer, fileName: string): Promise<{ rows: RawRow[]; unknownHeaders: string[] }> {
  return readSheetRows(buffer, fileName, importColumns);
}
