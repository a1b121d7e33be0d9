import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { acknowledgementEvents, disseminationAssignments, disseminationCampaigns, meetingInvitations, meetings } from '../../db/schema/index.js';

const LIMIT = 5000;

/** A person's acknowledgements (assignments and their events) and meeting attendance, for a personal-data export. */
export async function personDisseminationExport(db: Db, agencyId: string, personId: string) {
  const [assignments, events, attendance] = await Promise.all([
    db
      .select({
        campaignTitle: disseminationCampaigns.title,
        assignedAt: disseminationAssignments.assignedAt,
        openedAt: disseminationAssignments.openedAt,
        acknowledgedAt: disseminationAssignments.acknowledgedAt,
        committedAt: disseminationAssignments.committedAt,
        quizBestScore: disseminationAssignments.quizBestScore,
        quizPassedAt: disseminationAssignments.quizPassedAt,
        isDone: disseminationAssignments.isDone,
      })
      .from(disseminationAssignments)
      .innerJoin(disseminationCampaigns, eq(disseminationCampaigns.id, disseminationAssignments.campaignId))
      .where(and(eq(disseminationAssignments.agencyId, agencyId), eq(disseminationAssignments.personId, personId)))
      .orderBy(asc(disseminationAssignments.assignedAt), asc(disseminationAssignments.id))
      .limit(LIMIT),
    db
      .select({
        campaignTitle: disseminationCampaigns.title,
        kind: acknowledgementEvents.kind,
        round: acknowledgementEvents.round,
        occurredAt: acknowledgementEvents.occurredAt,
      })
      .from(acknowledgementEvents)
      .innerJoin(disseminationCampaigns, eq(disseminationCampaigns.id, acknowledgementEvents.campaignId))
      .where(and(eq(acknowledgementEvents.agencyId, agencyId), eq(acknowledgementEvents.personId, personId)))
      .orderBy(asc(acknowledgementEvents.id))
      .limit(LIMIT),
    db
      .select({
        meetingTitle: meetings.title,
        startsAt: meetings.startsAt,
        place: meetings.place,
        status: meetingInvitations.status,
        reason: meetingInvitations.reason,
        checkedInAt: meetingInvitations.checkedInAt,
      })
      .from(meetingInvitations)
      .innerJoin(meetings, eq(meetings.id, meetingInvitations.meetingId))
      .where(and(eq(meetingInvitations.agencyId, agencyId), eq(meetingInvitations.personId, personId)))
      .orderBy(asc(meetingInvitations.startsAt), asc(meetingInvitations.meetingId))
      .limit(LIMIT),
  ]);
  return { assignments, events, attendance };
}
