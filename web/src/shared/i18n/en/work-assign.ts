import type { Messages } from '../messages';

export const workAssignMessages: Pick<Messages, 'workAssign'> = {
  workAssign: {
    computedDue: 'Due: {{weekday}}, {{date}}',
    computingDue: 'Counting working days…',
    sourceKind: 'Task source',
    sourceKinds: { ad_hoc: 'Ad hoc', plan_target: 'Plan target' },
    target: 'Target',
    targetPlaceholder: 'Type a target, a plan number or title',
    targetRequired: 'Choose the target',
    targetEmpty: 'No target you may assign work for',
    targetOption: '{{metric}} — {{plan}} (due {{deadline}})',
    sourceHint: 'Meeting conclusions are assigned from the meeting page; documents through their implementation plan’s targets.',
    attachments: 'Attachments',
    attachmentsAdd: 'Choose files',
    attachmentsHint: 'PDF, Word, Excel or images; uploaded right after the task is assigned.',
    attachmentsFailed: 'The task was assigned but {{name}} was not uploaded; add it again on the task page.',
    listRange: '{{from}}–{{to}} / {{total}}',
  },
};
