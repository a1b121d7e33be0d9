export { disseminationRoutes } from './dissemination.routes.js';
export type { DisseminationDeps } from './dissemination.deps.js';
export { runDisseminationSweep, sweepDisseminationForAllAgencies } from './dissemination.sweep.js';
export { createCampaign, launchCampaign } from './dissemination.service.js';
/** For the demo seed: the campaign of 2023 ends as history. */
export { closeCampaign } from './dissemination.service.js';
export { actOnAssignment } from './dissemination.person.js';
export { getCoverage } from './dissemination.queries.js';
export { addConclusion, checkIn, closeMeeting, conclusionToTask, createMeeting, markAttendance, recordMinutes } from './meetings.service.js';
export { getMeeting } from './meetings.queries.js';
export { disseminationSubtreeMoved } from './dissemination.subtree-moved.js';
/** For the evaluation module: missing acknowledgements and unexcused absences of a period, as SQL to select from. */
export { disseminationEvaluationFacts } from './dissemination.evaluation-facts.js';
export { disseminationFigures, type DisseminationFigures } from './dissemination.report-figures.js';
export { personDisseminationExport } from './dissemination.person-export.js';
/** For the weekly schedule: the meetings of a week this actor may open. */
export { meetingsInWindow, type MeetingInWindow } from './meetings.window.js';
/** For the global search: the campaign and meeting lists with their scope. */
export { listCampaigns } from './dissemination.queries.js';
export { listMeetings } from './meetings.queries.js';
/** For the explanations module: a missed acknowledgement or an unexcused absence, and whether it is red. */
export { absenceForExplanation, acknowledgementForExplanation, type DisseminationItemForExplanation } from './dissemination.explanation-item.js';
/** For the work module: a meeting conclusion as a task's source (checked and linked), offered to the task form. */
export { meetingConclusionTaskSource } from './meetings.conclusion-source.js';
