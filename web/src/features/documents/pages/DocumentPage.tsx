import '../documents.css';
import { ApartmentOutlined, ArrowLeftOutlined, EditOutlined, FileAddOutlined, FundOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { formatDate } from '../../../shared/format';
import { isAllowed } from '../../../shared/modules';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { useDocument } from '../api';
import { DocumentFormDrawer } from '../components/DocumentFormDrawer';
import { KindTag } from '../components/KindTag';
import { PlanFormDrawer } from '../components/PlanFormDrawer';
import { RelationsCard } from '../components/RelationsCard';
import { VersionsCard } from '../components/VersionsCard';
import { planPath, REGISTER_PATH, traceabilityPath } from '../paths';
import { PLAN_WRITER_ROLES } from '../roles';

/** One document: its particulars, versions with files, related documents; plans open their targets, others their traceability. */
export function DocumentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const { id = '' } = useParams();
  const document = useDocument(id);
  const [drawer, setDrawer] = useState<'edit' | 'plan' | null>(null);
  const back = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate(REGISTER_PATH)}>
      {t('documents.detail.back')}
    </Button>
  );
  if (document.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (document.isError) {
    if (document.error instanceof ApiError && (document.error.status === 404 || document.error.status === 400)) {
      return <Result status="404" title={t('documents.detail.notFound')} subTitle={t('documents.detail.notFoundText')} extra={back} />;
    }
    return <QueryErrorAlert error={document.error} onRetry={() => void document.refetch()} />;
  }
  const data = document.data;
  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span>{data.number}</span>
            <KindTag kind={data.kind} />
          </Flex>
        }
        description={data.title}
        extra={
          <>
            {back}
            {data.isPlan && (
              <Button type="primary" icon={<FundOutlined aria-hidden />} onClick={() => navigate(planPath(data.id))}>
                {t('documents.detail.openPlan')}
              </Button>
            )}
            {!data.isPlan && (
              <Button icon={<ApartmentOutlined aria-hidden />} onClick={() => navigate(traceabilityPath(data.id))}>
                {t('documents.detail.traceability')}
              </Button>
            )}
            {!data.isPlan && isAllowed(user.roles, { roles: PLAN_WRITER_ROLES }) && (
              <Button icon={<FileAddOutlined aria-hidden />} onClick={() => setDrawer('plan')}>
                {t('documents.register.addPlan')}
              </Button>
            )}
            {data.canWrite && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setDrawer('edit')}>
                {t('common.edit')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('documents.detail.info')}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('documents.field.number')}>{data.number}</Descriptions.Item>
              <Descriptions.Item label={t('documents.field.kind')}>{t(`documents.kind.${data.kind}`)}</Descriptions.Item>
              <Descriptions.Item label={t('documents.field.title')}>{data.title}</Descriptions.Item>
              <Descriptions.Item label={t('documents.field.issuingBody')}>{data.issuingBody}</Descriptions.Item>
              <Descriptions.Item label={t('documents.field.issueDate')}>{formatDate(data.issueDate)}</Descriptions.Item>
              <Descriptions.Item label={t('documents.field.signer')}>{data.signer || t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('documents.field.currentVersion')}>{data.currentVersion}</Descriptions.Item>
            </Descriptions>
            {data.summary && <Typography.Paragraph className="documents-summary">{data.summary}</Typography.Paragraph>}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <VersionsCard document={data} />
            <RelationsCard document={data} />
          </Flex>
        </Col>
      </Row>
      <DocumentFormDrawer open={drawer === 'edit'} onClose={() => setDrawer(null)} document={data} />
      <PlanFormDrawer open={drawer === 'plan'} onClose={() => setDrawer(null)} implementsDocumentId={data.id} />
    </>
  );
}
