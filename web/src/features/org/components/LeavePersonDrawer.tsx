import { Alert, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/contracts';
import { toIsoDate } from '../../../shared/format';
import { DateInput, FormDrawer } from '../../../shared/ui';
import { useDeactivatePerson } from '../api';

interface LeaveValues {
  leftOn: Dayjs;
  reason: string;
}

interface LeavePersonDrawerProps {
  open: boolean;
  onClose: () => void;
  afterClose: () => void;
  person: Person;
}

/** Marks a person as having left: the record stays, the login is disabled. */
export function LeavePersonDrawer({ open, onClose, afterClose, person }: LeavePersonDrawerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LeaveValues>();
  const deactivatePerson = useDeactivatePerson();
  return (
    <FormDrawer
      title={t('org.leave.title', { name: person.fullName })}
      open={open}
      onClose={onClose}
      afterClose={afterClose}
      form={form}
      initialValues={{ leftOn: dayjs() }}
      onSubmit={({ leftOn, reason }) => deactivatePerson.mutateAsync({ id: person.id, leftOn: toIsoDate(leftOn), reason: reason.trim() })}
    >
      <Alert type="warning" showIcon title={t('org.leave.hint')} className="form-alert" />
      <Form.Item label={t('org.leave.leftOn')} name="leftOn" rules={[{ required: true, message: t('org.leave.leftOnRequired') }]}>
        <DateInput allowClear={false} />
      </Form.Item>
      <Form.Item label={t('org.leave.reason')} name="reason" rules={[{ required: true, whitespace: true, max: 500, message: t('org.leave.reasonRequired') }]}>
        <Input.TextArea rows={3} showCount maxLength={500} />
      </Form.Item>
    </FormDrawer>
  );
}
