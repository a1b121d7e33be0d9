/**
 * Number and symbol (số, ký hiệu) of a document, in the two formats Vietnamese agencies use:
 * - Party (Hướng dẫn 36-HD/VPTW): `24-CT/TU` = sequence - type / issuer;
 * - State (Nghị định 30/2020/NĐ-CP): `15/QĐ-UBND` = sequence / type - issuer, legal normative
 *   documents with the year: `48/2023/NĐ-CP`.
 * Pure and shared by the server (validation, uniqueness key) and the web app (live form check).
 */
export type NumberStyle = 'party' | 'state';

export interface DocumentNumber {
  style: NumberStyle;
  /** The digits as written, leading zeros kept (`05-NQ/ĐU`). */
  sequence: string;
  /** Year inside a state symbol (`48/2023/NĐ-CP`), otherwise null. */
  year: number | null;
  /** Type abbreviation: CT, NQ, KL, KH, BC, HD, QĐ, TB, TTr … */
  typeCode: string;
  /** Issuer abbreviation, possibly compound (`UBND`, `TU`, `ĐU`, `BTGTU`, `UBND-VP`). */
  issuerCode: string;
}

export const documentKinds = ['directive', 'resolution', 'conclusion', 'plan', 'report', 'guidance', 'decision', 'other'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** The type abbreviation each kind carries; `other` takes any abbreviation not listed here. */
export const typeCodeOfKind: Record<Exclude<DocumentKind, 'other'>, string> = {
  directive: 'CT',
  resolution: 'NQ',
  conclusion: 'KL',
  plan: 'KH',
  report: 'BC',
  guidance: 'HD',
  decision: 'QĐ',
};

const SEQUENCE = '(\\d{1,6})';
const TYPE = '([A-ZĐ][A-Za-zĐđ]{0,7})';
const ISSUER = '([A-ZĐ0-9][A-Za-zĐđ0-9]{0,15}(?:-[A-ZĐ0-9][A-Za-zĐđ0-9]{0,15}){0,3})';
const PARTY = new RegExp(`^${SEQUENCE}-${TYPE}\\/${ISSUER}$`);
const STATE = new RegExp(`^${SEQUENCE}\\/(?:(\\d{4})\\/)?${TYPE}-${ISSUER}$`);

export type NumberProblem = 'empty' | 'malformed' | 'zero_sequence' | 'year_out_of_range';

export type ParseResult = { ok: true; value: DocumentNumber } | { ok: false; problem: NumberProblem };

/** Parses a number/symbol as typed; spaces around separators and NFD input are tolerated. */
export function parseDocumentNumber(input: string): ParseResult {
  const text = input
    .normalize('NFC')
    .trim()
    .replace(/^số\s*/i, '')
    .replace(/\s*([-/])\s*/g, '$1');
  if (text === '') return { ok: false, problem: 'empty' };
  const party = PARTY.exec(text);
  if (party) {
    const [, sequence, typeCode, issuerCode] = party;
    if (/^0+$/.test(sequence)) return { ok: false, problem: 'zero_sequence' };
    return { ok: true, value: { style: 'party', sequence, year: null, typeCode, issuerCode } };
  }
  const state = STATE.exec(text);
  if (state) {
    const [, sequence, year, typeCode, issuerCode] = state;
    if (/^0+$/.test(sequence)) return { ok: false, problem: 'zero_sequence' };
    const yearNumber = year ? Number(year) : null;
    if (yearNumber !== null && (yearNumber < 1945 || yearNumber > 2100)) return { ok: false, problem: 'year_out_of_range' };
    return { ok: true, value: { style: 'state', sequence, year: yearNumber, typeCode, issuerCode } };
  }
  return { ok: false, problem: 'malformed' };
}

/** Writes the canonical symbol; parse(format(n)) gives n back for every valid n. */
export function formatDocumentNumber(number: DocumentNumber): string {
  if (number.style === 'party') return `${number.sequence}-${number.typeCode}/${number.issuerCode}`;
  return `${number.sequence}/${number.year !== null ? `${number.year}/` : ''}${number.typeCode}-${number.issuerCode}`;
}

/** The kind a type abbreviation stands for, or `other` when it is not one of the register's kinds. */
export function kindOfTypeCode(typeCode: string): DocumentKind {
  const entry = Object.entries(typeCodeOfKind).find(([, code]) => code === typeCode);
  return (entry?.[0] as DocumentKind | undefined) ?? 'other';
}

/** A kind and a symbol agree when the symbol's type abbreviation is the kind's own. */
export function kindAgreesWithNumber(kind: DocumentKind, number: DocumentNumber): boolean {
  return kindOfTypeCode(number.typeCode) === kind;
}

export const numberProblemText: Record<NumberProblem, { vi: string; en: string }> = {
  empty: { vi: 'Chưa nhập số, ký hiệu', en: 'The number and symbol are missing' },
  malformed: {
    vi: 'Số, ký hiệu không đúng mẫu (ví dụ 24-CT/TU, 15/QĐ-UBND, 48/2023/NĐ-CP)',
    en: 'The number and symbol do not follow the pattern (e.g. 24-CT/TU, 15/QĐ-UBND, 48/2023/NĐ-CP)',
  },
  zero_sequence: { vi: 'Số thứ tự phải lớn hơn 0', en: 'The sequence number must be greater than 0' },
  year_out_of_range: { vi: 'Năm trong ký hiệu không hợp lệ', en: 'The year inside the symbol is not valid' },
};
