import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format';

interface NonWorkingDueDateAlertProps {
  /** The due date typed, yyyy-mm-dd, which the server found on a weekend or holiday. */
  given: string;
  /** The next working day the server offers. */
  next: string;
  onUseNext: () => void;
  onKeep: () => void;
}

/** The server's warning (409 due_date_not_working_day) with its two ways on: the next working day, or the date as typed. */
export function NonWorkingDueDateAlert({ given, next, onUseNext, onKeep }: NonWorkingDueDateAlertProps) {
  const { t } = useTranslation();
  const dates = { given: formatDate(given), next: formatDate(next) };
  return (
    <Alert
      type="warning"
      showIcon
      className="form-alert non-working-due-date"
      title={t('work.create.nonWorkingDay.title', dates)}
      description={
        <Flex vertical gap={8}>
          {t('work.create.nonWorkingDay.hint', dates)}
          <Flex gap={8} wrap>
            <Button size="small" type="primary" onClick={onUseNext}>
              {t('work.create.nonWorkingDay.useNext', dates)}
            </Button>
            <Button size="small" onClick={onKeep}>
              {t('work.create.nonWorkingDay.keep', dates)}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}
