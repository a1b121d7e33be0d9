import type { Messages } from '../messages';

export const taskImportMessages: Pick<Messages, 'taskImport'> = {
  taskImport: {
    open: 'Import existing tasks',
    title: 'Import existing tasks from a file',
    intro:
      'Bring in work tracked outside the system: past due and completion dates are kept as history, each task marked "imported from a file". All rows are imported, or none.',
    columns: 'Columns: Title · Expected output · Unit code · Owner e-mail · Start date · Due date · Completed on · Grade (1–5)',
    choose: 'Choose an .xlsx or .csv file',
    wrongType: 'Only .xlsx or .csv files are accepted',
    check: 'Check',
    commit: 'Import',
    summary: '{{valid}}/{{total}} rows valid',
    committed: '{{count}} tasks imported',
    row: 'Row',
    field: 'Column',
    message: 'Error',
  },
};
