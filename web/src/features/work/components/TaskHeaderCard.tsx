import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/contracts';
import { formatDate, formatDateTime } from '../../../shared/format';
import { ConclusionSourceLink } from '../../dissemination/public';
import { DocumentSourceLink, TargetSourceLink } from '../../documents/public';
import { priorityColors } from '../work-labels';
import { TaskProgress } from './TaskProgress';
import { TaskSignalTags } from './TaskSignalTags';
import { TaskStatusTag } from './TaskStatusTag';

/** Who answers for the task, who gave it, the unit, dates, progress, and what it should produce. */
export function TaskHeaderCard({ task }: { task: Task }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const isOverdue = task.outcome === 'open_overdue' || task.outcome === 'completed_late';
  return (
    <Card className="task-header-card">
      <Flex gap={6} wrap className="task-header-tags">
        <TaskStatusTag status={task.status} />
        <TaskSignalTags signals={task.signals} outcome={task.outcome} showInTime />
        <Tag color={priorityColors[task.priority]}>
          {t('work.field.priority')}: {t(`work.priority.${task.priority}`)}
        </Tag>
      </Flex>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" className="task-facts">
        <Descriptions.Item label={t('work.field.owner')}>
          <span className="task-owner">
            <Typography.Text strong>{task.owner.fullName}</Typography.Text>
            <Tag color="red" className="owner-tag">
              {t('work.detail.ownerTag')}
            </Tag>
          </span>
        </Descriptions.Item>
        {task.source.kind === 'plan_target' && task.source.id && (
          <Descriptions.Item label={t('documents.target.metric')}>
            <TargetSourceLink targetId={task.source.id} />
          </Descriptions.Item>
        )}
        {task.source.kind === 'document' && task.source.id && (
          <Descriptions.Item label={t('workAssign.sourceKinds.document')}>
            <DocumentSourceLink documentId={task.source.id} />
          </Descriptions.Item>
        )}
        {task.source.kind === 'meeting_conclusion' && task.source.id && (
          <Descriptions.Item label={t('workAssign.sourceKinds.meeting_conclusion')}>
            <ConclusionSourceLink conclusionId={task.source.id} />
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('work.field.assigner')}>{task.assigner.fullName}</Descriptions.Item>
        <Descriptions.Item label={t('work.field.unit')}>{task.unit.name}</Descriptions.Item>
        <Descriptions.Item label={t('work.field.startDate')}>{formatDate(task.startDate)}</Descriptions.Item>
        <Descriptions.Item label={t('work.field.dueDate')}>
          <Typography.Text strong type={isOverdue ? 'danger' : undefined}>
            {formatDate(task.dueDate)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('work.field.assignedAt')}>{formatDateTime(task.assignedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('work.field.acceptedAt')}>{formatDateTime(task.acceptedAt) || none}</Descriptions.Item>
        <Descriptions.Item label={t('work.field.lastProgressAt')}>{formatDateTime(task.lastProgressAt) || none}</Descriptions.Item>
        <Descriptions.Item label={task.completedAt ? t('work.field.completedAt') : t('work.field.submittedAt')}>
          {formatDateTime(task.completedAt ?? task.submittedAt) || none}
        </Descriptions.Item>
        <Descriptions.Item label={t('work.field.progress')}>
          <TaskProgress task={task} />
        </Descriptions.Item>
        {task.grade && (
          <Descriptions.Item label={t('work.field.grade')}>
            {task.grade} – {t(`work.grade.${task.grade}`)}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('work.field.collaborators')}>{task.collaborators.map((person) => person.fullName).join(', ') || none}</Descriptions.Item>
        <Descriptions.Item label={t('work.field.collaboratorUnits')}>{task.collaboratorUnits.map((unit) => unit.name).join(', ') || none}</Descriptions.Item>
      </Descriptions>
      <Descriptions column={1} size="small" layout="vertical" className="task-texts">
        <Descriptions.Item label={t('work.field.expectedOutput')}>
          <Typography.Paragraph className="pre-line">{task.expectedOutput}</Typography.Paragraph>
        </Descriptions.Item>
        {task.description && (
          <Descriptions.Item label={t('work.field.description')}>
            <Typography.Paragraph className="pre-line">{task.description}</Typography.Paragraph>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
