import { accountMessages } from './accounts';
import { auditMessages } from './audit';
import { calendarMessages } from './calendar';
import { conductMessages } from './conduct';
import { disseminationMessages } from './dissemination';
import { documentMessages } from './documents';
import { evaluationMessages } from './evaluation';
import { feedbackMessages } from './feedback';
import { orgMessages } from './org';
import { shellMessages } from './shell';
import { workActionMessages } from './work-actions';
import { workStructureMessages } from './work-structure';
import { workMessages } from './work';
import { procedureMessages } from './procedures';
import { newsMessages } from './news';
import { privacyMessages } from './privacy';
import { systemMessages } from './system';
import { scheduleMessages } from './schedule';
import { searchMessages } from './search';
import { explanationMessages } from './explanations';
import { taskImportMessages } from './task-import';
import { workViewMessages } from './work-views';
import { platformMessages } from './platform';
import { workAssignMessages } from './work-assign';
import { spreadsheetMessages } from './spreadsheet';

export const vi = {
  ...shellMessages,
  ...orgMessages,
  ...auditMessages,
  ...calendarMessages,
  ...workMessages,
  ...workActionMessages,
  ...workStructureMessages,
  ...documentMessages,
  ...disseminationMessages,
  ...conductMessages,
  ...feedbackMessages,
  ...procedureMessages,
  ...evaluationMessages,
  ...newsMessages,
  ...accountMessages,
  ...privacyMessages,
  ...systemMessages,
  ...scheduleMessages,
  ...searchMessages,
  ...explanationMessages,
  ...taskImportMessages,
  ...workViewMessages,
  ...platformMessages,
  ...workAssignMessages,
  ...spreadsheetMessages,
};
