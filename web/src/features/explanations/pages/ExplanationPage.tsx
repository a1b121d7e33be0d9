import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useExplanation } from '../api';
import { ExplanationCard } from '../components/ExplanationCard';
import { EXPLANATIONS_PATH } from '../paths';

/** One request, as a notification opens it. */
export function ExplanationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const explanation = useExplanation(id);
  const back = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate(EXPLANATIONS_PATH)}>
      {t('explanations.back')}
    </Button>
  );
  if (explanation.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (explanation.isError) {
    if (explanation.error instanceof ApiError && (explanation.error.status === 404 || explanation.error.status === 400))
      return <Result status="404" title={t('explanations.notFound')} extra={back} />;
    return <QueryErrorAlert error={explanation.error} onRetry={() => void explanation.refetch()} />;
  }
  return (
    <>
      <PageHeader title={t('explanations.itemTitle')} extra={back} />
      <ExplanationCard explanation={explanation.data} isLinked={false} />
    </>
  );
}
