import '../documents.css';
import { ApartmentOutlined, ArrowLeftOutlined, EditOutlined, FieldTimeOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Dropdown, Flex, Result, Row, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import type { Plan, Target } from '../../../shared/contracts/documents';
import { formatDate } from '../../../shared/format';
import { localize, useLanguage } from '../../../shared/i18n';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { CreateTaskDrawer } from '../../work/public';
import { planTimelinePath } from '../../work/paths';
import { usePlan, useRemoveTarget } from '../api';
import { PlanEditDrawer } from '../components/PlanEditDrawer';
import { ProgressSummary } from '../components/ProgressSummary';
import { ReachedModal } from '../components/ReachedModal';
import { TargetFormDrawer } from '../components/TargetFormDrawer';
import { documentPath, traceabilityPath } from '../paths';

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "Kế hoạch thực hiện": objectives, targets with their accountable person, and progress per target, unit and plan. */
export function PlanPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const plan = usePlan(id);
  const removeTarget = useRemoveTarget(id);
  const { message, modal } = App.useApp();
  const language = useLanguage();
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [reporting, setReporting] = useState<Target | null>(null);
  const [taskFor, setTaskFor] = useState<Target | null>(null);
  const [isPlanEditing, setPlanEditing] = useState(false);
  const back = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate(documentPath(id))}>
      {t('documents.detail.info')}
    </Button>
  );
  if (plan.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (plan.isError) {
    if (plan.error instanceof ApiError && (plan.error.status === 404 || plan.error.status === 400)) {
      return <Result status="404" title={t('documents.plan.notFound')} extra={back} />;
    }
    return <QueryErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  }
  const data: Plan = plan.data;

  const columns = [
    { title: t('documents.target.metric'), dataIndex: 'metric', key: 'metric' },
    {
      title: `${t('documents.target.reachedValue')} / ${t('documents.target.targetValue')}`,
      key: 'values',
      width: 150,
      render: (_: unknown, target: Target) => `${number.format(target.reachedValue)} / ${number.format(target.targetValue)} ${target.unitOfMeasure}`,
    },
    { title: t('documents.target.deadline'), key: 'deadline', width: 110, render: (_: unknown, target: Target) => formatDate(target.deadline) },
    {
      title: t('documents.target.accountablePerson'),
      key: 'accountable',
      width: 200,
      render: (_: unknown, target: Target) => (
        <Flex vertical>
          <Typography.Text strong>{target.accountablePerson.fullName}</Typography.Text>
          <Typography.Text type="secondary">{target.unit.name}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('documents.target.tasks'), key: 'progress', width: 260, render: (_: unknown, target: Target) => <ProgressSummary progress={target.progress} /> },
    {
      title: t('documents.target.actions'),
      key: 'actions',
      width: 130,
      render: (_: unknown, target: Target) => {
        const items = [
          ...(data.canWrite
            ? [
                { key: 'task', label: t('documents.target.addTask') },
                { key: 'edit', label: t('common.edit') },
              ]
            : []),
          ...(target.canUpdateReached ? [{ key: 'report', label: t('documents.target.report') }] : []),
          ...(data.canWrite ? [{ key: 'remove', label: t('documents.target.remove'), danger: true }] : []),
        ];
        if (items.length === 0) return null;
        const confirmRemove = () =>
          modal.confirm({
            title: t('documents.target.remove'),
            content: t('documents.target.removeConfirm', { metric: target.metric }),
            okButtonProps: { danger: true },
            onOk: () =>
              removeTarget.mutateAsync(target.id).then(
                () => void message.success(t('documents.target.removed')),
                (error: unknown) => void message.error(error instanceof ApiError ? localize(error.text, language) : t('errors.crashTitle')),
              ),
          });
        const actions: Record<string, () => void> = {
          task: () => setTaskFor(target),
          edit: () => setEditing(target),
          report: () => setReporting(target),
          remove: confirmRemove,
        };
        const onClick = ({ key }: { key: string }) => actions[key]();
        return (
          <Dropdown menu={{ items, onClick }} trigger={['click']}>
            <Button size="small">{t('documents.target.actions')}</Button>
          </Dropdown>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        title={`${t('documents.kind.plan')} ${data.document.number}`}
        description={data.document.title}
        extra={
          <>
            {back}
            {data.implements.map((document) => (
              <Button key={document.id} icon={<ApartmentOutlined aria-hidden />} onClick={() => navigate(traceabilityPath(document.id))}>
                {`${t('documents.detail.traceability')} ${document.number}`}
              </Button>
            ))}
            <Button icon={<FieldTimeOutlined aria-hidden />} onClick={() => navigate(planTimelinePath(id))}>
              {t('documents.plan.timeline')}
            </Button>
            {data.canWrite && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setPlanEditing(true)}>
                {t('documents.plan.editTitle')}
              </Button>
            )}
            {data.canWrite && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
                {t('documents.plan.addTarget')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('documents.plan.objectives')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('documents.plan.implements')}>
                <Flex vertical>
                  {data.implements.map((document) => (
                    <Link key={document.id} to={documentPath(document.id)}>{`${document.number} — ${document.title}`}</Link>
                  ))}
                </Flex>
              </Descriptions.Item>
              <Descriptions.Item label={t('documents.plan.unit')}>{data.unit.name}</Descriptions.Item>
              <Descriptions.Item label={t('documents.field.issueDate')}>{formatDate(data.document.issueDate)}</Descriptions.Item>
            </Descriptions>
            {data.objectives && <Typography.Paragraph className="documents-summary">{data.objectives}</Typography.Paragraph>}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('documents.plan.progress')}>
            <ProgressSummary progress={data.progress} showTargets />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('documents.plan.targets')}>
            <Table<Target>
              rowKey="id"
              columns={columns}
              dataSource={data.targets}
              pagination={false}
              locale={{ emptyText: t('documents.plan.noTargets') }}
              scroll={{ x: 1000 }}
            />
          </Card>
        </Col>
        {data.byUnit.length > 0 && (
          <Col span={24}>
            <Card size="small" title={t('documents.plan.byUnit')}>
              <Table
                rowKey={(row) => row.unit.id}
                pagination={false}
                dataSource={data.byUnit}
                columns={[
                  { title: t('documents.target.unit'), key: 'unit', render: (_: unknown, row: Plan['byUnit'][number]) => row.unit.name },
                  {
                    title: t('documents.plan.attainment'),
                    key: 'progress',
                    render: (_: unknown, row: Plan['byUnit'][number]) => <ProgressSummary progress={row} showTargets />,
                  },
                ]}
              />
            </Card>
          </Col>
        )}
      </Row>
      <TargetFormDrawer
        planId={id}
        open={editing !== null}
        target={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
      <PlanEditDrawer plan={data} open={isPlanEditing} onClose={() => setPlanEditing(false)} />
      <ReachedModal planId={id} target={reporting} onClose={() => setReporting(null)} />
      <CreateTaskDrawer
        open={taskFor !== null}
        onClose={() => setTaskFor(null)}
        source={taskFor ? { kind: 'plan_target', id: taskFor.id } : undefined}
        context={taskFor ? `${t('documents.target.metric')}: ${taskFor.metric}` : undefined}
        initialUnitId={taskFor?.unit.id}
        onCreated={() => void plan.refetch()}
      />
    </>
  );
}
