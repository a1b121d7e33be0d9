import type { ProcedureVersionDecision } from '../../../contracts/procedures.js';
import type { CreateProcedureBody, VersionContentInput } from '../../../contracts/procedures.js';
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { conflict, forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import { foldForSearch } from '../../platform/search-text.js';
import { findDocument } from '../documents/index.js';
import { findNamed, findUnit } from '../org/index.js';
import { auditContext, type ProceduresDeps } from './procedures.deps.js';
import { canApproveIn, canDraftIn, canSeeVersion } from './procedures.policy.js';
import * as repository from './procedures.repository.js';
import { canOpenDraft, nextVersionStatus, type VersionAction } from './procedures.rules.js';

export const procedureNotFound = () => notFound({ vi: 'Không tìm thấy quy trình', en: 'Procedure not found' });

/** Units, people and register documents the content names must exist (people still working). */
async function checkContent(db: Db, agencyId: string, content: VersionContentInput) {
  const { units, people } = await findNamed(
    db,
    agencyId,
    content.steps.map((s) => s.unitId),
    content.steps.flatMap((s) => (s.defaultPersonId ? [s.defaultPersonId] : [])),
  );
  const errors = content.steps.flatMap((step, index) => {
    const found = [];
    if (!units.some((u) => u.id === step.unitId && u.isActive))
      found.push({ field: `body.steps.${index}.unitId`, message: { vi: 'Đơn vị không tồn tại hoặc đã ngừng hoạt động', en: 'Unit unknown or inactive' } });
    if (step.defaultPersonId && !people.some((p) => p.id === step.defaultPersonId && p.status === 'active')) {
      found.push({
        field: `body.steps.${index}.defaultPersonId`,
        message: { vi: 'Cán bộ không tồn tại hoặc đã nghỉ', en: 'Person unknown or no longer active' },
      });
    }
    return found;
  });
  for (const [index, basis] of content.legalBases.entries()) {
    if (basis.documentId && !(await findDocument(db, agencyId, basis.documentId))) {
      errors.push({ field: `body.legalBases.${index}.documentId`, message: { vi: 'Văn bản không có trong sổ', en: 'Document not in the register' } });
    }
  }
  if (errors.length > 0) throw validationError(errors);
}

function contentColumns(content: VersionContentInput) {
  const { purpose, scope, legalBases, definitions, forms, records, revisionNote } = content;
  return { purpose, scope, legalBases, definitions, forms, records, revisionNote };
}

function stepRows(agencyId: string, versionId: string, content: VersionContentInput) {
  return content.steps.map((step, index) => ({ id: crypto.randomUUID(), agencyId, versionId, position: index + 1, ...step }));
}

/** Creates a procedure with its first edition as a draft. */
export async function createProcedure(deps: ProceduresDeps, actor: Actor, input: CreateProcedureBody): Promise<{ procedureId: string; versionId: string }> {
  const unit = await findUnit(deps.db, actor.agencyId, input.unitId);
  if (!unit || !unit.isActive)
    throw validationError([{ field: 'body.unitId', message: { vi: 'Đơn vị không tồn tại hoặc đã ngừng hoạt động', en: 'Unit unknown or inactive' } }]);
  if (!canDraftIn(actor, unit.path))
    throw forbidden({ vi: 'Chỉ trưởng đơn vị hoặc lãnh đạo xây dựng quy trình của đơn vị', en: 'Only the unit head or a leader writes the unit’s procedures' });
  await checkContent(deps.db, actor.agencyId, input);
  const now = deps.clock.now();
  const procedureId = crypto.randomUUID();
  const versionId = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    if (await repository.isCodeTaken(tx, actor.agencyId, input.code)) {
      throw conflict('procedure_code_taken', { vi: 'Mã quy trình đã được dùng', en: 'This procedure code is already used' }, [
        { field: 'body.code', message: { vi: 'Mã đã có', en: 'Code already used' } },
      ]);
    }
    await repository.insertProcedure(tx, {
      id: procedureId,
      agencyId: actor.agencyId,
      unitId: unit.id,
      unitPath: unit.path,
      code: input.code,
      title: input.title,
      searchText: foldForSearch(`${input.code} ${input.title}`),
      createdAt: now,
      updatedAt: now,
    });
    await repository.insertVersion(tx, {
      id: versionId,
      agencyId: actor.agencyId,
      procedureId,
      edition: 1,
      ...contentColumns(input),
      draftedById: actor.personId,
      createdAt: now,
      updatedAt: now,
    });
    await repository.replaceSteps(tx, versionId, stepRows(actor.agencyId, versionId, input));
    await recordAction(
      tx,
      auditContext(actor, now),
      'procedure.created',
      { type: 'procedure', id: procedureId },
      { code: input.code, title: input.title, versionId },
    );
  });
  return { procedureId, versionId };
}

/** The version and its procedure, or 404 when the actor may not see it. */
export async function visibleVersion(db: Db | Tx, actor: Actor, versionId: string, lock?: Tx) {
  const version = lock ? await repository.lockVersion(lock, actor.agencyId, versionId) : await repository.findVersion(db, actor.agencyId, versionId);
  const procedure = version && (await repository.findProcedure(lock ?? db, actor.agencyId, version.procedureId));
  if (!version || !procedure || !canSeeVersion(actor, procedure.unitPath, version.status)) throw procedureNotFound();
  return { version, procedure };
}

/** Rewrites a draft's content and step table. */
export async function updateDraft(deps: ProceduresDeps, actor: Actor, versionId: string, content: VersionContentInput) {
  await checkContent(deps.db, actor.agencyId, content);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const { version, procedure } = await visibleVersion(tx, actor, versionId, tx);
    if (!canDraftIn(actor, procedure.unitPath))
      throw forbidden({ vi: 'Chỉ trưởng đơn vị hoặc lãnh đạo sửa quy trình', en: 'Only the unit head or a leader edits the procedure' });
    if (nextVersionStatus(version.status, 'edit') === null)
      throw invalidState('version_not_draft', { vi: 'Chỉ sửa được bản dự thảo', en: 'Only a draft can be edited' });
    await repository.updateVersion(tx, versionId, { ...contentColumns(content), updatedAt: now, version: version.version + 1 });
    await repository.replaceSteps(tx, versionId, stepRows(actor.agencyId, versionId, content));
    await recordAction(
      tx,
      auditContext(actor, now),
      'procedure.draft_updated',
      { type: 'procedure', id: procedure.id },
      { versionId, steps: content.steps.length },
    );
  });
}

/** Opens the next edition as a draft, a copy of the latest one, to be revised. */
export async function openDraft(deps: ProceduresDeps, actor: Actor, procedureId: string): Promise<string> {
  const now = deps.clock.now();
  const versionId = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    const procedure = await repository.findProcedure(tx, actor.agencyId, procedureId);
    if (!procedure) throw procedureNotFound();
    if (!canDraftIn(actor, procedure.unitPath))
      throw forbidden({ vi: 'Chỉ trưởng đơn vị hoặc lãnh đạo sửa đổi quy trình', en: 'Only the unit head or a leader revises the procedure' });
    await repository.updateProcedure(tx, procedureId, { updatedAt: now });
    const versions = await repository.versionsOf(tx, procedureId);
    if (!canOpenDraft(versions.map((v) => v.status)))
      throw invalidState('draft_exists', { vi: 'Đang có một lần ban hành chưa hoàn tất', en: 'An edition is already being prepared' });
    const latest = versions[0];
    const steps = await repository.stepsOf(tx, [latest.id]);
    const { purpose, scope, legalBases, definitions, forms, records } = latest;
    await repository.insertVersion(tx, {
      id: versionId,
      agencyId: actor.agencyId,
      procedureId,
      edition: latest.edition + 1,
      purpose,
      scope,
      legalBases,
      definitions,
      forms,
      records,
      revisionNote: '',
      draftedById: actor.personId,
      createdAt: now,
      updatedAt: now,
    });
    await repository.replaceSteps(
      tx,
      versionId,
      steps.map((s) => ({
        id: crypto.randomUUID(),
        agencyId: actor.agencyId,
        versionId,
        position: s.position,
        name: s.name,
        unitId: s.unitId,
        responsiblePosition: s.responsiblePosition,
        defaultPersonId: s.defaultPersonId,
        limitValue: s.limitValue,
        limitUnit: s.limitUnit,
        inputs: s.inputs,
        outputs: s.outputs,
        needsAcceptance: s.needsAcceptance,
        isParallel: s.isParallel,
      })),
    );
    await recordAction(
      tx,
      auditContext(actor, now),
      'procedure.draft_opened',
      { type: 'procedure', id: procedureId },
      { versionId, edition: latest.edition + 1 },
    );
  });
  return versionId;
}

const pastTense: Record<Exclude<VersionAction, 'edit'>, ProcedureVersionDecision> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  publish: 'published',
};
const refusedTransition = { vi: 'Không thể thực hiện ở trạng thái hiện tại của bản quy trình', en: 'Not possible in the version’s current status' };

/** Submits, approves, returns or publishes a version; publishing supersedes the previous edition (runs keep theirs). */
export async function decideVersion(deps: ProceduresDeps, actor: Actor, versionId: string, action: Exclude<VersionAction, 'edit'>, note: string) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const { version, procedure } = await visibleVersion(tx, actor, versionId, tx);
    const allowed = action === 'submit' ? canDraftIn(actor, procedure.unitPath) : canApproveIn(actor, procedure.unitPath);
    if (!allowed)
      throw forbidden({
        vi: 'Chỉ trưởng đơn vị của quy trình hoặc lãnh đạo phê duyệt, ban hành',
        en: 'Only the procedure unit’s head or a leader approves and publishes',
      });
    const status = nextVersionStatus(version.status, action);
    if (!status) throw invalidState('version_status', refusedTransition);
    const stamp =
      action === 'submit'
        ? { submittedById: actor.personId, submittedAt: now }
        : action === 'approve'
          ? { approvedById: actor.personId, approvedAt: now }
          : action === 'publish'
            ? { publishedAt: now, issueDate: localDateOf(now) }
            : {};
    if (action === 'publish') {
      if (procedure.publishedVersionId) await repository.updateVersion(tx, procedure.publishedVersionId, { status: 'superseded', updatedAt: now });
      await repository.updateProcedure(tx, procedure.id, { publishedVersionId: versionId, updatedAt: now });
    }
    await repository.updateVersion(tx, versionId, { status, ...stamp, updatedAt: now, version: version.version + 1 });
    await recordAction(
      tx,
      auditContext(actor, now),
      `procedure.${pastTense[action]}`,
      { type: 'procedure', id: procedure.id },
      { versionId, edition: version.edition, before: version.status, after: status, note },
    );
  });
}
