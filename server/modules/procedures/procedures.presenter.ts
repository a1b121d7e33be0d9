import type { ProcedureVersion, Step } from '../../../contracts/procedures.js';
import type { Actor } from '../../platform/actor.js';
import { canApproveIn, canDraftIn, canStartRunIn } from './procedures.policy.js';
import type { ProcedureRow, StepWithNames, VersionRow } from './procedures.repository.js';
import { nextVersionStatus } from './procedures.rules.js';

export function presentStep(step: StepWithNames): Step {
  return {
    id: step.id,
    position: step.position,
    name: step.name,
    unit: { id: step.unitId, name: step.unitName },
    responsiblePosition: step.responsiblePosition,
    defaultPerson: step.defaultPersonId ? { id: step.defaultPersonId, fullName: step.personName ?? '', hasLeft: step.personStatus !== 'active' } : null,
    limitValue: step.limitValue,
    limitUnit: step.limitUnit,
    inputs: step.inputs,
    outputs: step.outputs,
    needsAcceptance: step.needsAcceptance,
    isParallel: step.isParallel,
  };
}

type Named = Map<string, string>;
const personOf = (id: string | null, names: Named) => (id ? { id, fullName: names.get(id) ?? '' } : null);

/** A version with its step table and what the actor may do with it next. */
export function presentVersion(actor: Actor, procedure: ProcedureRow, version: VersionRow, steps: StepWithNames[], names: Named): ProcedureVersion {
  const drafts = canDraftIn(actor, procedure.unitPath);
  const approves = canApproveIn(actor, procedure.unitPath);
  return {
    id: version.id,
    procedureId: procedure.id,
    edition: version.edition,
    status: version.status,
    purpose: version.purpose,
    scope: version.scope,
    legalBases: version.legalBases as ProcedureVersion['legalBases'],
    definitions: version.definitions,
    forms: version.forms as ProcedureVersion['forms'],
    records: version.records as ProcedureVersion['records'],
    revisionNote: version.revisionNote,
    draftedBy: personOf(version.draftedById, names),
    submittedAt: version.submittedAt?.toISOString() ?? null,
    approvedBy: personOf(version.approvedById, names),
    approvedAt: version.approvedAt?.toISOString() ?? null,
    publishedAt: version.publishedAt?.toISOString() ?? null,
    issueDate: version.issueDate,
    steps: steps.map(presentStep),
    abilities: {
      canEdit: drafts && nextVersionStatus(version.status, 'edit') !== null,
      canSubmit: drafts && nextVersionStatus(version.status, 'submit') !== null,
      canApprove: approves && nextVersionStatus(version.status, 'approve') !== null,
      canPublish: approves && nextVersionStatus(version.status, 'publish') !== null,
      canStartRun: version.status === 'published' && canStartRunIn(actor, procedure.unitPath),
    },
  };
}
