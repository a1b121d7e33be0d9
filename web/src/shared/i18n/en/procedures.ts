import type { Messages } from '../messages';

/** Work procedures and individual responsibility strings, English. */
export const procedureMessages: Pick<Messages, 'procedures'> = {
  procedures: {
    nav: {
      list: 'Work procedures',
      listDescription: 'Procedures of the agency, each department and the Office: steps, who is responsible, time limits',
      mine: 'My responsibility',
      mineDescription: 'The procedure steps, targets and tasks I am accountable for',
      matrix: 'Responsibility matrix',
      matrixDescription: 'Each person against the unit’s procedure steps and targets',
    },
    status: { draft: 'Draft', submitted: 'Submitted', approved: 'Approved', published: 'In force', superseded: 'Superseded' },
    runState: { running: 'Running', completed: 'Completed', cancelled: 'Cancelled' },
    stepState: { waiting: 'Waiting for the previous step', open: 'In hand', done: 'Handed over', cancelled: 'Cancelled' },
    limitUnit: { working_days: 'working days', working_hours: 'working hours' },
    field: {
      code: 'Code', title: 'Title', unit: 'Unit', status: 'Status', edition: 'Edition', running: 'Running',
      purpose: '1. Purpose', scope: '2. Scope', legalBases: '3. References (one document per line)', definitions: '4. Definitions, abbreviations',
      forms: '6. Forms (one per line: code | name)', records: '7. Records to keep (one per line: name | keeper | retention)', revisionNote: 'What changed and why',
      position: 'No.', stepName: 'Step', stepUnit: 'Responsible unit', responsiblePosition: 'Position', person: 'Named person',
      limit: 'Time limit', inputs: 'Inputs', outputs: 'Outputs, forms', parallel: 'Parallel', needsAcceptance: 'Needs the previous step accepted',
      subjectTitle: 'Matter', reference: 'File number', startedAt: 'Started', dueDate: 'Overall limit', holder: 'Held by',
      receivedAt: 'Received', handedOverAt: 'Handed over', usedHours: 'Time used', outcome: 'Outcome', waitingAt: 'Now at',
    },
    list: { title: 'Work procedures', create: 'Write a procedure', empty: 'No procedures yet', search: 'Search code or title (diacritics optional)', allStatuses: 'Any status', allUnits: 'Any unit' },
    editor: {
      title: 'Procedure draft', save: 'Save draft', saved: 'Draft saved', addStep: 'Add step', moveUp: 'Move up', moveDown: 'Move down', remove: 'Remove step',
      stepsTitle: '5. Procedure — the steps', notEditable: 'This version is no longer a draft and cannot be edited',
    },
    detail: {
      versions: 'Revision log', current: 'Version shown', edit: 'Edit draft', openDraft: 'Revise (open a new edition)', submit: 'Submit', approve: 'Approve',
      returnDraft: 'Return for changes', publish: 'Publish', exportWord: 'Download (Word)', exportSteps: 'Download steps (Excel)', startRun: 'Start a run',
      runs: 'Runs', noRuns: 'No runs yet', compare: 'Compare two editions', compareWith: 'Compared with', radar: 'Time spent at each step',
      done: 'Done', noNote: 'First edition', firstEdition: 'Edition',
    },
    diff: { added: 'New step', removed: 'Removed step', changed: 'Changed step', same: 'Unchanged', none: 'Both editions have the same steps' },
    start: {
      title: 'Start a run of the procedure', submit: 'Start', nobody: 'This step names nobody: choose a person', choose: 'Person',
      started: 'Started: the first step’s task is assigned',
    },
    run: {
      slip: 'Hand-over slip', print: 'Print', exportSlip: 'Download slip (Excel)', onTime: 'On time', late: 'Late', overdue: 'Past the overall limit',
      promise: 'Record why it is late and a new date', promisedDate: 'New promised date', reason: 'Reason', promised: 'Promised again {{count}} time(s): {{date}} — {{reason}}', openTask: 'Open task',
      hours: '{{hours}} h',
    },
    radar: {
      title: 'Time spent at each step', finished: 'Runs finished', median: 'Median (h)', p90: '90th percentile (h)', limit: 'Limit (h)', lateShare: 'Share late',
      waitingNow: 'Waiting here now', slowest: 'Holds runs longest', sample: 'From at most the {{count}} latest runs of each step', empty: 'No figures yet',
    },
    mine: {
      title: 'My responsibility', steps: 'Procedure steps I am named for', holding: 'Matters I hold now', targets: 'Targets I am accountable for',
      tasks: 'Open tasks', inTime: 'In time', overdue: 'Overdue', awaitingAcceptance: 'Awaiting acceptance', transfersAway: 'Transfers away', extensions: 'Extensions',
      empty: 'None', reached: 'Reached {{reached}}/{{target}} {{unit}}',
    },
    matrix: {
      title: 'Responsibility matrix', chooseUnit: 'Choose a unit', export: 'Download matrix (Excel)', kind: { step: 'Procedure step', target: 'Target' },
      flag: { no_person: 'Nobody named', person_left: 'Named person has left', outside_unit: 'Person outside the unit' }, item: 'Step / target', left: 'left',
    },
  },
};
