import type { Messages } from '../messages';

/** Personal data (requests register, export) strings, English. */
export const privacyMessages: Pick<Messages, 'privacy'> = {
  privacy: {
    nav: { title: 'Personal data', description: 'Register of data-subject requests with their legal deadlines; export one person’s data' },
    kind: { access: 'Access, copy', correction: 'Correction', deletion: 'Deletion', objection: 'Objection to processing' },
    state: { received: 'Received', answered: 'Answered', refused: 'Refused' },
    field: {
      person: 'Requested by',
      kind: 'Kind',
      receivedOn: 'Received on',
      answerDueOn: 'Answer due',
      state: 'State',
      note: 'Note',
      answer: 'Answer',
      reason: 'Reason for refusal',
      handler: 'Handled by',
      answeredAt: 'Answered at',
    },
    register: {
      title: 'Register of personal-data requests',
      add: 'Register a request',
      empty: 'No requests yet',
      allStates: 'All states',
      overdue: 'Overdue',
      answer: 'Answer',
      refuse: 'Refuse',
      rule: 'Deadline rule: {{rule}}',
      answerTitle: 'Answer the request',
      refuseTitle: 'Refuse the request',
      added: 'Request registered',
      decided: 'Outcome recorded',
    },
    export: {
      title: 'Export data',
      description:
        'Everything the system holds about one person of the agency. Sensitive fields are marked; a reporter’s or whistleblower’s identity is never exported.',
      person: 'Choose a person',
      json: 'Download JSON',
      xlsx: 'Download Excel',
    },
  },
};
