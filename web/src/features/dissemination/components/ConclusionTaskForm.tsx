import { App, Button, Flex, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { fromIsoDate, toIsoDate } from '../../../shared/format';
import { localize } from '../../../shared/i18n';
import { DateInput } from '../../../shared/ui';
import { PersonSelect, UnitPicker } from '../../org';
import { NonWorkingDueDateAlert } from '../../work/public';
import { useConclusionToTask } from '../api';

interface TaskValues {
  ownerId: string;
  unitId: string;
  dueDate: Dayjs;
  expectedOutput: string;
}

interface ConclusionTaskFormProps {
  meetingId: string;
  conclusionId: string;
  unitId: string;
  onDone: () => void;
}

/** Turns a conclusion into a task; a due date on a weekend or holiday is warned of as when assigning a task. */
export function ConclusionTaskForm({ meetingId, conclusionId, unitId, onDone }: ConclusionTaskFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskValues>();
  const toTask = useConclusionToTask(meetingId);
  // Keeping the date resends it confirmed (a ref: the resubmission runs before a state update would).
  const [nonWorking, setNonWorking] = useState<{ given: string; next: string } | null>(null);
  const confirmedDate = useRef<string | null>(null);
  const typedDue = Form.useWatch<Dayjs | undefined>('dueDate', form);
  const warning = nonWorking && typedDue && toIsoDate(typedDue) === nonWorking.given ? nonWorking : null;

  const submit = async (values: TaskValues) => {
    const dueDate = toIsoDate(values.dueDate);
    try {
      await toTask.mutateAsync({ conclusionId, ...values, dueDate, confirmNonWorkingDay: dueDate === confirmedDate.current });
      void message.success(t('common.saved'));
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'due_date_not_working_day' && error.nextWorkingDay) {
        setNonWorking({ given: dueDate, next: error.nextWorkingDay });
        return;
      }
      void message.error(error instanceof ApiError ? localize(error.text) : String(error));
    }
  };
  const takeNextWorkingDay = (next: string) => {
    form.setFields([{ name: 'dueDate', value: fromIsoDate(next), errors: [] }]);
    setNonWorking(null);
  };
  const keepTypedDate = (given: string) => {
    confirmedDate.current = given;
    form.submit();
  };

  return (
    <Form<TaskValues> form={form} layout="vertical" initialValues={{ unitId }} onFinish={(values) => void submit(values)}>
      <Form.Item name="unitId" label={t('dissemination.meeting.taskUnit')} rules={[{ required: true }]}>
        <UnitPicker />
      </Form.Item>
      <Form.Item name="ownerId" label={t('dissemination.meeting.owner')} rules={[{ required: true }]}>
        <PersonSelect />
      </Form.Item>
      <Form.Item name="dueDate" label={t('dissemination.meeting.dueDate')} rules={[{ required: true }]}>
        <DateInput />
      </Form.Item>
      {warning && (
        <NonWorkingDueDateAlert
          given={warning.given}
          next={warning.next}
          onUseNext={() => takeNextWorkingDay(warning.next)}
          onKeep={() => keepTypedDate(warning.given)}
        />
      )}
      <Form.Item name="expectedOutput" label={t('dissemination.meeting.expectedOutput')} rules={[{ required: true, whitespace: true }]}>
        <Input />
      </Form.Item>
      <Flex gap={8}>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={toTask.isPending}>
          {t('dissemination.meeting.toTask')}
        </Button>
      </Flex>
    </Form>
  );
}
