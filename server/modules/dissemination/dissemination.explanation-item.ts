import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { disseminationAssignments, disseminationCampaigns, meetingInvitations, meetings } from '../../db/schema/index.js';

/** A missed acknowledgement or an absence as the explanations module sees it: whose, and whether it is red. */
export interface DisseminationItemForExplanation {
  title: string;
  personId: string;
  isRed: boolean;
}

/** Red when the campaign's due date has passed (before `today`) without the person's acknowledgement. */
export async function acknowledgementForExplanation(
  tx: Tx,
  agencyId: string,
  assignmentId: string,
  today: string,
): Promise<DisseminationItemForExplanation | undefined> {
  const [row] = await tx
    .select({
      title: disseminationCampaigns.title,
      personId: disseminationAssignments.personId,
      status: disseminationCampaigns.status,
      dueDate: disseminationCampaigns.dueDate,
      acknowledgedAt: disseminationAssignments.acknowledgedAt,
    })
    .from(disseminationAssignments)
    .innerJoin(disseminationCampaigns, eq(disseminationCampaigns.id, disseminationAssignments.campaignId))
    .where(and(eq(disseminationAssignments.agencyId, agencyId), eq(disseminationAssignments.id, assignmentId)));
  if (!row) return undefined;
  const isRed = row.status !== 'draft' && row.dueDate !== null && row.dueDate < today && row.acknowledgedAt === null;
  return { title: row.title, personId: row.personId, isRed };
}

/** Red when the person was marked absent without a reason. */
export async function absenceForExplanation(
  tx: Tx,
  agencyId: string,
  meetingId: string,
  personId: string,
): Promise<DisseminationItemForExplanation | undefined> {
  const [row] = await tx
    .select({ title: meetings.title, status: meetingInvitations.status })
    .from(meetingInvitations)
    .innerJoin(meetings, eq(meetings.id, meetingInvitations.meetingId))
    .where(and(eq(meetingInvitations.agencyId, agencyId), eq(meetingInvitations.meetingId, meetingId), eq(meetingInvitations.personId, personId)));
  if (!row) return undefined;
  return { title: row.title, personId, isRed: row.status === 'absent_unexcused' };
}
