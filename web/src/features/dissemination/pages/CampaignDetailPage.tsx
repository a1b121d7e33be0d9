import type { TFunction } from 'i18next';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Skeleton, Statistic, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import type { Campaign, Coverage, Laggard } from '../../../shared/contracts/dissemination';
import { formatDate, formatDateTime } from '../../../shared/format';
import { localize } from '../../../shared/i18n';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages } from '../../../shared/ui';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';
import { buildUnitTree, rootRowKeys, topLevelUnits, type TreeNode } from '../../../shared/unit-tree';
import { UnitPicker } from '../../org';
import { useCampaign, useCampaignCommand, useCoverage, useLaggards } from '../api';
import { CoverageChart } from '../components/CoverageChart';
import { CreateCampaignDrawer } from '../components/CreateCampaignDrawer';
import { DocumentList } from '../components/DocumentList';
import { RequestExplanationButton } from '../../explanations/public';

const COUNT_KEYS = ['assigned', 'read', 'acknowledged', 'committed', 'passed', 'done', 'overdue'] as const;

/** A campaign for its organisers and leaders: what it asks, its commands, and coverage by unit with laggards. */
export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const campaign = useCampaign(id);
  const [unitId, setUnitId] = useState<string | undefined>();
  const hasCoverage = campaign.data?.abilities.includes('coverage') ?? false;
  const coverage = useCoverage(id, unitId, hasCoverage);
  if (campaign.isPending) return <Skeleton active />;
  if (campaign.isError) return <QueryErrorAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;
  return (
    <>
      <PageHeader title={c.title} description={<Tag>{t(`dissemination.status.${c.status}`)}</Tag>} extra={<CampaignCommands campaign={c} />} />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('dissemination.campaigns.unit')}>{c.unit.name}</Descriptions.Item>
            <Descriptions.Item label={t('dissemination.dueDate')}>
              {c.deadline.dueDate ? formatDate(c.deadline.dueDate) : t('dissemination.create.workingDays') + `: ${c.deadline.workingDays}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('dissemination.detail.audience')}>{audienceText(c, t)}</Descriptions.Item>
            <Descriptions.Item label={t('dissemination.detail.requirements')}>
              {[
                t('dissemination.detail.read'),
                c.requiresCommitment && t('dissemination.detail.commitment'),
                c.quiz && t('dissemination.detail.quiz', { count: c.quiz.questionCount, percent: c.quiz.passPercent }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Descriptions.Item>
            {c.launchedAt && (
              <Descriptions.Item label={t('dissemination.detail.launched')}>
                {formatDateTime(c.launchedAt)} · {t('dissemination.detail.round', { round: c.round })}
              </Descriptions.Item>
            )}
          </Descriptions>
          <DocumentList documents={c.documents} />
          {c.abilities.includes('newVersion') && <NewVersionButtons campaign={c} />}
        </Card>
        {hasCoverage && (
          <Card
            title={t('dissemination.detail.coverage')}
            extra={
              <Flex gap={8} wrap>
                <UnitPicker<string>
                  allowClear
                  aria-label={t('dissemination.detail.unitFilter')}
                  placeholder={t('dissemination.detail.unitFilter')}
                  value={unitId}
                  onChange={setUnitId}
                  className="unit-filter"
                />
                <ExportButton path={`/campaigns/${c.id}/coverage/units`} query={{ unitId }} label={t('dissemination.export.coverageButton')} />
                <ExportButton path={`/campaigns/${c.id}/laggards`} query={{ unitId }} label={t('dissemination.export.laggardsButton')} />
              </Flex>
            }
          >
            {coverage.isError && <QueryErrorAlert error={coverage.error} onRetry={() => void coverage.refetch()} />}
            {coverage.data && <CoverageView coverage={coverage.data} onOpenUnit={setUnitId} />}
          </Card>
        )}
        {hasCoverage && <LaggardList campaignId={id} unitId={unitId} />}
      </Flex>
    </>
  );
}

function audienceText(c: Campaign, t: TFunction) {
  const parts = [c.audience.wholeAgency ? t('dissemination.create.wholeAgency') : c.audience.units.map((u) => u.name).join(', ')];
  if (c.audience.categories.length > 0) parts.push(c.audience.categories.map((k) => t(`dissemination.category.${k}`)).join(', '));
  if (c.audience.partyMembersOnly) parts.push(t('dissemination.create.partyMembersOnly'));
  if (c.audience.people.length > 0) parts.push(c.audience.people.map((p) => p.fullName).join(', '));
  return parts.filter(Boolean).join(' · ');
}

type CoverageNode = TreeNode<Coverage['units'][number]>;

/** Overall figures, a chart of the units below the root, and the unit tree (a few levels; deeper on demand). */
function CoverageView({ coverage, onOpenUnit }: { coverage: Coverage; onOpenUnit(unitId: string): void }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CoverageNode> = [
    {
      title: t('dissemination.detail.unit'),
      key: 'unit',
      render: (_, row) => (
        <>
          {row.unit.name}
          {row.hasChildren && !row.children && (
            <Button type="link" size="small" onClick={() => onOpenUnit(row.unit.id)}>
              {t('dissemination.detail.openSubunits')}
            </Button>
          )}
        </>
      ),
    },
    ...COUNT_KEYS.map((key) => ({ title: t(`dissemination.counts.${key}`), dataIndex: key, key, align: 'right' as const })),
  ];
  const expanded = rootRowKeys(coverage.units, (row) => row.unit.id);
  return (
    <Flex vertical gap={16}>
      <Flex gap={32} wrap data-testid="coverage-overall">
        <Statistic
          title={t('dissemination.detail.coverage')}
          value={t('dissemination.detail.coverageOf', { done: coverage.overall.acknowledged, assigned: coverage.overall.assigned })}
        />
        {COUNT_KEYS.map((key) => (
          <Statistic
            key={key}
            title={t(`dissemination.counts.${key}`)}
            value={coverage.overall[key]}
            styles={key === 'overdue' && coverage.overall.overdue > 0 ? { content: { color: '#c62828' } } : undefined}
          />
        ))}
      </Flex>
      {coverage.units.length > 0 && <CoverageChart units={topLevelUnits(coverage.units)} />}
      <Typography.Paragraph type="secondary">{t('dissemination.detail.rollupNote')}</Typography.Paragraph>
      <Table<CoverageNode>
        key={expanded.join()}
        rowKey={(row) => row.unit.id}
        size="small"
        columns={columns}
        dataSource={buildUnitTree(coverage.units)}
        pagination={false}
        expandable={{ defaultExpandedRowKeys: expanded }}
      />
    </Flex>
  );
}

function LaggardList({ campaignId, unitId }: { campaignId: string; unitId: string | undefined }) {
  const { t } = useTranslation();
  const pages = useCursorPages(`${campaignId}:${unitId ?? ''}`);
  const laggards = useLaggards(campaignId, unitId, pages.cursor, true);
  const columns = [
    { title: t('dissemination.detail.person'), key: 'person', render: (_: unknown, row: Laggard) => row.person.fullName },
    { title: t('dissemination.detail.unit'), key: 'unit', render: (_: unknown, row: Laggard) => row.unit.name },
    {
      title: t('dissemination.detail.stage'),
      key: 'stage',
      render: (_: unknown, row: Laggard) => (
        <Flex gap={4}>
          <Tag>{t(`dissemination.stage.${row.stage}`)}</Tag>
          {row.isOverdue && <Tag color="red">{t('dissemination.overdue')}</Tag>}
          {row.isOverdue && <RequestExplanationButton size="small" item={{ kind: 'acknowledgement', assignmentId: row.assignmentId }} />}
        </Flex>
      ),
    },
  ];
  return (
    <Card title={t('dissemination.detail.laggards')}>
      <Table
        rowKey="assignmentId"
        size="small"
        columns={columns}
        dataSource={laggards.data?.items ?? []}
        loading={laggards.isFetching}
        pagination={false}
        locale={{ emptyText: t('dissemination.detail.laggardsEmpty') }}
      />
      <CursorPager
        hasPrevious={pages.hasPrevious}
        nextCursor={laggards.data?.nextCursor}
        onPrevious={pages.previous}
        onNext={pages.next}
        isLoading={laggards.isFetching}
      />
    </Card>
  );
}

function useCommandRunner(id: string) {
  const { message } = App.useApp();
  const command = useCampaignCommand(id);
  const run = async (input: Parameters<typeof command.mutateAsync>[0], success: (result: unknown) => string) => {
    try {
      void message.success(success(await command.mutateAsync(input)));
    } catch (error) {
      void message.error(error instanceof ApiError ? localize(error.text) : String(error));
    }
  };
  return { run, isPending: command.isPending };
}

function CampaignCommands({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { run, isPending } = useCommandRunner(campaign.id);
  const [isEditing, setEditing] = useState(false);
  return (
    <>
      {campaign.abilities.includes('edit') && (
        <>
          <Button onClick={() => setEditing(true)}>{t('dissemination.detail.edit')}</Button>
          <CreateCampaignDrawer open={isEditing} onClose={() => setEditing(false)} draft={campaign} />
        </>
      )}
      {campaign.abilities.includes('launch') && (
        <Popconfirm title={t('dissemination.detail.launchConfirm')} onConfirm={() => void run({ command: 'launch' }, () => t('dissemination.detail.launched'))}>
          <Button type="primary" loading={isPending}>
            {t('dissemination.detail.launch')}
          </Button>
        </Popconfirm>
      )}
      {campaign.abilities.includes('remind') && (
        <Button
          loading={isPending}
          onClick={() => void run({ command: 'remind' }, (r) => t('dissemination.detail.reminded', { count: (r as { count: number }).count }))}
        >
          {t('dissemination.detail.remind')}
        </Button>
      )}
      {campaign.abilities.includes('close') && (
        <Popconfirm title={t('dissemination.detail.close')} onConfirm={() => void run({ command: 'close' }, () => t('common.saved'))}>
          <Button danger loading={isPending}>
            {t('dissemination.detail.close')}
          </Button>
        </Popconfirm>
      )}
    </>
  );
}

function NewVersionButtons({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { run, isPending } = useCommandRunner(campaign.id);
  return (
    <Flex gap={8} wrap>
      {campaign.documents
        .filter((document) => document.hasNewerVersion)
        .map((document) => (
          <Button
            key={document.documentId}
            loading={isPending}
            onClick={() =>
              void run({ command: 'newVersion', documentId: document.documentId }, (r) =>
                t('dissemination.detail.askedAgain', { count: (r as { count: number }).count }),
              )
            }
          >
            {t('dissemination.detail.adoptVersion')}: {document.number}
          </Button>
        ))}
    </Flex>
  );
}
