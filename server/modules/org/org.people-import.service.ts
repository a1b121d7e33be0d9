import type { ImportReport, PersonInput } from '../../../contracts/org.js';
import { personFields } from '../../../contracts/org.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { forbidden, validationError } from '../../platform/errors.js';
import { foldForSearch } from '../../platform/search-text.js';
import { auditContext, type OrgDeps } from './org.deps.js';
import { canManageOrganisation } from './org.policy.js';
import { accountOfRow, type ImportedAccount } from './org.people-import.accounts.js';
import { type ImportColumn, type RawRow, readImportFile } from './org.people-import.parse.js';
import * as repository from './org.people.repository.js';
import { personValues } from './org.people.service.js';
import { listUnits } from './org.units.repository.js';

export const MAX_IMPORT_ROWS = 5_000;

const categoryWords: Record<string, PersonInput['category']> = {
  'can bo': 'cadre',
  cadre: 'cadre',
  'cong chuc': 'civil_servant',
  civil_servant: 'civil_servant',
  'civil servant': 'civil_servant',
  'nguoi lao dong': 'worker',
  'lao dong': 'worker',
  worker: 'worker',
};
const yesWords = new Set(['co', 'x', '1', 'yes', 'true', 'dang vien']);

function toIsoDate(text: string | undefined): string | null | undefined {
  if (!text) return null;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return text; // left for the schema to reject
  return `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

type RowError = ImportReport['errors'][number];
const rowError = (row: number, field: ImportColumn | 'file', vi: string, en: string): RowError => ({ row, field, message: { vi, en } });

/**
 * Validates every row and writes all of them in one transaction, or none: a report names
 * each bad row and why. With dryRun nothing is written even when all rows are valid.
 */
export async function importPeople(deps: OrgDeps, actor: Actor, file: { buffer: Buffer; fileName: string }, dryRun: boolean): Promise<ImportReport> {
  if (!canManageOrganisation(actor)) throw forbidden();
  if (!/\.(xlsx|csv)$/i.test(file.fileName)) {
    throw validationError([{ field: 'file', message: { vi: 'Chỉ nhận tệp .xlsx hoặc .csv', en: 'Only .xlsx or .csv files are accepted' } }]);
  }
  let parsed: Awaited<ReturnType<typeof readImportFile>>;
  try {
    parsed = await readImportFile(file.buffer, file.fileName);
  } catch {
    throw validationError([{ field: 'file', message: { vi: 'Không đọc được tệp', en: 'The file could not be read' } }]);
  }
  if (parsed.rows.length > MAX_IMPORT_ROWS) {
    throw validationError([{ field: 'file', message: { vi: `Tối đa ${MAX_IMPORT_ROWS} dòng mỗi lần`, en: `At most ${MAX_IMPORT_ROWS} rows per file` } }]);
  }
  const units = new Map((await listUnits(deps.db, actor.agencyId)).filter((u) => u.isActive).map((u) => [u.code.toLowerCase(), u]));
  const errors: RowError[] = [];
  if (parsed.rows.length === 0) errors.push(rowError(1, 'file', 'Tệp không có dòng dữ liệu nào', 'The file has no data rows'));
  const valid: { raw: RawRow; input: PersonInput; unitPath: string; account?: ImportedAccount }[] = [];
  const emailsInFile = new Map<string, number>();
  const usernamesInFile = new Map<string, number>();

  for (const raw of parsed.rows) {
    const v = raw.values;
    const unit = v.unitCode ? units.get(v.unitCode.toLowerCase()) : undefined;
    if (!unit) errors.push(rowError(raw.row, 'unitCode', `Mã đơn vị "${v.unitCode ?? ''}" không tồn tại`, `Unknown unit code "${v.unitCode ?? ''}"`));
    const category = v.category ? categoryWords[foldForSearch(v.category)] : undefined;
    if (!category)
      errors.push(rowError(raw.row, 'category', 'Đối tượng phải là: cán bộ, công chức hoặc người lao động', 'Category must be cadre, civil servant or worker'));
    const result = personFields.safeParse({
      fullName: v.fullName ?? '',
      position: v.position ?? '',
      category: category ?? 'cadre',
      unitId: unit?.id ?? '00000000-0000-4000-8000-000000000000',
      email: v.email ?? null,
      phone: v.phone ?? null,
      isPartyMember: yesWords.has(foldForSearch(v.isPartyMember ?? '')),
      birthDate: toIsoDate(v.birthDate),
    });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0]) as ImportColumn;
        errors.push(rowError(raw.row, field, `Giá trị không hợp lệ ở cột ${field}`, `Invalid value in column ${field}: ${issue.message}`));
      }
      continue;
    }
    const email = result.data.email?.toLowerCase();
    if (email) {
      const first = emailsInFile.get(email);
      if (first) errors.push(rowError(raw.row, 'email', `Email trùng với dòng ${first}`, `Email repeats row ${first}`));
      else emailsInFile.set(email, raw.row);
    }
    const login = accountOfRow(raw);
    for (const error of login.errors) errors.push(rowError(raw.row, error.field, error.vi, error.en));
    if (login.account) {
      const person = { username: login.account.username, displayName: result.data.fullName };
      for (const problem of deps.accounts.passwordProblems(login.account.password, person))
        errors.push(rowError(raw.row, 'initialPassword', problem.vi, problem.en));
    }
    const username = login.account?.username.toLowerCase();
    if (username) {
      const first = usernamesInFile.get(username);
      if (first) errors.push(rowError(raw.row, 'username', `Tên đăng nhập trùng với dòng ${first}`, `Username repeats row ${first}`));
      else usernamesInFile.set(username, raw.row);
    }
    if (unit && category) valid.push({ raw, input: result.data, unitPath: unit.path, account: login.account });
  }
  const takenUsernames = await deps.accounts.takenUsernames(deps.db, [...usernamesInFile.keys()]);
  for (const [username, row] of usernamesInFile) {
    if (takenUsernames.has(username)) errors.push(rowError(row, 'username', 'Tên đăng nhập đã được dùng', 'Username already taken'));
  }
  const taken = new Set(await repository.findEmailsTaken(deps.db, actor.agencyId, [...emailsInFile.keys()]));
  for (const [email, row] of emailsInFile) {
    if (taken.has(email)) errors.push(rowError(row, 'email', 'Email đã có trong hệ thống', 'Email already exists'));
  }
  errors.sort((a, b) => a.row - b.row);
  const badRows = new Set(errors.map((e) => e.row));
  const report = { totalRows: parsed.rows.length, validRows: parsed.rows.length - badRows.size, created: 0, errors, isCommitted: false };
  if (errors.length > 0 || dryRun) return report;

  const created = await deps.db.transaction(async (tx) => {
    // Ids chosen here, so each row's login names its person.
    const people = valid.map(({ input, unitPath, account }) => ({
      id: crypto.randomUUID(),
      agencyId: actor.agencyId,
      unitId: input.unitId,
      unitPath,
      ...personValues(input),
      account,
    }));
    const rows = await repository.insertPeople(
      tx,
      people.map(({ account: _account, ...person }) => person),
    );
    const logins = people.flatMap(({ id, fullName, account }) =>
      account
        ? [
            {
              agencyId: actor.agencyId,
              personId: id,
              username: account.username,
              displayName: fullName,
              password: account.password,
              roles: account.roles,
              mustChangePassword: true,
            },
          ]
        : [],
    );
    if (logins.length > 0) await deps.accounts.createAccounts(tx, logins);
    await recordAction(
      tx,
      auditContext(deps, actor),
      'person.imported',
      { type: 'import', id: file.fileName },
      {
        fileName: file.fileName,
        people: rows.map((r) => ({ id: r.id, fullName: r.fullName })),
        accounts: logins.map(({ personId, username, roles }) => ({ personId, username, roles })),
      },
    );
    return rows.length;
  });
  return { ...report, created, isCommitted: true };
}
