import '../work.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Result, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useTask } from '../api';
import { OpenRequestPanel } from '../components/OpenRequestPanel';
import { TaskActionsCard } from '../components/TaskActionsCard';
import { TaskCounters } from '../components/TaskCounters';
import { TaskHeaderCard } from '../components/TaskHeaderCard';
import { TaskAttachments } from '../components/TaskAttachments';
import { TaskTimeline } from '../components/TaskTimeline';
import { MY_WORK_PATH } from '../paths';
import { ChecklistCard } from '../structure/ChecklistCard';
import { SubtasksCard } from '../structure/SubtasksCard';
import { ItemExplanations, RequestExplanationButton } from '../../explanations/public';
import { FollowButton } from '../views/FollowButton';

/** One task: who answers for it, its pending request, the actions allowed now, and its history. */
export function TaskDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const task = useTask(id);
  const back = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate(MY_WORK_PATH)}>
      {t('work.detail.back')}
    </Button>
  );

  if (task.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (task.isError) {
    if (task.error instanceof ApiError && (task.error.status === 404 || task.error.status === 400)) {
      return <Result status="404" title={t('work.detail.notFound')} subTitle={t('work.detail.notFoundText')} extra={back} />;
    }
    return <QueryErrorAlert error={task.error} onRetry={() => void task.refetch()} />;
  }
  const data = task.data;
  return (
    <>
      <PageHeader
        title={data.title}
        description={data.unit.name}
        extra={
          <Flex gap={8} wrap>
            {data.outcome === 'open_overdue' && <RequestExplanationButton item={{ kind: 'task', taskId: data.id }} />}
            <FollowButton taskId={data.id} />
            {back}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <TaskActionsCard task={data} />
        {data.openRequest && <OpenRequestPanel request={data.openRequest} />}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Flex vertical gap={16}>
              <TaskHeaderCard task={data} />
              <SubtasksCard task={data} />
              <ChecklistCard task={data} />
            </Flex>
          </Col>
          <Col xs={24} xl={9}>
            <Flex vertical gap={16}>
              <TaskCounters task={data} />
              <TaskAttachments task={data} />
              <ItemExplanations itemKind="task" itemId={data.id} />
              <TaskTimeline task={data} />
            </Flex>
          </Col>
        </Row>
      </Flex>
    </>
  );
}
