import { Flex, Form, InputNumber, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDate, formatWeekday, toIsoDate } from '../../../shared/format';
import { DateInput } from '../../../shared/ui';
import { isWorkingDaysCount, useWorkingDaysDue } from '../working-days-api';

const SWITCH_ID = 'due-by-working-days';

/** The deadline as a date, or switched to a number of working days from the start date. */
export function DueFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const byWorkingDays = Form.useWatch<boolean | undefined>('byWorkingDays', form);
  const startDate = Form.useWatch<Dayjs | undefined>('startDate', form);
  const workingDays = Form.useWatch<number | null | undefined>(['due', 'workingDays'], form);
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
          extra={
            <Flex vertical>
              <Typography.Text type="secondary">{t('work.create.workingDaysHint')}</Typography.Text>
              {isWorkingDaysCount(workingDays) && startDate && <ComputedDue from={toIsoDate(startDate)} days={workingDays} />}
            </Flex>
          }
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

/** The deadline the server will set, shown while the number is typed so nobody counts holidays by hand. */
function ComputedDue({ from, days }: { from: string; days: number }) {
  const { t, i18n } = useTranslation();
  const due = useWorkingDaysDue(from, days);
  const dueDate = due.data?.from === from && due.data.days === days ? due.data.dueDate : null;
  if (!dueDate) return <Typography.Text type="secondary">{t('workAssign.computingDue')}</Typography.Text>;
  const weekday = formatWeekday(new Date(`${dueDate}T12:00:00+07:00`), i18n.language === 'en' ? 'en' : 'vi');
  return (
    <Typography.Text strong className="computed-due" role="status">
      {t('workAssign.computedDue', { date: formatDate(dueDate), weekday })}
    </Typography.Text>
  );
}
