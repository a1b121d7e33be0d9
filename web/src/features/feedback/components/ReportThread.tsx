import { Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import type { TrackedReport } from '../types';

type Message = TrackedReport['messages'][number];

/** The two-way thread; `side` says whose messages are "mine" (the reporter's page or the staff's). */
export function ReportThread({ messages, side }: { messages: Message[]; side: 'reporter' | 'staff' }) {
  const { t } = useTranslation();
  if (messages.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('feedback.track.noMessages')} />;
  const authorOf = (message: Message) => {
    if (message.author === 'reporter') return side === 'reporter' ? t('feedback.track.you') : t('feedback.detail.fromReporter');
    return message.authorName ?? t('feedback.track.officer');
  };
  return (
    <List
      size="small"
      dataSource={messages}
      renderItem={(message) => (
        <List.Item key={message.id} className={message.author === side ? 'thread-item mine' : 'thread-item'}>
          <div>
            <Typography.Text strong>{authorOf(message)}</Typography.Text>{' '}
            <Typography.Text type="secondary">{formatDateTime(message.createdAt)}</Typography.Text>
            <Typography.Paragraph className="thread-body">{message.body}</Typography.Paragraph>
          </div>
        </List.Item>
      )}
    />
  );
}
