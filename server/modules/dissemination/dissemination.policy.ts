import { type Actor, hasRole, seesWholeAgency } from '../../platform/actor.js';

/** Roles that organise dissemination for the whole agency; the editor runs the agency's communication. */
export function organisesAgencyWide(actor: Actor): boolean {
  return hasRole(actor, 'system_admin', 'agency_admin', 'leader', 'editor');
}

const managesPath = (actor: Actor, path: string) => actor.managedUnitPaths.some((prefix) => path.startsWith(prefix));

/** Who may create a campaign or meeting organised by a unit: agency-wide organisers, or heads within their subtree. */
export function canOrganiseIn(actor: Actor, unitPath: string): boolean {
  if (!actor.personId) return false;
  if (organisesAgencyWide(actor)) return true;
  return hasRole(actor, 'unit_head') && managesPath(actor, unitPath);
}

/** Launching, closing, reminding and new versions belong to whoever may organise in the campaign's unit. */
export function canManageCampaign(actor: Actor, campaign: { unitPath: string }): boolean {
  return canOrganiseIn(actor, campaign.unitPath);
}

/**
 * The unit subtrees whose coverage an actor may read: everything for agency-wide roles, the
 * managed subtrees for unit heads and deputies, nothing for others (null means everything).
 */
export function coverageScope(actor: Actor): string[] | null {
  if (seesWholeAgency(actor) || organisesAgencyWide(actor)) return null;
  return actor.managedUnitPaths;
}

/**
 * Party membership is sensitive: a "Party members only" audience, and the coverage that would
 * reveal who is in it, belong to those who may see membership anyway (org policy).
 */
export function handlesPartyMembership(actor: Actor): boolean {
  return hasRole(actor, 'system_admin', 'agency_admin', 'leader', 'unit_head');
}

export function isPartyOnly(campaign: { audience: unknown }): boolean {
  return (campaign.audience as { partyMembersOnly?: boolean }).partyMembersOnly === true;
}
