import { accountsModule } from '../features/accounts';
import { auditModule } from '../features/audit';
import { calendarModule } from '../features/calendar';
import { conductModule } from '../features/conduct';
import { disseminationModule } from '../features/dissemination';
import { documentsModule } from '../features/documents';
import { evaluationModule } from '../features/evaluation';
import { feedbackModule } from '../features/feedback';
import { authModule } from '../features/auth';
import { homeModule } from '../features/home';
import { orgModule } from '../features/org';
import { proceduresModule } from '../features/procedures';
import { setupModule } from '../features/setup';
import { platformModule } from '../features/platform';
import { privacyModule } from '../features/privacy';
import { systemModule } from '../features/system';
import { workModule } from '../features/work';
import { newsModule } from '../features/news';
import { reportsModule } from '../features/reports';
import { scheduleModule } from '../features/schedule';
import { searchModule } from '../features/search';
import { explanationsModule } from '../features/explanations';
import type { AppModule } from '../shared/modules';

/**
 * Every feature module of the app. A new module adds its routes, menu entries and home
 * widgets by exporting an AppModule and being listed here.
 */
export const appModules: readonly AppModule[] = [
  homeModule,
  workModule,
  documentsModule,
  disseminationModule,
  scheduleModule,
  conductModule,
  feedbackModule,
  proceduresModule,
  explanationsModule,
  evaluationModule,
  newsModule,
  reportsModule,
  orgModule,
  calendarModule,
  auditModule,
  privacyModule,
  systemModule,
  authModule,
  accountsModule,
  setupModule,
  searchModule,
  platformModule,
];
