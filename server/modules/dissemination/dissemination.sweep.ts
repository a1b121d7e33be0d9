import { and, eq, sql } from 'drizzle-orm';
import { agencies, disseminationAssignments, disseminationCampaigns } from '../../db/schema/index.js';
import { recordAction } from '../../platform/audit.js';
import { systemActor } from '../../platform/actor.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { claimJobRun, finishJobRun } from '../../platform/jobs.js';
import { findPeople } from '../org/index.js';
import { assignMissingPeople, audienceOf, pinnedDocuments } from './dissemination.assignments.js';
import type { DisseminationDeps } from './dissemination.deps.js';
import { currentVersion, type PinnedVersion } from './dissemination.documents.js';
import * as repository from './dissemination.repository.js';
import { isInAudience } from './dissemination.rules.js';
import { applyVersion, remindUndone } from './dissemination.service.js';
import { reportConductSignals } from './dissemination.signals.js';

const JOB = 'dissemination.sweep';
/** Reminders go out this many working days before the deadline, and once more when it has passed. */
const REMIND_BEFORE_WORKING_DAYS = 2;

async function liveCampaignIds(deps: DisseminationDeps, agencyId: string) {
  const rows = await deps.db
    .select({ id: disseminationCampaigns.id })
    .from(disseminationCampaigns)
    .where(and(eq(disseminationCampaigns.agencyId, agencyId), sql`${disseminationCampaigns.status} = 'launched'`));
  return rows.map((row) => row.id);
}

/**
 * Brings one live campaign up to date, in one transaction: people who joined an audience unit
 * get their assignment, documents with a newer version in the register start a new round, and
 * those who have not finished are reminded near and after the deadline (once per occasion).
 */
export async function refreshCampaign(deps: DisseminationDeps, agencyId: string, campaignId: string, options: { remind: boolean }) {
  const calendar = await deps.calendars.get(agencyId);
  const now = deps.clock.now();
  const documents = await repository.campaignDocuments(deps.db, [campaignId]);
  const newer: PinnedVersion[] = [];
  for (const document of documents) {
    const latest = await currentVersion(deps.db, agencyId, document.documentId);
    if (latest && latest.versionNumber > document.versionNumber) newer.push(latest);
  }
  return deps.db.transaction(async (tx) => {
    let campaign = await repository.lockCampaign(tx, agencyId, campaignId);
    if (!campaign || campaign.status !== 'launched') return { joined: 0, askedAgain: 0 };
    let askedAgain = 0;
    let current = documents;
    for (const latest of newer) {
      askedAgain += await applyVersion(tx, campaign, current, latest, now);
      current = await repository.campaignDocuments(tx, [campaignId]);
      campaign = (await repository.findCampaign(tx, agencyId, campaignId))!;
    }
    const joined = await assignMissingPeople(tx, campaign, pinnedDocuments(current), now);
    if (joined > 0 || askedAgain > 0) {
      await recordAction(
        tx,
        { agencyId, actor: systemActor, now },
        'campaign.refreshed',
        { type: 'campaign', id: campaignId },
        { joined, askedAgain, versions: newer },
      );
    }
    if (options.remind && campaign.dueDate) {
      const today = localDateOf(now);
      if (campaign.dueDate < today) await remindUndone(tx, campaign, now, 'overdue');
      else if (calendar.workingDaysBetween(today, campaign.dueDate) <= REMIND_BEFORE_WORKING_DAYS) await remindUndone(tx, campaign, now, 'due-soon');
    }
    return { joined, askedAgain };
  });
}

/** The daily dissemination sweep of one agency (once per local date, however many instances ask). */
export async function runDisseminationSweep(deps: DisseminationDeps, agencyId: string, runKey?: string) {
  const now = deps.clock.now();
  const key = runKey ?? localDateOf(now);
  if (!(await claimJobRun(deps.db, agencyId, JOB, key, now))) return { ran: false, campaigns: 0 };
  const ids = await liveCampaignIds(deps, agencyId);
  for (const id of ids) await refreshCampaign(deps, agencyId, id, { remind: true });
  const suggestions = await reportConductSignals(deps.db, agencyId, deps.clock.now());
  await finishJobRun(deps.db, agencyId, JOB, key, deps.clock.now(), { campaigns: ids.length, suggestions: suggestions.created });
  return { ran: true, campaigns: ids.length, suggestions: suggestions.created };
}

export async function sweepDisseminationForAllAgencies(deps: DisseminationDeps) {
  const rows = await deps.db.select({ id: agencies.id }).from(agencies);
  for (const { id } of rows) await runDisseminationSweep(deps, id);
}

/**
 * A person who joined an audience unit since launch finds the campaign at once: looking at
 * their own list assigns them to live campaigns they now belong to (the sweep does it daily for all).
 */
export async function joinLiveCampaigns(deps: DisseminationDeps, agencyId: string, personId: string) {
  const now = deps.clock.now();
  // Three reads however many campaigns are live; a transaction only where the person is missing.
  const [live, [person], mine] = await Promise.all([
    deps.db
      .select()
      .from(disseminationCampaigns)
      .where(and(eq(disseminationCampaigns.agencyId, agencyId), sql`${disseminationCampaigns.status} = 'launched'`)),
    findPeople(deps.db, agencyId, [personId]),
    deps.db
      .select({ campaignId: disseminationAssignments.campaignId })
      .from(disseminationAssignments)
      .innerJoin(disseminationCampaigns, eq(disseminationCampaigns.id, disseminationAssignments.campaignId))
      .where(
        and(
          eq(disseminationAssignments.agencyId, agencyId),
          eq(disseminationAssignments.personId, personId),
          sql`${disseminationCampaigns.status} = 'launched'`,
        ),
      ),
  ]);
  if (!person) return;
  const assigned = new Set(mine.map((row) => row.campaignId));
  const candidate = {
    id: person.id,
    unitPath: person.unitPath,
    category: person.category,
    isPartyMember: person.isPartyMember,
    isActive: person.status === 'active',
  };
  for (const campaign of live) {
    const audience = audienceOf(campaign);
    if (assigned.has(campaign.id) || !isInAudience(audience, audience.unitPaths, candidate)) continue;
    await deps.db.transaction(async (tx) => {
      const locked = await repository.lockCampaign(tx, agencyId, campaign.id);
      if (!locked || locked.status !== 'launched') return;
      const documents = pinnedDocuments(await repository.campaignDocuments(tx, [campaign.id]));
      const joined = await assignMissingPeople(tx, locked, documents, now, { onlyPersonId: personId });
      if (joined > 0) await recordAction(tx, { agencyId, actor: systemActor, now }, 'campaign.refreshed', { type: 'campaign', id: campaign.id }, { joined });
    });
  }
}
