import { Form, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TaskPriority } from '../../../shared/contracts';
import { toIsoDate } from '../../../shared/format';
import { DateInput, FormDrawer } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { taskPriorities } from '../work-labels';
import { type CreateSeriesBody, useSeriesChange } from './api';
import { weekdayKeys } from './schedule-text';
import { TaskBasicsFields } from '../components/TaskBasicsFields';

type Kind = CreateSeriesBody['schedule']['kind'];
type Day = number | 'last_working_day';

interface SeriesValues {
  title: string;
  description?: string;
  expectedOutput: string;
  unitId: string;
  ownerId: string;
  priority: TaskPriority;
  schedule: { kind: Kind; interval?: number; weekday?: number; day?: Day; monthOfQuarter?: number };
  leadWorkingDays: number;
  startsOn: Dayjs;
}

function scheduleOf(values: SeriesValues['schedule']): CreateSeriesBody['schedule'] {
  switch (values.kind) {
    case 'every_working_days':
      return { kind: values.kind, interval: values.interval ?? 1 };
    case 'weekly':
      return { kind: values.kind, weekday: values.weekday ?? 1 };
    case 'monthly':
      return { kind: values.kind, day: values.day ?? 'last_working_day' };
    case 'quarterly':
      return { kind: values.kind, monthOfQuarter: values.monthOfQuarter ?? 3, day: values.day ?? 'last_working_day' };
  }
}

const kinds: Kind[] = ['monthly', 'weekly', 'quarterly', 'every_working_days'];

/** "Tạo việc định kỳ": what each occurrence asks, of whom (one owner), and when, on the working-day calendar. */
export function CreateSeriesDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [form] = Form.useForm<SeriesValues>();
  const { create } = useSeriesChange();
  const unitId = Form.useWatch('unitId', form);
  const kind = Form.useWatch(['schedule', 'kind'], form);
  const dayOptions = [
    { value: 'last_working_day', label: t('workStructure.series.lastWorkingDay') },
    ...Array.from({ length: 31 }, (_, i) => ({ value: i + 1, label: t('workStructure.series.dayN', { day: i + 1 }) })),
  ];
  const initialValues: Partial<SeriesValues> = {
    unitId: user.unitId ?? undefined,
    priority: 'normal',
    schedule: { kind: 'monthly', day: 'last_working_day', interval: 5, weekday: 1, monthOfQuarter: 3 },
    leadWorkingDays: 5,
    startsOn: dayjs(),
  };
  const submit = (values: SeriesValues) =>
    create.mutateAsync({
      title: values.title.trim(),
      description: values.description?.trim() ?? '',
      expectedOutput: values.expectedOutput.trim(),
      unitId: values.unitId,
      ownerId: values.ownerId,
      priority: values.priority,
      schedule: scheduleOf(values.schedule),
      leadWorkingDays: values.leadWorkingDays,
      startsOn: toIsoDate(values.startsOn),
    });
  return (
    <FormDrawer
      title={t('workStructure.series.create')}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={initialValues}
      onSubmit={async (values) => {
        await submit(values);
        onClose();
      }}
      submitText={t('workStructure.series.createSubmit')}
      savedText={t('workStructure.series.created')}
    >
      <TaskBasicsFields unitId={unitId} />
      <Form.Item label={t('work.field.priority')} name="priority">
        <Select options={taskPriorities.map((value) => ({ value, label: t(`work.priority.${value}`) }))} />
      </Form.Item>
      <Form.Item label={t('workStructure.series.kind')} name={['schedule', 'kind']}>
        <Select options={kinds.map((value) => ({ value, label: t(`workStructure.kind.${value}`) }))} />
      </Form.Item>
      {kind === 'every_working_days' && (
        <Form.Item label={t('workStructure.series.interval')} name={['schedule', 'interval']} rules={[{ required: true }]}>
          <InputNumber min={1} max={120} />
        </Form.Item>
      )}
      {kind === 'weekly' && (
        <Form.Item label={t('workStructure.series.weekday')} name={['schedule', 'weekday']}>
          <Select options={[1, 2, 3, 4, 5].map((value) => ({ value, label: t(`workStructure.weekday.${weekdayKeys[value - 1]}`) }))} />
        </Form.Item>
      )}
      {kind === 'quarterly' && (
        <Form.Item label={t('workStructure.series.monthOfQuarter')} name={['schedule', 'monthOfQuarter']}>
          <Select options={[1, 2, 3].map((value) => ({ value, label: t('workStructure.series.monthN', { month: value }) }))} />
        </Form.Item>
      )}
      {(kind === 'monthly' || kind === 'quarterly') && (
        <Form.Item label={t('workStructure.series.day')} name={['schedule', 'day']} extra={t('workStructure.series.dayHint')}>
          <Select options={dayOptions} />
        </Form.Item>
      )}
      <Form.Item label={t('workStructure.series.lead')} name="leadWorkingDays" extra={t('workStructure.series.leadHint')}>
        <InputNumber min={0} max={30} />
      </Form.Item>
      <Form.Item label={t('workStructure.series.startsOn')} name="startsOn" rules={[{ required: true }]}>
        <DateInput allowClear={false} />
      </Form.Item>
    </FormDrawer>
  );
}
