import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DateInput } from '../../../../shared/ui';

interface FutureDateFieldProps {
  name: string;
  label: string;
  requiredMessage?: string;
}

const isPast = (date: Dayjs) => date.isBefore(dayjs(), 'day');

/** A new deadline: today or later, dd/mm/yyyy. */
export function FutureDateField({ name, label, requiredMessage }: FutureDateFieldProps) {
  return (
    <Form.Item label={label} name={name} rules={requiredMessage ? [{ required: true, message: requiredMessage }] : []}>
      <DateInput disabledDate={isPast} />
    </Form.Item>
  );
}
