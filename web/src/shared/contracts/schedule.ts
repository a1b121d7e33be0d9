export type { EntryBody, ScheduleEntry, ScheduleSession, WeeklySchedule, WeeklyScheduleStatus } from '../../../../contracts/schedule';
