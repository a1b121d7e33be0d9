import type { AcknowledgementEventKind, AudienceInput } from '../../../contracts/dissemination.js';
import type { NotificationSubject } from '../../../contracts/work.js';
import type { Tx } from '../../db/client.js';
import { notifyPeople } from '../notifications/index.js';
import type { PinnedVersion } from './dissemination.documents.js';
import * as repository from './dissemination.repository.js';
import type { AssignmentRow, CampaignRow } from './dissemination.repository.js';
import { askAgain, countsDelta, isDone, noFlags, type AssignmentFlags, type Requirements } from './dissemination.rules.js';

export const requirementsOf = (campaign: Pick<CampaignRow, 'requiresCommitment' | 'quiz'>): Requirements => ({
  requiresCommitment: campaign.requiresCommitment,
  hasQuiz: campaign.quiz !== null,
});

export const flagsOf = (row: Pick<AssignmentRow, 'openedAt' | 'acknowledgedAt' | 'committedAt' | 'quizPassedAt'>): AssignmentFlags => ({
  openedAt: row.openedAt,
  acknowledgedAt: row.acknowledgedAt,
  committedAt: row.committedAt,
  quizPassedAt: row.quizPassedAt,
});

export const audienceOf = (campaign: CampaignRow) => campaign.audience as AudienceInput & { unitPaths: string[] };

export const pinnedDocuments = (rows: repository.CampaignDocumentRow[]): PinnedVersion[] =>
  rows.map((row) => ({ documentId: row.documentId, versionId: row.versionId, versionNumber: row.versionNumber }));

export function eventRow(
  assignment: Pick<AssignmentRow, 'id' | 'agencyId' | 'campaignId' | 'personId'>,
  kind: AcknowledgementEventKind,
  round: number,
  documents: PinnedVersion[],
  now: Date,
  detail: object = {},
) {
  return {
    agencyId: assignment.agencyId,
    assignmentId: assignment.id,
    campaignId: assignment.campaignId,
    personId: assignment.personId,
    kind,
    round,
    documents: documents.map(({ documentId, versionId }) => ({ documentId, versionId })),
    detail,
    occurredAt: now,
  };
}

/**
 * Gives an assignment to everyone of the audience who has none yet (or only to `onlyPersonId`),
 * in the caller's transaction: at launch, and later for people who joined an audience unit.
 * Assignments are never taken away: someone who moves out keeps theirs and its history.
 */
export async function assignMissingPeople(
  tx: Tx,
  campaign: CampaignRow,
  documents: PinnedVersion[],
  now: Date,
  options: { onlyPersonId?: string; notify?: boolean } = {},
) {
  const audience = audienceOf(campaign);
  const people = await repository.unassignedAudience(tx, campaign.agencyId, campaign.id, audience, audience.unitPaths, options.onlyPersonId);
  return assignPeople(tx, campaign, documents, people, now, options.notify ?? true);
}

/** Opening a campaign's notification shows each recipient their own assignment of it. */
export function ownAssignment(assignments: { id: string; personId: string }[]): (personId: string) => NotificationSubject {
  const byPerson = new Map(assignments.map((assignment) => [assignment.personId, assignment.id]));
  return (personId) => ({ type: 'campaign_assignment', id: byPerson.get(personId)! });
}

/** Assigns the given people (already known to be active and unassigned) and counts them. */
export async function assignPeople(
  tx: Tx,
  campaign: CampaignRow,
  documents: PinnedVersion[],
  people: { id: string; full_name: string; unit_id: string; unit_path: string }[],
  now: Date,
  notify = true,
) {
  if (people.length === 0) return 0;
  const rows = people.map((person) => ({
    id: crypto.randomUUID(),
    agencyId: campaign.agencyId,
    campaignId: campaign.id,
    personId: person.id,
    personName: person.full_name,
    unitId: person.unit_id,
    unitPath: person.unit_path,
    assignedAt: now,
    round: campaign.round,
  }));
  await repository.insertAssignments(tx, rows);
  await repository.insertEvents(
    tx,
    rows.map((row) => eventRow(row, 'assigned', campaign.round, documents, now)),
  );
  const perUnit = new Map<string, { unitId: string; unitPath: string; assigned: number }>();
  for (const row of rows) {
    const entry = perUnit.get(row.unitId) ?? { unitId: row.unitId, unitPath: row.unitPath, assigned: 0 };
    entry.assigned += 1;
    perUnit.set(row.unitId, entry);
  }
  const requirements = requirementsOf(campaign);
  const one = countsDelta(null, noFlags, requirements);
  await repository.addCounters(
    tx,
    campaign.agencyId,
    campaign.id,
    [...perUnit.values()].map(({ unitId, unitPath, assigned }) => ({ unitId, unitPath, counts: scale(one, assigned) })),
  );
  if (notify) {
    await notifyPeople(tx, {
      agencyId: campaign.agencyId,
      personIds: rows.map((row) => row.personId),
      subject: ownAssignment(rows),
      kind: 'dissemination_assigned',
      title: { vi: `Quán triệt: ${campaign.title}`, en: `Read and acknowledge: ${campaign.title}` },
      dedupeKey: `dissemination:${campaign.id}:assigned`,
      now,
    });
  }
  return rows.length;
}

const scale = (counts: ReturnType<typeof countsDelta>, n: number) =>
  Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, value * n])) as ReturnType<typeof countsDelta>;

/**
 * A document of a live campaign got a new version: every assignment starts a new round on it.
 * Those who had acknowledged are asked again (and told); the history keeps every version seen.
 */
export async function startNewRound(tx: Tx, campaign: CampaignRow, documents: PinnedVersion[], now: Date): Promise<number> {
  const round = campaign.round + 1;
  await repository.updateCampaign(tx, campaign.id, { round, version: campaign.version + 1 });
  const requirements = requirementsOf(campaign);
  const assignments = await repository.lockAssignmentsOfCampaign(tx, campaign.id);
  const deltas = new Map<string, { unitId: string; unitPath: string; counts: ReturnType<typeof countsDelta> }>();
  const askedAgain: { id: string; personId: string }[] = [];
  const events = [];
  for (const assignment of assignments) {
    const before = flagsOf(assignment);
    const after = askAgain(before);
    const wasAcknowledged = before.acknowledgedAt !== null;
    if (wasAcknowledged) askedAgain.push(assignment);
    await repository.updateAssignment(tx, assignment.id, {
      ...after,
      round,
      isDone: isDone(after, requirements),
      wasAskedAgain: wasAcknowledged || assignment.wasAskedAgain,
    });
    events.push(eventRow(assignment, 'asked_again', round, documents, now, { wasAcknowledged }));
    const delta = countsDelta(before, after, requirements);
    const entry = deltas.get(assignment.unitId) ?? { unitId: assignment.unitId, unitPath: assignment.unitPath, counts: countsDelta(null, null, requirements) };
    for (const key of Object.keys(delta) as (keyof typeof delta)[]) entry.counts[key] += delta[key];
    deltas.set(assignment.unitId, entry);
  }
  await repository.insertEvents(tx, events);
  await repository.addCounters(tx, campaign.agencyId, campaign.id, [...deltas.values()]);
  await notifyPeople(tx, {
    agencyId: campaign.agencyId,
    personIds: askedAgain.map((assignment) => assignment.personId),
    subject: ownAssignment(askedAgain),
    kind: 'dissemination_asked_again',
    title: {
      vi: `Văn bản có phiên bản mới, đề nghị đọc và xác nhận lại: ${campaign.title}`,
      en: `A document has a new version, please read and acknowledge again: ${campaign.title}`,
    },
    dedupeKey: `dissemination:${campaign.id}:round:${round}`,
    now,
  });
  return askedAgain.length;
}
