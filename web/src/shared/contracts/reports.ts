export type { CreateReportBody, ReportRun } from '../../../../contracts/reports';
