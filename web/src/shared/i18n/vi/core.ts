import { mergeTexts } from '../merge-texts';
import { disseminationMessages } from './dissemination';
import { navMessages } from './nav';
import { searchMessages } from './search';
import { shellMessages } from './shell';
import { spreadsheetMessages } from './spreadsheet';
import { taskImportMessages } from './task-import';
import { workActionMessages } from './work-actions';
import { workAssignMessages } from './work-assign';
import { workStructureMessages } from './work-structure';
import { workViewMessages } from './work-views';
import { workMessages } from './work';

/**
 * The texts the app starts with: the shell, the login page, "Việc của tôi" and what it opens, and every
 * menu name. The other pages wait for `later.ts` (`loadAllTexts`), which a phone then only loads on them.
 */
export const coreMessages = mergeTexts(
  {
    ...shellMessages,
    ...searchMessages,
    ...spreadsheetMessages,
    ...workMessages,
    ...workActionMessages,
    ...workStructureMessages,
    ...workViewMessages,
    ...workAssignMessages,
    ...taskImportMessages,
    ...disseminationMessages,
  },
  navMessages,
);
