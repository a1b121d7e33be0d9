export const SESSION_HOURS = 12;
