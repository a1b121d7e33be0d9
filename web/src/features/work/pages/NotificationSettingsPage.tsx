import '../work.css';
import { App, Card, Select, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { notificationChannelLabels, notificationChannels } from '../../../../../contracts/notification-vocabulary';
import { localize, useLanguage } from '../../../shared/i18n';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { type NotificationPreference, useNotificationPreferences, useSetNotificationPreference } from '../notifications-api';

/**
 * "Cài đặt thông báo": for each kind, in the app only, e-mail at once, the daily digest or off; mandatory
 * kinds say why they stay on. One line per kind, its choice beside it on a desktop and under it on a phone.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const preferences = useNotificationPreferences();
  const save = useSetNotificationPreference();

  const channelSelect = (item: NotificationPreference) => (
    <Select
      className="notification-channel-select"
      value={item.channel}
      aria-label={`${t('work.notificationSettings.channel')}: ${localize(item.label, language)}`}
      loading={save.isPending && save.variables?.kind === item.kind}
      onChange={(channel) => save.mutate({ kind: item.kind, channel }, { onSuccess: () => void message.success(t('work.notificationSettings.saved')) })}
      options={notificationChannels.map((channel) => ({
        value: channel,
        label: localize(notificationChannelLabels[channel], language),
        disabled: channel === 'off' && item.mandatoryBecause !== null,
      }))}
    />
  );

  return (
    <>
      <PageHeader title={t('work.notificationSettings.title')} description={t('work.notificationSettings.description')} />
      <Card>
        {preferences.isError && <QueryErrorAlert error={preferences.error} onRetry={() => void preferences.refetch()} />}
        {save.isError && <QueryErrorAlert error={save.error} />}
        {preferences.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
        <ul className="notification-settings" aria-label={t('work.notificationSettings.title')}>
          {(preferences.data ?? []).map((item) => (
            <li key={item.kind} className="notification-settings-row">
              <div className="notification-settings-kind">
                <Typography.Text strong>{localize(item.label, language)}</Typography.Text>
                {item.needsAction && <Tag className="notification-settings-tag">{t('work.notifications.needsAction')}</Tag>}
                {item.mandatoryBecause && (
                  <div>
                    <Tag color="blue">{t('work.notificationSettings.mandatory')}</Tag>
                    <Typography.Text type="secondary">{localize(item.mandatoryBecause, language)}</Typography.Text>
                  </div>
                )}
              </div>
              {channelSelect(item)}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
