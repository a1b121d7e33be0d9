import { accountMessages } from './accounts';
import { auditMessages } from './audit';
import { calendarMessages } from './calendar';
import { conductMessages } from './conduct';
import { documentMessages } from './documents';
import { evaluationMessages } from './evaluation';
import { explanationMessages } from './explanations';
import { feedbackMessages } from './feedback';
import { newsMessages } from './news';
import { orgMessages } from './org';
import { platformMessages } from './platform';
import { privacyMessages } from './privacy';
import { procedureMessages } from './procedures';
import { scheduleMessages } from './schedule';
import { systemMessages } from './system';

/** The texts of the pages beyond the core (their menu names stay in `nav.ts`), loaded by the first of them opened. */
export const laterMessages = {
  ...orgMessages,
  ...auditMessages,
  ...calendarMessages,
  ...documentMessages,
  ...conductMessages,
  ...feedbackMessages,
  ...procedureMessages,
  ...evaluationMessages,
  ...newsMessages,
  ...accountMessages,
  ...privacyMessages,
  ...systemMessages,
  ...scheduleMessages,
  ...explanationMessages,
  ...platformMessages,
};
