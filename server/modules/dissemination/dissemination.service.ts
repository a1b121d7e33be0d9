import type { CreateCampaignBody } from '../../../contracts/dissemination.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import { notifyPeople } from '../notifications/index.js';
import { findPeople, findUnit } from '../org/index.js';
import { assignMissingPeople, ownAssignment, pinnedDocuments, startNewRound } from './dissemination.assignments.js';
import { auditContext, type DisseminationDeps } from './dissemination.deps.js';
import { currentVersion, pinCurrentVersions } from './dissemination.documents.js';
import { canManageCampaign, canOrganiseIn, coverageScope, handlesPartyMembership, isPartyOnly, organisesAgencyWide } from './dissemination.policy.js';
import * as repository from './dissemination.repository.js';
import { isAudienceWithin } from './dissemination.rules.js';

export const campaignNotFound = () => notFound({ vi: 'Không tìm thấy đợt quán triệt', en: 'Campaign not found' });

/** A campaign the actor may manage, or a 404 when they may not even see it, or a 403 when they only read its coverage. */
export async function managedCampaign(db: DisseminationDeps['db'] | Tx, actor: Actor, id: string, lock = false) {
  const row = lock ? await repository.lockCampaign(db as Tx, actor.agencyId, id) : await repository.findCampaign(db, actor.agencyId, id);
  if (!row || (isPartyOnly(row) && !handlesPartyMembership(actor))) throw campaignNotFound();
  if (!canManageCampaign(actor, row)) {
    const scope = coverageScope(actor);
    const seesIt = scope === null || (scope.length > 0 && (await repository.hasAssignmentsInScope(db, id, scope)));
    if (seesIt) throw forbidden({ vi: 'Chỉ đơn vị tổ chức quản lý đợt quán triệt này', en: 'Only the organising unit manages this campaign' });
    throw campaignNotFound();
  }
  return row;
}

/** Units and people named in an audience must exist; returns the units' paths and the named people's paths. */
async function resolveAudienceNames(deps: DisseminationDeps, agencyId: string, audience: CreateCampaignBody['audience']) {
  const unitPaths: string[] = [];
  for (const [index, unitId] of audience.unitIds.entries()) {
    const unit = await findUnit(deps.db, agencyId, unitId);
    if (!unit) throw validationError([{ field: `body.audience.unitIds.${index}`, message: { vi: 'Đơn vị không tồn tại', en: 'Unit unknown' } }]);
    unitPaths.push(unit.path);
  }
  const found = await findPeople(deps.db, agencyId, audience.personIds);
  const active = found.filter((person) => person.status === 'active');
  if (active.length !== new Set(audience.personIds).size) {
    throw validationError([
      { field: 'body.audience.personIds', message: { vi: 'Người không tồn tại hoặc đã nghỉ', en: 'Person unknown or no longer active' } },
    ]);
  }
  return { unitPaths, personPaths: active.map((person) => person.unitPath) };
}

/** Checks a campaign form against the register, the organisation and the actor's scope; returns what is stored. */
async function campaignColumns(deps: DisseminationDeps, actor: Actor, input: CreateCampaignBody) {
  const unit = await findUnit(deps.db, actor.agencyId, input.unitId);
  if (!unit || !unit.isActive)
    throw validationError([{ field: 'body.unitId', message: { vi: 'Đơn vị không tồn tại hoặc đã ngừng hoạt động', en: 'Unit unknown or inactive' } }]);
  if (!canOrganiseIn(actor, unit.path))
    throw forbidden({ vi: 'Bạn chỉ tổ chức quán triệt trong đơn vị mình phụ trách', en: 'You organise dissemination only within the units you manage' });
  if (input.audience.partyMembersOnly && !handlesPartyMembership(actor)) {
    throw forbidden({
      vi: 'Chỉ lãnh đạo, trưởng đơn vị, quản trị chọn đối tượng là đảng viên',
      en: 'Only leaders, unit heads and administrators target Party members',
    });
  }
  const { unitPaths, personPaths } = await resolveAudienceNames(deps, actor.agencyId, input.audience);
  if (!organisesAgencyWide(actor) && !isAudienceWithin(input.audience, unitPaths, personPaths, actor.managedUnitPaths)) {
    throw validationError([
      { field: 'body.audience', message: { vi: 'Đối tượng phải thuộc đơn vị bạn phụ trách', en: 'The audience must lie within the units you manage' } },
    ]);
  }
  const documents = await pinCurrentVersions(deps.db, actor.agencyId, input.documents, 'body.documents');
  if (input.deadline.kind === 'date' && input.deadline.dueDate < localDateOf(deps.clock.now())) {
    throw validationError([{ field: 'body.deadline.dueDate', message: { vi: 'Hạn đã qua', en: 'The deadline is in the past' } }]);
  }
  const columns = {
    unitId: unit.id,
    unitPath: unit.path,
    title: input.title,
    description: input.description,
    audience: { ...input.audience, unitPaths },
    deadlineWorkingDays: input.deadline.kind === 'working_days' ? input.deadline.workingDays : null,
    dueDate: input.deadline.kind === 'date' ? input.deadline.dueDate : null,
    requiresCommitment: input.requiresCommitment,
    quiz: input.quiz,
  };
  return { columns, documents };
}

/** Creates a draft campaign: documents pinned at their current versions, audience kept as rules until launch. */
export async function createCampaign(deps: DisseminationDeps, actor: Actor, input: CreateCampaignBody): Promise<string> {
  const { columns, documents } = await campaignColumns(deps, actor, input);
  const now = deps.clock.now();
  const id = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    await repository.insertCampaign(tx, { id, agencyId: actor.agencyId, ...columns, createdById: actor.personId, createdAt: now }, documents);
    await recordAction(tx, auditContext(actor, now), 'campaign.created', { type: 'campaign', id }, { title: input.title, documents, deadline: input.deadline });
  });
  return id;
}

/** A draft can be corrected before launch; once launched, what people were asked stays as it was. */
export async function updateDraftCampaign(deps: DisseminationDeps, actor: Actor, id: string, input: CreateCampaignBody): Promise<void> {
  await managedCampaign(deps.db, actor, id);
  const { columns, documents } = await campaignColumns(deps, actor, input);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const campaign = await managedCampaign(tx, actor, id, true);
    if (campaign.status !== 'draft') throw invalidState('not_draft', { vi: 'Chỉ sửa được bản nháp', en: 'Only a draft can be edited' });
    await repository.updateCampaign(tx, id, { ...columns, version: campaign.version + 1 });
    await repository.replaceDocuments(tx, actor.agencyId, id, documents);
    await recordAction(tx, auditContext(actor, now), 'campaign.updated', { type: 'campaign', id }, { title: input.title, documents, deadline: input.deadline });
  });
}

/** Launch: the deadline becomes a date on the agency calendar and the audience becomes one assignment per person. */
export async function launchCampaign(deps: DisseminationDeps, actor: Actor, id: string): Promise<number> {
  const calendar = await deps.calendars.get(actor.agencyId);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const campaign = await managedCampaign(tx, actor, id, true);
    if (campaign.status !== 'draft') throw invalidState('not_draft', { vi: 'Đợt quán triệt đã được phát động', en: 'The campaign was already launched' });
    const dueDate = campaign.deadlineWorkingDays !== null ? calendar.addWorkingDays(localDateOf(now), campaign.deadlineWorkingDays) : campaign.dueDate;
    const launched = { ...campaign, status: 'launched' as const, dueDate, launchedAt: now };
    await repository.updateCampaign(tx, id, { status: 'launched', dueDate, launchedAt: now, version: campaign.version + 1 });
    const documents = pinnedDocuments(await repository.campaignDocuments(tx, [id]));
    const assigned = await assignMissingPeople(tx, launched, documents, now);
    if (assigned === 0)
      throw validationError([{ field: 'audience', message: { vi: 'Không có ai thuộc đối tượng quán triệt', en: 'Nobody is in the audience' } }]);
    await recordAction(tx, auditContext(actor, now), 'campaign.launched', { type: 'campaign', id }, { dueDate, assigned });
    return assigned;
  });
}

export async function closeCampaign(deps: DisseminationDeps, actor: Actor, id: string, note: string | undefined) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const campaign = await managedCampaign(tx, actor, id, true);
    if (campaign.status !== 'launched')
      throw invalidState('not_launched', { vi: 'Chỉ kết thúc đợt đang diễn ra', en: 'Only a running campaign can be closed' });
    await repository.updateCampaign(tx, id, { status: 'closed', closedAt: now, version: campaign.version + 1 });
    await recordAction(tx, auditContext(actor, now), 'campaign.closed', { type: 'campaign', id }, { note: note ?? null });
  });
}

/** Reminds everyone who has not finished; at most once a day per person and campaign. */
export async function remindLaggards(deps: DisseminationDeps, actor: Actor, id: string): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const campaign = await managedCampaign(tx, actor, id, true);
    if (campaign.status !== 'launched') throw invalidState('not_launched', { vi: 'Đợt quán triệt không diễn ra', en: 'The campaign is not running' });
    const count = await remindUndone(tx, campaign, now, `manual:${localDateOf(now)}`);
    await recordAction(tx, auditContext(actor, now), 'campaign.reminded', { type: 'campaign', id }, { reminded: count });
    return count;
  });
}

export async function remindUndone(tx: Tx, campaign: repository.CampaignRow, now: Date, occasion: string): Promise<number> {
  const undone = await repository.undoneAssignments(tx, campaign.id);
  await notifyPeople(tx, {
    agencyId: campaign.agencyId,
    personIds: undone.map((assignment) => assignment.personId),
    subject: ownAssignment(undone),
    kind: 'dissemination_reminder',
    title: {
      vi: `Nhắc: đọc, xác nhận${campaign.requiresCommitment ? ', ký cam kết' : ''} "${campaign.title}"${campaign.dueDate ? ` trước ${campaign.dueDate.split('-').reverse().join('/')}` : ''}`,
      en: `Reminder: read and acknowledge "${campaign.title}"${campaign.dueDate ? ` by ${campaign.dueDate}` : ''}`,
    },
    dedupeKey: `dissemination:${campaign.id}:${campaign.round}:${occasion}`,
    now,
  });
  return undone.length;
}

/**
 * Moves a document of a live campaign to its current version in the register and asks
 * everyone again. The daily sweep does the same for versions added since.
 */
export async function adoptNewVersion(deps: DisseminationDeps, actor: Actor, id: string, documentId: string): Promise<number> {
  const latest = await currentVersion(deps.db, actor.agencyId, documentId);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const campaign = await managedCampaign(tx, actor, id, true);
    if (campaign.status !== 'launched') throw invalidState('not_launched', { vi: 'Đợt quán triệt không diễn ra', en: 'The campaign is not running' });
    const documents = await repository.campaignDocuments(tx, [id]);
    const pinned = documents.find((d) => d.documentId === documentId);
    if (!pinned || !latest) throw notFound({ vi: 'Văn bản không thuộc đợt quán triệt', en: 'The document is not part of this campaign' });
    if (latest.versionNumber <= pinned.versionNumber)
      throw invalidState('no_newer_version', { vi: 'Văn bản chưa có phiên bản mới', en: 'The document has no newer version' });
    const askedAgain = await applyVersion(tx, campaign, documents, latest, now);
    await recordAction(
      tx,
      auditContext(actor, now),
      'campaign.new_version',
      { type: 'campaign', id },
      { documentId, from: pinned.versionNumber, to: latest.versionNumber, askedAgain },
    );
    return askedAgain;
  });
}

export async function applyVersion(
  tx: Tx,
  campaign: repository.CampaignRow,
  documents: repository.CampaignDocumentRow[],
  latest: { documentId: string; versionId: string; versionNumber: number },
  now: Date,
) {
  await repository.replaceDocumentVersion(tx, campaign.id, latest.documentId, latest.versionId, latest.versionNumber);
  const updated = pinnedDocuments(documents).map((d) => (d.documentId === latest.documentId ? latest : d));
  return startNewRound(tx, campaign, updated, now);
}
