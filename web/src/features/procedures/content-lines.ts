import type { ProcedureVersion, VersionContentInput } from '../../shared/contracts/procedures';

/** The lists of a version edited as text: one entry a line, fields separated by "|". */
export interface ContentText {
  purpose: string;
  scope: string;
  legalBases: string;
  definitions: string;
  forms: string;
  records: string;
  revisionNote: string;
}

const cells = (line: string) => line.split('|').map((cell) => cell.trim());
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function contentToText(version: ProcedureVersion | undefined): ContentText {
  return {
    purpose: version?.purpose ?? '',
    scope: version?.scope ?? '',
    legalBases: (version?.legalBases ?? []).map((basis) => basis.label).join('\n'),
    definitions: version?.definitions ?? '',
    forms: (version?.forms ?? []).map((form) => [form.code, form.name].filter(Boolean).join(' | ')).join('\n'),
    records: (version?.records ?? []).map((record) => [record.name, record.keeper, record.retention].join(' | ')).join('\n'),
    revisionNote: version?.revisionNote ?? '',
  };
}

export function textToContent(text: ContentText): Omit<VersionContentInput, 'steps'> {
  return {
    purpose: text.purpose,
    scope: text.scope,
    legalBases: linesOf(text.legalBases).map((label) => ({ documentId: null, label })),
    definitions: text.definitions,
    forms: linesOf(text.forms).map((line) => {
      const [first, second] = cells(line);
      return second === undefined ? { code: '', name: first } : { code: first, name: second };
    }),
    records: linesOf(text.records).map((line) => {
      const [name, keeper = '', retention = ''] = cells(line);
      return { name, keeper, retention };
    }),
    revisionNote: text.revisionNote,
  };
}
