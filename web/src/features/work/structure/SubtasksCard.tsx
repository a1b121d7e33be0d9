import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Task } from '../../../shared/contracts';
import { formatDate } from '../../../shared/format';
import { useCurrentUser } from '../../auth';
import { CreateTaskDrawer } from '../components/CreateTaskDrawer';
import { TaskStatusTag } from '../components/TaskStatusTag';
import { taskPath } from '../paths';
import { useCreateSubtask, useSubtasks } from './api';

/** The task's subtasks (each with its own owner), the overall progress, and "split" for those who may. */
export function SubtasksCard({ task }: { task: Task }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const subtasks = useSubtasks(task.id);
  const createSubtask = useCreateSubtask(task.id);
  const [isOpen, setOpen] = useState(false);
  const isTaskOpen = task.status === 'assigned' || task.status === 'in_progress';
  // The owner, or whoever may cancel the task (its assigner, the unit's managers), splits it.
  const maySplit = isTaskOpen && (task.owner.id === user.personId || task.abilities.includes('cancel'));
  const data = subtasks.data;
  return (
    <Card
      size="small"
      title={t('workStructure.subtasks.title')}
      extra={
        maySplit && (
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
            {t('workStructure.subtasks.add')}
          </Button>
        )
      }
    >
      {data?.parent && (
        <Typography.Paragraph>
          {t('workStructure.subtasks.partOf')} <Link to={taskPath(data.parent.id)}>{data.parent.title}</Link>
        </Typography.Paragraph>
      )}
      {data && data.items.length > 0 && (
        <Flex vertical gap={4} className="subtask-rollup">
          <Typography.Text type="secondary">{t('workStructure.subtasks.rollup', { open: data.rollup.open, done: data.rollup.done })}</Typography.Text>
          <Progress percent={data.rollup.percent} size="small" aria-label={t('workStructure.subtasks.rollupLabel')} />
        </Flex>
      )}
      <List
        size="small"
        loading={subtasks.isPending}
        locale={{ emptyText: t('workStructure.subtasks.empty') }}
        dataSource={data?.items ?? []}
        renderItem={(item) => (
          <List.Item>
            <Flex vertical gap={2} style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8} wrap>
                <Link to={taskPath(item.id)}>{item.title}</Link>
                <TaskStatusTag status={item.status} />
              </Flex>
              <Typography.Text type="secondary">
                {item.owner.fullName} · {t('workStructure.subtasks.due', { date: formatDate(item.dueDate) })} · {item.progressPercent}%
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {maySplit && (
        <CreateTaskDrawer
          open={isOpen}
          onClose={() => setOpen(false)}
          title={t('workStructure.subtasks.drawerTitle')}
          context={t('workStructure.subtasks.context', { title: task.title, date: formatDate(task.dueDate) })}
          initialUnitId={task.unit.id}
          submitTask={(body) => createSubtask.mutateAsync(body)}
          onCreated={() => setOpen(false)}
        />
      )}
    </Card>
  );
}
