import type { SubjectCategory } from '../../../contracts/conduct-vocabulary.js';
import disciplineRules from './reference/discipline-rules.json' with { type: 'json' };
import manifestations from './reference/manifestations.json' with { type: 'json' };

/**
 * Reference data shipped as files (reference/*.json), never retyped in code: the Directive 24
 * catalog as found (manifestations.json, byte-identical to shared/domain) and the dated discipline
 * rules derived from BRIEF.md §3, each entry naming its legal source.
 */
export interface DisciplineForm {
  category: SubjectCategory;
  code: string;
  name: string;
  /** `reprimand` falls under the 5-year statute of limitations, `heavier` under the 10-year one. */
  level: 'reprimand' | 'heavier';
  effectiveFrom: string;
  effectiveTo: string | null;
  note: string | null;
  source: string;
}

export interface DisciplineRules {
  forms: DisciplineForm[];
  handlingLimit: { days: number; extendedDays: number; source: string };
  statuteOfLimitations: { reprimandYears: number; heavierYears: number; source: string };
  appealWindow: { days: number; source: string };
}

export const DISCIPLINE_RULES = disciplineRules as DisciplineRules;

export interface ShippedCatalogItem {
  code: string;
  groupCode: string;
  groupTitle: string | null;
  text: string;
  status: string;
  source: string | null;
}

export interface ShippedCatalog {
  kind: 'directive' | 'related';
  version: string;
  title: string;
  status: string;
  note: string;
  sources: string[];
  items: ShippedCatalogItem[];
}

/** The two catalogs of manifestations.json: the appendix (draft) and the related conduct list. */
export function shippedCatalogs(): ShippedCatalog[] {
  const directive: ShippedCatalog = {
    kind: 'directive',
    version: manifestations.version,
    title: manifestations.title,
    status: manifestations.status,
    note: manifestations.note,
    sources: manifestations.sources,
    items: manifestations.groups.flatMap((group) =>
      group.items.map((item) => ({ code: item.code, groupCode: group.code, groupTitle: group.title, text: item.text, status: item.status, source: null })),
    ),
  };
  const related: ShippedCatalog = {
    kind: 'related',
    version: manifestations.version,
    title: 'Biểu hiện liên quan nêu tại các văn bản khác',
    status: manifestations.status,
    note: manifestations.related.note,
    sources: [...new Set(manifestations.related.items.map((item) => item.source))],
    items: manifestations.related.items.map((item) => ({
      code: item.code,
      groupCode: 'R',
      groupTitle: null,
      text: item.text,
      status: 'sourced',
      source: item.source,
    })),
  };
  return [directive, related];
}
