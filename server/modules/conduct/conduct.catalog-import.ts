import type { CatalogKind } from '../../../contracts/conduct-vocabulary.js';
import { type Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { DomainError, forbidden, validationError, type LocalizedText } from '../../platform/errors.js';
import { readSheetRows, type SheetRow } from '../../platform/spreadsheet.js';
import { ensureCatalogs, insertCatalogVersion, listCatalogVersions } from './conduct.catalog.js';
import { auditContext, type ConductDeps } from './conduct.deps.js';
import { canManageCatalog } from './conduct.policy.js';

/** The appendix of Directive 24-CT/TU: 25 manifestations in three groups (BRIEF.md §1.3). */
export const DIRECTIVE_SHAPE = { groups: 3, items: 25 };

const columns = {
  groupCode: ['ma nhom', 'nhom', 'group', 'group code'],
  groupTitle: ['ten nhom', 'group title'],
  code: ['ma', 'ma bieu hien', 'code'],
  text: ['noi dung', 'bieu hien', 'text'],
  source: ['nguon', 'can cu', 'source'],
} as const;
type Column = keyof typeof columns;

export interface ImportRow {
  row: number;
  code: string;
  groupCode: string;
  groupTitle: string | null;
  text: string;
  status: string;
  source: string | null;
}
export interface RowError {
  row: number;
  field: string;
  message: LocalizedText;
}

type RawRow = SheetRow<Column>;

/** Spreadsheet or CSV: one row per item, the first row names the columns (with or without diacritics). */
async function readSheet(buffer: Buffer, fileName: string): Promise<RawRow[]> {
  return (await readSheetRows(buffer, fileName, columns)).rows;
}

/** JSON: the shape of manifestations.json (groups with items, or `related.items`), or a flat array of rows. */
function readJson(buffer: Buffer): RawRow[] {
  const data = JSON.parse(buffer.toString('utf8').replace(/^\uFEFF/, '')) as unknown;
  const rows: RawRow[] = [];
  const push = (values: Record<string, unknown>, group?: { code?: unknown; title?: unknown }) => {
    const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value === null || value === undefined ? undefined : String(value));
    rows.push({
      row: rows.length + 1,
      values: {
        groupCode: text(values.groupCode ?? values.group ?? group?.code),
        groupTitle: text(values.groupTitle ?? group?.title),
        code: text(values.code),
        text: text(values.text),
        source: text(values.source),
      },
    });
  };
  if (Array.isArray(data)) data.forEach((item) => push(item as Record<string, unknown>));
  else if (data && typeof data === 'object' && Array.isArray((data as { groups?: unknown }).groups)) {
    for (const group of (data as { groups: { code?: unknown; title?: unknown; items?: unknown }[] }).groups) {
      if (Array.isArray(group.items)) group.items.forEach((item) => push(item as Record<string, unknown>, group));
    }
  } else if (data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items)) {
    (data as { items: Record<string, unknown>[] }).items.forEach((item) => push(item));
  } else throw new Error('unknown shape');
  return rows;
}

const message = (vi: string, en: string): LocalizedText => ({ vi, en });

/** Validates every row, naming the field; the directive catalog must be the whole appendix. */
export function validateRows(raw: RawRow[], kind: CatalogKind): { rows: ImportRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  const groupTitles = new Map<string, string | null>();
  for (const { row, values } of raw) {
    const code = values.code ?? '';
    const groupCode = values.groupCode ?? (kind === 'related' ? 'R' : '');
    const text = values.text ?? '';
    if (!code) errors.push({ row, field: 'code', message: message('Thiếu mã biểu hiện', 'The code is missing') });
    else if (!/^[\p{L}\p{N}._-]{1,40}$/u.test(code))
      errors.push({
        row,
        field: 'code',
        message: message('Mã chỉ gồm chữ, số, dấu chấm, gạch (tối đa 40 ký tự)', 'Letters, digits, dot, dash only (40 characters at most)'),
      });
    else if (seen.has(code)) errors.push({ row, field: 'code', message: message(`Mã trùng với dòng ${seen.get(code)}`, `Duplicate of row ${seen.get(code)}`) });
    else seen.set(code, row);
    if (!groupCode) errors.push({ row, field: 'groupCode', message: message('Thiếu mã nhóm', 'The group code is missing') });
    if (!text) errors.push({ row, field: 'text', message: message('Thiếu nội dung biểu hiện', 'The text is missing') });
    else if (text.length > 2000) errors.push({ row, field: 'text', message: message('Nội dung dài quá 2000 ký tự', 'Longer than 2000 characters') });
    if (values.groupTitle && !groupTitles.get(groupCode)) groupTitles.set(groupCode, values.groupTitle);
    rows.push({ row, code, groupCode, groupTitle: values.groupTitle ?? null, text, status: 'official', source: values.source ?? null });
  }
  for (const row of rows) row.groupTitle = row.groupTitle ?? groupTitles.get(row.groupCode) ?? null;
  if (rows.length === 0) errors.push({ row: 0, field: 'file', message: message('Tệp không có dòng dữ liệu nào', 'The file has no data rows') });
  if (kind === 'directive' && rows.length > 0) {
    const groups = new Set(rows.map((row) => row.groupCode));
    if (groups.size !== DIRECTIVE_SHAPE.groups || rows.length !== DIRECTIVE_SHAPE.items) {
      errors.push({
        row: 0,
        field: 'file',
        message: message(
          `Phụ lục Chỉ thị 24 gồm ${DIRECTIVE_SHAPE.items} biểu hiện trong ${DIRECTIVE_SHAPE.groups} nhóm; tệp có ${rows.length} dòng trong ${groups.size} nhóm`,
          `The appendix has ${DIRECTIVE_SHAPE.items} items in ${DIRECTIVE_SHAPE.groups} groups; the file has ${rows.length} rows in ${groups.size} groups`,
        ),
      });
    }
  }
  return { rows, errors };
}

/**
 * Imports a catalog as a new version: the dry run shows every row and the errors per row; the
 * confirmed run writes all rows or none, and makes the new version current. Earlier versions stay,
 * so cases keep the version they were classified with.
 */
export async function importCatalog(
  deps: ConductDeps,
  actor: Actor,
  file: { buffer: Buffer; fileName: string },
  options: { kind: CatalogKind; version: string; dryRun: boolean },
) {
  if (!canManageCatalog(actor)) throw forbidden({ vi: 'Chỉ quản trị cơ quan được nạp danh mục', en: 'Only agency administrators import catalogs' });
  let raw: RawRow[];
  try {
    if (/\.json$/i.test(file.fileName)) raw = readJson(file.buffer);
    else if (/\.(xlsx|csv)$/i.test(file.fileName)) raw = await readSheet(file.buffer, file.fileName);
    else throw validationError([{ field: 'file', message: message('Chỉ nhận tệp .xlsx, .csv hoặc .json', 'Only .xlsx, .csv or .json files') }]);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw validationError([{ field: 'file', message: message('Không đọc được tệp', 'The file could not be read') }]);
  }
  const { rows, errors } = validateRows(raw, options.kind);
  const now = deps.clock.now();
  const existing = await listCatalogVersions(deps.db, actor.agencyId);
  if (existing.some((catalog) => catalog.kind === options.kind && catalog.version === options.version)) {
    errors.push({ row: 0, field: 'version', message: message('Phiên bản này đã có', 'This version already exists') });
  }
  if (options.dryRun || errors.length > 0) return { dryRun: options.dryRun, rows, errors, catalogId: null };
  const catalogId = await deps.db.transaction(async (tx) => {
    await ensureCatalogs(tx, actor.agencyId, now);
    const id = await insertCatalogVersion(
      tx,
      actor.agencyId,
      {
        kind: options.kind,
        version: options.version,
        status: 'official',
        note: `Nạp từ tệp ${file.fileName}`,
        sources: [file.fileName],
        title:
          options.kind === 'directive'
            ? 'Biểu hiện vi phạm kỷ cương, kỷ luật và trách nhiệm giải quyết công việc (Phụ lục Chỉ thị 24-CT/TU)'
            : 'Biểu hiện liên quan nêu tại các văn bản khác',
        items: rows.map(({ row: _row, ...item }) => item),
      },
      { isCurrent: true, importedBy: actor.personId, importedByName: actor.displayName, now },
    );
    if (!id) throw validationError([{ field: 'version', message: message('Phiên bản này đã có', 'This version already exists') }]);
    await recordAction(
      tx,
      auditContext(actor, now),
      'catalog.imported',
      { type: 'conduct_catalog', id },
      { kind: options.kind, version: options.version, items: rows.length, fileName: file.fileName },
    );
    return id;
  });
  return { dryRun: false, rows, errors: [], catalogId };
}
