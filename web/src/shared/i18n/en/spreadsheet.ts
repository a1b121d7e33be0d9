import type { Messages } from '../messages';

export const spreadsheetMessages: Pick<Messages, 'spreadsheetExport'> = {
  spreadsheetExport: {
    button: 'Export to Excel',
    title: 'Exporting to Excel',
    rows: 'The list has {{count}} rows, exactly as currently filtered.',
    received: '{{size}} received',
    receivedOf: '{{size}} of about {{total}} received',
    done: '{{count}} rows exported',
    saved: 'Excel file exported',
    failed: 'Could not export the Excel file',
    cancel: 'Stop',
    cancelled: 'Excel export stopped',
  },
};
