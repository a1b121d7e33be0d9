import type { Messages } from '../messages';

export const workAssignMessages: Pick<Messages, 'workAssign'> = {
  workAssign: {
    computedDue: 'Due: {{weekday}}, {{date}}',
    computingDue: 'Counting working days…',
    sourceKind: 'Task source',
    sourceKinds: { ad_hoc: 'Ad hoc', plan_target: 'Plan target', document: 'Document', meeting_conclusion: 'Meeting conclusion' },
    target: 'Target',
    targetPlaceholder: 'Type a target, a plan number or title',
    targetRequired: 'Choose the target',
    targetEmpty: 'No target you may assign work for',
    targetOption: '{{metric}} — {{plan}} (due {{deadline}})',
    sourceHint: 'The task carries out a plan target, a document, or a meeting conclusion not yet assigned.',
    document: 'Document',
    documentRequired: 'Choose the document',
    conclusion: 'Meeting conclusion',
    conclusionRequired: 'Choose the conclusion',
    conclusionPlaceholder: 'Type words of the conclusion or the meeting’s title',
    conclusionEmpty: 'No conclusion left to assign in the meetings you can see',
    conclusionOption: '{{text}} — {{meeting}} ({{date}})',
    attachments: 'Attachments',
    attachmentsAdd: 'Choose files',
    attachmentsHint: 'PDF, Word, Excel or images; uploaded right after the task is assigned.',
    attachmentsFailed: 'The task was assigned but {{name}} was not uploaded; add it again on the task page.',
    listRange: '{{from}}–{{to}} / {{total}}',
  },
};
