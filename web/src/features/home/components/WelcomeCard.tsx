import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth';
import { formatDate, formatWeekday } from '../../../shared/format';
import { useLanguage } from '../../../shared/i18n';
import { useOwnRecord } from '../api';

/** Who is signed in: greeting, date, roles, position and unit. */
export function WelcomeCard() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const record = useOwnRecord(user.personId);
  const language = useLanguage();
  const now = new Date();
  const unitText = record.data ? [record.data.position, record.data.unit.name].filter(Boolean).join(' — ') : t('home.noUnit');
  return (
    <Card className="welcome-card">
      <Typography.Title level={3} className="welcome-title">
        {t('home.greeting', { name: user.displayName })}
      </Typography.Title>
      <Typography.Text type="secondary" className="welcome-date">
        {t('home.today', { date: `${formatWeekday(now, language)}, ${formatDate(now)}` })}
      </Typography.Text>
      <Descriptions column={1} size="small" className="welcome-details">
        <Descriptions.Item label={t('home.roles')}>
          <Flex gap={4} wrap>
            {user.roles.map((role) => (
              <Tag key={role} color="red">
                {t(`roles.${role}`)}
              </Tag>
            ))}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('home.unit')}>{record.isPending && user.personId ? '…' : unitText}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
