import '../conduct.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Result, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { isAllowed } from '../../../shared/modules';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { useCase } from '../api';
import { CaseActions } from '../components/CaseActions';
import { CaseEvidence } from '../components/CaseEvidence';
import { CaseFacts } from '../components/CaseFacts';
import { CaseTimeline } from '../components/CaseTimeline';
import { CASES_PATH, MY_CASES_PATH } from '../paths';
import { CASE_LIST_ROLES } from '../roles';

/** One case: the facts the viewer may see, the due-process steps allowed now, evidence and history. */
export function CaseDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const { id = '' } = useParams();
  const item = useCase(id);
  const back = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate(isAllowed(user.roles, { roles: CASE_LIST_ROLES }) ? CASES_PATH : MY_CASES_PATH)}>
      {t('conduct.detail.back')}
    </Button>
  );
  if (item.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (item.isError) {
    if (item.error instanceof ApiError && (item.error.status === 404 || item.error.status === 400)) {
      return <Result status="404" title={t('conduct.detail.notFound')} subTitle={t('conduct.detail.notFoundText')} extra={back} />;
    }
    return <QueryErrorAlert error={item.error} onRetry={() => void item.refetch()} />;
  }
  const data = item.data;
  return (
    <>
      <PageHeader title={data.title} description={data.subject.name} extra={back} />
      <Flex vertical gap={16}>
        <CaseActions item={data} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <CaseFacts item={data} />
          </Col>
          <Col xs={24} xl={9}>
            <Flex vertical gap={16}>
              <CaseEvidence item={data} />
              <CaseTimeline caseId={data.id} />
            </Flex>
          </Col>
        </Row>
      </Flex>
    </>
  );
}
