import type { calendarMessages as vi } from '../vi/calendar';

export const calendarMessages: typeof vi = {
  calendar: {
    title: 'Working calendar',
    description: 'Public holidays, Tết, compensatory days off and make-up working days used for working-day deadlines',
    year: 'Year',
    day: 'Day',
    kind: 'Kind',
    name: 'Name, reason',
    holiday: 'Day off',
    makeupWorkday: 'Make-up working day',
    add: 'Add a day',
    remove: 'Remove',
    removeConfirm: 'Remove this day from the calendar? Deadlines will follow the new calendar.',
    saved: 'Calendar updated',
    dayRequired: 'Choose a day',
    nameRequired: 'Give the holiday’s name or the reason for the make-up day',
  },
};
