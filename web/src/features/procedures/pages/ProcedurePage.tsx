import { App, Button, Card, Descriptions, Empty, Flex, List, Select, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { formatDate, formatDateTime } from '../../../shared/format';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useDecideVersion, useOpenDraft, useProcedure, useRadar, useVersion } from '../api';
import { RadarView } from '../components/RadarView';
import { RunsTable } from '../components/RunsTable';
import { StartRunDrawer } from '../components/StartRunDrawer';
import { StepsDiff } from '../components/StepsDiff';
import { StepsView } from '../components/StepsView';
import { refusalText } from '../errors';
import { fileUrl, versionEditPath } from '../paths';
import { statusColor } from './ProceduresPage';

/** One procedure: its revision log, the chosen edition's content and actions, runs, radar, and a diff of two editions. */
export function ProcedurePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const procedure = useProcedure(id);
  const [chosen, setChosen] = useState<string | undefined>();
  const [compareWith, setCompareWith] = useState<string | undefined>();
  const [isStarting, setStarting] = useState(false);
  const versionId = chosen ?? procedure.data?.publishedVersionId ?? procedure.data?.versions[0]?.id;
  const version = useVersion(versionId);
  const other = useVersion(compareWith);
  const radar = useRadar(version.data?.status === 'published' || version.data?.status === 'superseded' ? versionId : undefined);
  const decide = useDecideVersion();
  const openDraft = useOpenDraft();
  if (procedure.isLoading) return <Spin />;
  if (procedure.isError || !procedure.data) return <QueryErrorAlert error={procedure.error} onRetry={() => void procedure.refetch()} />;
  const p = procedure.data;
  const v = version.data;
  const act = async (action: 'submit' | 'approve' | 'return' | 'publish') => {
    try {
      await decide.mutateAsync({ id: versionId!, action });
      void message.success(
        t(`procedures.status.${action === 'submit' ? 'submitted' : action === 'approve' ? 'approved' : action === 'return' ? 'draft' : 'published'}`),
      );
    } catch (error) {
      void message.error(refusalText(error));
    }
  };
  const revise = async () => {
    try {
      const draft = await openDraft.mutateAsync(p.id);
      void navigate(versionEditPath(draft.id));
    } catch (error) {
      void message.error(refusalText(error));
    }
  };
  const actions = v && (
    <Flex gap={8} wrap>
      {v.abilities.canEdit && <Button onClick={() => void navigate(versionEditPath(v.id))}>{t('procedures.detail.edit')}</Button>}
      {v.abilities.canSubmit && (
        <Button type="primary" onClick={() => void act('submit')}>
          {t('procedures.detail.submit')}
        </Button>
      )}
      {v.abilities.canApprove && <Button onClick={() => void act('return')}>{t('procedures.detail.returnDraft')}</Button>}
      {v.abilities.canApprove && (
        <Button type="primary" onClick={() => void act('approve')}>
          {t('procedures.detail.approve')}
        </Button>
      )}
      {v.abilities.canPublish && (
        <Button type="primary" onClick={() => void act('publish')}>
          {t('procedures.detail.publish')}
        </Button>
      )}
      {v.abilities.canStartRun && (
        <Button type="primary" onClick={() => setStarting(true)}>
          {t('procedures.detail.startRun')}
        </Button>
      )}
      {p.canDraft && <Button onClick={() => void revise()}>{t('procedures.detail.openDraft')}</Button>}
      <Button href={fileUrl(`/procedure-versions/${v.id}/export.docx`)}>{t('procedures.detail.exportWord')}</Button>
      <Button href={fileUrl(`/procedure-versions/${v.id}/steps.xlsx`)}>{t('procedures.detail.exportSteps')}</Button>
    </Flex>
  );
  const others = p.versions.filter((x) => x.id !== versionId);
  return (
    <>
      <PageHeader title={`${p.code} — ${p.title}`} description={p.unit.name} />
      <Flex gap={16} align="flex-start" wrap>
        <Card title={t('procedures.detail.versions')} className="procedure-versions">
          <List
            dataSource={p.versions}
            renderItem={(item) => (
              <List.Item
                className={item.id === versionId ? 'procedure-version-chosen' : undefined}
                onClick={() => setChosen(item.id)}
                style={{ cursor: 'pointer' }}
              >
                <div>
                  <Typography.Text strong>
                    {t('procedures.detail.firstEdition')} {item.edition}
                  </Typography.Text>{' '}
                  <Tag color={statusColor[item.status]}>{t(`procedures.status.${item.status}`)}</Tag>
                  <div>
                    <Typography.Text type="secondary">{item.revisionNote || t('procedures.detail.noNote')}</Typography.Text>
                  </div>
                  <div>
                    <Typography.Text type="secondary">{item.publishedAt ? formatDateTime(item.publishedAt) : formatDateTime(item.updatedAt)}</Typography.Text>
                  </div>
                </div>
              </List.Item>
            )}
          />
        </Card>
        <Card
          className="procedure-main"
          title={v ? `${t('procedures.detail.current')}: ${t('procedures.detail.firstEdition')} ${v.edition} — ${t(`procedures.status.${v.status}`)}` : ''}
          extra={null}
        >
          {version.isError && <QueryErrorAlert error={version.error} />}
          {v && (
            <>
              {actions}
              <Descriptions column={1} size="small" className="procedure-sections">
                <Descriptions.Item label={t('procedures.field.purpose')}>{v.purpose}</Descriptions.Item>
                <Descriptions.Item label={t('procedures.field.scope')}>{v.scope}</Descriptions.Item>
                {v.issueDate && <Descriptions.Item label={t('procedures.field.edition')}>{`${v.edition} — ${formatDate(v.issueDate)}`}</Descriptions.Item>}
              </Descriptions>
              <Tabs
                items={[
                  { key: 'steps', label: t('procedures.editor.stepsTitle'), children: <StepsView steps={v.steps} /> },
                  { key: 'runs', label: t('procedures.detail.runs'), children: <RunsTable procedureId={p.id} /> },
                  {
                    key: 'radar',
                    label: t('procedures.detail.radar'),
                    children: radar.data ? <RadarView radar={radar.data} /> : <Empty description={t('procedures.radar.empty')} />,
                  },
                  {
                    key: 'diff',
                    label: t('procedures.detail.compare'),
                    children: (
                      <>
                        <Select
                          aria-label={t('procedures.detail.compareWith')}
                          placeholder={t('procedures.detail.compareWith')}
                          value={compareWith}
                          onChange={setCompareWith}
                          options={others.map((x) => ({ value: x.id, label: `${t('procedures.detail.firstEdition')} ${x.edition}` }))}
                          style={{ minWidth: 200 }}
                        />
                        {other.data && (
                          <StepsDiff
                            left={other.data.steps}
                            right={v.steps}
                            leftTitle={`${t('procedures.detail.firstEdition')} ${other.data.edition}`}
                            rightTitle={`${t('procedures.detail.firstEdition')} ${v.edition}`}
                          />
                        )}
                      </>
                    ),
                  },
                ]}
              />
              <StartRunDrawer version={v} open={isStarting} onClose={() => setStarting(false)} />
            </>
          )}
        </Card>
      </Flex>
    </>
  );
}
