import { Alert, App, Form, Select, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CreateTaskInput, TaskPriority } from '../../../shared/contracts';
import { ApiError, uploadFile } from '../../../shared/api';
import { fromIsoDate, toIsoDate } from '../../../shared/format';
import { isAllowed } from '../../../shared/modules';
import { DateInput, FormDrawer } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { useCreateTask } from '../api';
import { taskPath } from '../paths';
import { ASSIGNER_ROLES } from '../roles';
import { taskPriorities } from '../work-labels';
import { DueFields } from './DueFields';
import { NonWorkingDueDateAlert } from './NonWorkingDueDateAlert';
import { TaskAttachmentsField } from './TaskAttachmentsField';
import { TaskBasicsFields } from './TaskBasicsFields';
import { type PickableSourceKind, TaskSourceField } from './TaskSourceField';
import { nonWorkingDueWarning } from '../due-warning';
import { useWorkingDayCheck } from '../working-days-api';
import { PersonSelect, UnitPicker } from '../../org';

interface CreateValues {
  title: string;
  description?: string;
  expectedOutput: string;
  unitId: string;
  ownerId: string;
  collaboratorIds?: string[];
  collaboratorUnitIds?: string[];
  priority: TaskPriority;
  startDate: Dayjs;
  byWorkingDays?: boolean;
  due: { dueDate?: Dayjs; workingDays?: number };
  sourceKind?: PickableSourceKind;
  sourceId?: string;
  attachments?: UploadFile[];
}

/** The source the drawer was opened with (a plan target's page) wins; otherwise the one picked in the form. */
function sourceOf(values: CreateValues, fixed: CreateTaskInput['source'] | undefined): CreateTaskInput['source'] {
  if (fixed) return fixed;
  const { sourceKind, sourceId } = values;
  return sourceKind && sourceKind !== 'ad_hoc' && sourceId ? { kind: sourceKind, id: sourceId } : { kind: 'ad_hoc' };
}

function toBody(values: CreateValues, source: CreateTaskInput['source']): CreateTaskInput {
  return {
    title: values.title.trim(),
    description: values.description?.trim() ?? '',
    expectedOutput: values.expectedOutput.trim(),
    unitId: values.unitId,
    ownerId: values.ownerId,
    collaboratorIds: values.collaboratorIds ?? [],
    collaboratorUnitIds: values.collaboratorUnitIds ?? [],
    priority: values.priority,
    startDate: toIsoDate(values.startDate),
    due: values.byWorkingDays
      ? { kind: 'working_days', workingDays: values.due.workingDays ?? 0 }
      : { kind: 'date', dueDate: values.due.dueDate ? toIsoDate(values.due.dueDate) : '' },
    source,
  };
}

interface CreateTaskDrawerProps {
  open: boolean;
  onClose: () => void;
  /** Where the task comes from (e.g. a plan target); ad hoc by default. */
  source?: CreateTaskInput['source'];
  /** Heading shown above the form, e.g. the target the task serves. */
  context?: string;
  initialUnitId?: string;
  /** Called with the new task instead of opening it. */
  onCreated?: (taskId: string) => void;
  /** Sends the task elsewhere than POST /tasks (a subtask of a task); same form, same rules. */
  submitTask?: (body: CreateTaskInput) => Promise<{ id: string }>;
  title?: string;
}

/** "Giao việc": one accountable owner, a clear output and a deadline; opens the new task when done. */
export function CreateTaskDrawer({ open, onClose, source, context, initialUnitId, onCreated, submitTask, title }: CreateTaskDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [form] = Form.useForm<CreateValues>();
  const createTask = useCreateTask();
  const unitId = Form.useWatch('unitId', form);
  const ownerId = Form.useWatch('ownerId', form);
  const assignsOthers = isAllowed(user.roles, { roles: ASSIGNER_ROLES });
  const self = user.personId ? [{ id: user.personId, fullName: user.displayName }] : [];
  const initialValues: Partial<CreateValues> = {
    unitId: initialUnitId ?? user.unitId ?? undefined,
    ownerId: assignsOthers ? undefined : (user.personId ?? undefined),
    priority: 'normal',
    startDate: dayjs(),
    byWorkingDays: false,
    sourceKind: 'ad_hoc',
  };

  // A due date picked on a weekend or holiday is flagged as soon as it is picked (and again by the
  // server's 409 if sent), offering the next working day; keeping the date sends it confirmed (a ref:
  // a resubmission runs before a state update would).
  const [nonWorking, setNonWorking] = useState<{ given: string; next: string } | null>(null);
  const confirmedDate = useRef<string | null>(null);
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const typedDue = Form.useWatch<Dayjs | undefined>(['due', 'dueDate'], form);
  const byWorkingDays = Form.useWatch<boolean | undefined>('byWorkingDays', form);
  const typedIso = typedDue && !byWorkingDays ? toIsoDate(typedDue) : undefined;
  const check = useWorkingDayCheck(typedIso);
  const warning = nonWorkingDueWarning({ typed: typedIso ?? null, check: check.data ?? null, refused: nonWorking, confirmed });

  const uploadAttachments = async (taskId: string, files: UploadFile[]) => {
    for (const file of files) {
      if (!file.originFileObj) continue;
      // The task exists already: a file that fails is said, and can be added again on its page.
      await uploadFile(`/tasks/${taskId}/attachments`, file.originFileObj).catch(() => message.error(t('workAssign.attachmentsFailed', { name: file.name })));
    }
  };

  const submit = async (values: CreateValues) => {
    const body = toBody(values, sourceOf(values, source));
    const typed = body.due.kind === 'date' ? body.due.dueDate : null;
    try {
      const task = await (submitTask ?? createTask.mutateAsync)({ ...body, confirmNonWorkingDay: typed !== null && typed === confirmedDate.current });
      await uploadAttachments(task.id, values.attachments ?? []);
      if (onCreated) onCreated(task.id);
      else navigate(taskPath(task.id));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'due_date_not_working_day' && error.nextWorkingDay && typed) {
        setNonWorking({ given: typed, next: error.nextWorkingDay });
      }
      throw error;
    }
  };
  const takeNextWorkingDay = (next: string) => {
    form.setFields([{ name: ['due', 'dueDate'], value: fromIsoDate(next), errors: [] }]);
    setNonWorking(null);
  };
  const keepTypedDate = (given: string) => {
    confirmedDate.current = given;
    setConfirmed(given);
    // Refused by the server already: keeping the date is the answer, so it goes again at once.
    if (nonWorking?.given === given) form.submit();
  };

  return (
    <FormDrawer
      title={title ?? t('work.create.title')}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={initialValues}
      onSubmit={submit}
      submitText={t('work.create.submit')}
      savedText={t('work.create.created')}
    >
      {context && <Alert type="info" showIcon title={context} className="form-alert" />}
      {!assignsOthers && <Alert type="info" showIcon title={t('work.create.selfOnly')} className="form-alert" />}
      <TaskBasicsFields unitId={unitId} known={self} isOwnerFixed={!assignsOthers} />
      {!source && !submitTask && assignsOthers && <TaskSourceField />}
      <Form.Item
        label={t('work.field.collaborators')}
        name="collaboratorIds"
        rules={[
          { validator: (_, ids?: string[]) => (ids?.includes(ownerId) ? Promise.reject(new Error(t('work.create.ownerNotCollaborator'))) : Promise.resolve()) },
        ]}
      >
        <PersonSelect<string[]> multiple />
      </Form.Item>
      <Form.Item label={t('work.field.collaboratorUnits')} name="collaboratorUnitIds">
        <UnitPicker<string[]> multiple allowClear />
      </Form.Item>
      <Form.Item label={t('work.field.priority')} name="priority">
        <Select options={taskPriorities.map((value) => ({ value, label: t(`work.priority.${value}`) }))} />
      </Form.Item>
      <Form.Item label={t('work.field.startDate')} name="startDate" rules={[{ required: true, message: t('work.create.startRequired') }]}>
        <DateInput allowClear={false} />
      </Form.Item>
      <DueFields />
      {warning && <NonWorkingDueDateAlert {...warning} onUseNext={() => takeNextWorkingDay(warning.next)} onKeep={() => keepTypedDate(warning.given)} />}
      <TaskAttachmentsField />
    </FormDrawer>
  );
}
