import { Flex, Form, InputNumber, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../shared/ui';

const SWITCH_ID = 'due-by-working-days';

/** The deadline as a date, or switched to a number of working days from the start date. */
export function DueFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const byWorkingDays = Form.useWatch<boolean | undefined>('byWorkingDays', form);
  return (
    <>
      <Flex align="center" gap={8} className="due-switch">
        <Form.Item name="byWorkingDays" valuePropName="checked" noStyle>
          <Switch id={SWITCH_ID} size="small" />
        </Form.Item>
        <label htmlFor={SWITCH_ID}>{t('work.create.byWorkingDays')}</label>
      </Flex>
      {byWorkingDays ? (
        <Form.Item
          label={t('work.field.workingDays')}
          name={['due', 'workingDays']}
          extra={<Typography.Text type="secondary">{t('work.create.workingDaysHint')}</Typography.Text>}
          rules={[{ required: true, type: 'integer', min: 1, max: 365, message: t('work.create.workingDaysRequired') }]}
        >
          <InputNumber min={1} max={365} precision={0} className="full-width" />
        </Form.Item>
      ) : (
        <Form.Item label={t('work.field.dueDate')} name={['due', 'dueDate']} rules={[{ required: true, message: t('work.create.dueRequired') }]}>
          <DateInput />
        </Form.Item>
      )}
    </>
  );
}
