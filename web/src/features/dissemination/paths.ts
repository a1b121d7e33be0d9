export const CAMPAIGNS_PATH = '/quan-triet';
export const CAMPAIGN_PATH = '/quan-triet/:id';
export const MY_ASSIGNMENTS_PATH = '/quan-triet-cua-toi';
export const ASSIGNMENT_PATH = '/quan-triet-cua-toi/:id';
export const MEETINGS_PATH = '/hoi-nghi';
export const MEETING_PATH = '/hoi-nghi/:id';

export const campaignPath = (id: string) => `/quan-triet/${id}`;
export const assignmentPath = (id: string) => `/quan-triet-cua-toi/${id}`;
export const meetingPath = (id: string) => `/hoi-nghi/${id}`;
