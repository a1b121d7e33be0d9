import { App, Card, Checkbox, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import type { Task } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/format';
import { useCurrentUser } from '../../auth';
import { useChecklist, useChecklistChange } from './api';

/** Small steps of the task that need no owner of their own; the owner adds and ticks them. */
export function ChecklistCard({ task }: { task: Task }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const list = useChecklist(task.id);
  const { add, tick } = useChecklistChange(task.id);
  const [text, setText] = useState('');
  const mayEdit = task.owner.id === user.personId && (task.status === 'assigned' || task.status === 'in_progress');
  const fail = (error: Error) => {
    const problem = error instanceof ApiError ? (error.fieldErrors[0]?.message ?? error.text) : null;
    void message.error(problem ? problem[i18n.language === 'en' ? 'en' : 'vi'] : t('workStructure.checklist.failed'));
  };
  const items = list.data?.items ?? [];
  const done = items.filter((item) => item.done).length;
  return (
    <Card size="small" title={t('workStructure.checklist.title')} extra={items.length > 0 && `${done}/${items.length}`}>
      <List
        size="small"
        loading={list.isPending}
        locale={{ emptyText: t('workStructure.checklist.empty') }}
        dataSource={items}
        renderItem={(item) => (
          <List.Item>
            <Checkbox
              checked={item.done}
              disabled={!mayEdit || tick.isPending}
              onChange={(event) => tick.mutate({ itemId: item.id, done: event.target.checked }, { onError: fail })}
            >
              {item.text}
            </Checkbox>
            {item.doneAt && (
              <Typography.Text type="secondary">
                {item.doneByName} · {formatDateTime(item.doneAt)}
              </Typography.Text>
            )}
          </List.Item>
        )}
      />
      {mayEdit && (
        <Input.Search
          value={text}
          maxLength={500}
          placeholder={t('workStructure.checklist.placeholder')}
          aria-label={t('workStructure.checklist.placeholder')}
          enterButton={t('workStructure.checklist.add')}
          loading={add.isPending}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => {
            if (!value.trim()) return;
            add.mutate(value.trim(), { onSuccess: () => setText(''), onError: fail });
          }}
        />
      )}
    </Card>
  );
}
