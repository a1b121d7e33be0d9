import { openCaseBody, type OpenCaseBody } from '../../../contracts/conduct.js';
import type { CatalogKind, SubjectCategory } from '../../../contracts/conduct-vocabulary.js';
import type { Tx } from '../../db/client.js';
import { type Actor, hasRole } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { loadWorkingCalendar } from '../../platform/calendar/calendar.repository.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { forbidden, validationError, type FieldError } from '../../platform/errors.js';
import { foldForSearch } from '../../platform/search-text.js';
import { notifyPeople } from '../notifications/index.js';
import { findPeople, findUnit } from '../org/index.js';
import { currentCatalog, ensureCatalogs, findCatalogItems } from './conduct.catalog.js';
import { handlingDueOn, statuteOf, type Statute } from './conduct.deadlines.js';
import { auditContext, calendarOf, type ConductDeps } from './conduct.deps.js';
import * as repository from './conduct.repository.js';
import { computeCaseSignals, signalColumns } from './conduct.signals.js';

export interface OpenedCase {
  id: string;
  /** false when a case from the same source record already existed (opening is idempotent per source). */
  isNew: boolean;
  /** Warned at recording: a 5- or 10-year limit may already have passed. */
  statute: Statute;
}

const PERSON_CATEGORY: Record<'cadre' | 'civil_servant' | 'worker', SubjectCategory> = {
  cadre: 'cadre',
  civil_servant: 'civil_servant',
  worker: 'public_employee',
};

const field = (name: string, vi: string, en: string): FieldError => ({ field: name, message: { vi, en } });

/**
 * Opens (records) a conduct case. Other modules call it too — the public channel opens a case from a
 * citizen's report with `source: 'public_report'` and `sourceId` = the report's id; opening twice
 * from the same source record returns the first case. Input is validated here as well as at the
 * edge, so callers from other modules get the same field-named errors.
 */
export async function openCase(deps: ConductDeps, actor: Actor, body: OpenCaseBody, tx?: Tx): Promise<OpenedCase> {
  const parsed = openCaseBody.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error.issues.map((issue) => field(['body', ...issue.path].join('.'), issue.message, issue.message)));
  const input = parsed.data;
  if (!hasRole(actor, 'inspector', 'leader'))
    throw forbidden({ vi: 'Chỉ kiểm tra viên hoặc lãnh đạo được mở vụ việc', en: 'Only inspectors and leaders open cases' });
  const now = deps.clock.now();
  const today = localDateOf(now);
  // Inside a caller's transaction the calendar is read through it: on PGlite a second connection would wait.
  const calendar = tx ? await loadWorkingCalendar(tx, actor.agencyId) : await calendarOf(deps, actor.agencyId);
  const run = async (tx: Tx): Promise<OpenedCase> => {
    if (input.sourceId) {
      const existing = await repository.findCaseBySource(tx, actor.agencyId, input.source, input.sourceId);
      if (existing) return { id: existing.id, isNew: false, statute: statuteOf(input.violationOn ?? null, today) };
    }
    const errors: FieldError[] = [];
    if (input.detectedOn > today) errors.push(field('body.detectedOn', 'Ngày phát hiện không được ở tương lai', 'The detection date cannot be in the future'));
    const subject = await resolveSubject(tx, actor.agencyId, input.subject, errors);
    const handlerId = input.handlingInspectorId ?? actor.personId;
    if (handlerId && !(await repository.isInspector(tx, actor.agencyId, handlerId)) && !(handlerId === actor.personId && hasRole(actor, 'leader'))) {
      errors.push(field('body.handlingInspectorId', 'Người thụ lý phải là kiểm tra viên đang hoạt động', 'The handler must be an active inspector'));
    }
    if (handlerId && handlerId === subject?.personId)
      errors.push(field('body.handlingInspectorId', 'Người bị xem xét không thể tự thụ lý', 'The subject cannot handle their own case'));
    await ensureCatalogs(tx, actor.agencyId, now);
    const items = await resolveItems(tx, actor.agencyId, input.items, errors);
    if (errors.length > 0 || !subject) throw validationError(errors);

    const id = crypto.randomUUID();
    const category = input.subjectCategory ?? subject.defaultCategory;
    const dueOn = handlingDueOn(calendar, input.detectedOn, false);
    const violationOn = input.violationOn ?? null;
    const signals = computeCaseSignals({ status: 'recorded', handlingDueOn: dueOn, explanationDueOn: null, appealDueOn: null, violationOn }, today);
    const isInserted = await repository.insertCase(tx, {
      id,
      agencyId: actor.agencyId,
      subjectKind: input.subject.kind,
      subjectPersonId: subject.personId,
      subjectUnitId: subject.unitId,
      subjectUnitPath: subject.unitPath,
      subjectName: subject.name,
      subjectCategory: category,
      title: input.title,
      searchText: foldForSearch(`${input.title} ${subject.name}`),
      description: input.description,
      source: input.source,
      sourceId: input.sourceId ?? null,
      sourceReference: input.sourceReference ?? null,
      reporter: input.reporter ?? null,
      confidentiality: input.confidentiality,
      status: 'recorded',
      handlingInspectorId: handlerId,
      openedById: actor.personId,
      detectedOn: input.detectedOn,
      violationOn,
      handlingDueOn: dueOn,
      ...signalColumns(signals),
      createdAt: now,
      updatedAt: now,
    });
    if (!isInserted && input.sourceId) {
      // Opened concurrently from the same source record: that first case stands.
      const existing = await repository.findCaseBySource(tx, actor.agencyId, input.source, input.sourceId);
      if (existing) return { id: existing.id, isNew: false, statute: statuteOf(violationOn, today) };
    }
    await repository.insertCaseItems(
      tx,
      items.map((item) => ({ agencyId: actor.agencyId, caseId: id, ...item })),
    );
    const after = {
      status: 'recorded',
      subjectKind: input.subject.kind,
      subjectCategory: category,
      handlingDueOn: dueOn,
      items: items.map((item) => item.itemCode),
      confidentiality: input.confidentiality,
    };
    await repository.insertEvent(tx, {
      agencyId: actor.agencyId,
      caseId: id,
      occurredAt: now,
      actorPersonId: actor.personId,
      actorName: actor.displayName,
      kind: 'case.recorded',
      reason: null,
      before: {},
      after,
    });
    // The audit row names the source kind but never the reporter.
    await recordAction(
      tx,
      auditContext(actor, now),
      'case.recorded',
      { type: 'conduct_case', id },
      { ...after, source: input.source, sourceId: input.sourceId ?? null },
    );
    if (handlerId && handlerId !== actor.personId) {
      await notifyPeople(tx, {
        agencyId: actor.agencyId,
        personIds: [handlerId],
        kind: 'conduct_assigned',
        title: { vi: `Bạn được giao thụ lý vụ việc: ${input.title}`, en: `You handle the case: ${input.title}` },
        subject: { type: 'conduct_case', id },
        now,
      });
    }
    return { id, isNew: true, statute: statuteOf(violationOn, today) };
  };
  return tx ? run(tx) : deps.db.transaction(run);
}

interface ResolvedSubject {
  personId: string | null;
  unitId: string;
  unitPath: string;
  name: string;
  defaultCategory: SubjectCategory;
}

async function resolveSubject(
  tx: Tx,
  agencyId: string,
  subject: { kind: 'person'; personId: string } | { kind: 'unit'; unitId: string },
  errors: FieldError[],
): Promise<ResolvedSubject | null> {
  if (subject.kind === 'person') {
    const [person] = await findPeople(tx, agencyId, [subject.personId]);
    if (!person) {
      errors.push(field('body.subject.personId', 'Không tìm thấy cán bộ', 'Person not found'));
      return null;
    }
    return { personId: person.id, unitId: person.unitId, unitPath: person.unitPath, name: person.fullName, defaultCategory: PERSON_CATEGORY[person.category] };
  }
  const unit = await findUnit(tx, agencyId, subject.unitId);
  if (!unit) {
    errors.push(field('body.subject.unitId', 'Không tìm thấy đơn vị', 'Unit not found'));
    return null;
  }
  return { personId: null, unitId: unit.id, unitPath: unit.path, name: unit.name, defaultCategory: 'party_organisation' };
}

/** Each item is classified against the current version of its catalog and frozen with its wording. */
async function resolveItems(tx: Tx, agencyId: string, wanted: { catalog: CatalogKind; code: string }[], errors: FieldError[]) {
  const resolved: { catalogId: string; catalogVersion: string; itemCode: string; itemText: string }[] = [];
  const seen = new Set<string>();
  for (const [index, item] of wanted.entries()) {
    const key = `${item.catalog}:${item.code}`;
    if (seen.has(key)) {
      errors.push(field(`body.items.${index}.code`, 'Biểu hiện bị lặp', 'Duplicate item'));
      continue;
    }
    seen.add(key);
    const catalog = await currentCatalog(tx, agencyId, item.catalog);
    const [found] = catalog ? await findCatalogItems(tx, catalog.id, [item.code]) : [];
    if (!catalog || !found) {
      errors.push(field(`body.items.${index}.code`, 'Mã biểu hiện không có trong danh mục hiện hành', 'The code is not in the current catalog'));
      continue;
    }
    resolved.push({ catalogId: catalog.id, catalogVersion: catalog.version, itemCode: found.code, itemText: found.text });
  }
  return resolved;
}
