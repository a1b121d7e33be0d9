import { SolutionOutlined } from '@ant-design/icons';
import { Alert, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format';
import { useCasePage } from '../api';
import { casePath } from '../paths';

/** On the home page, only when the viewer is asked to explain: the case and its deadline. */
export function AwaitingExplanationWidget() {
  const { t } = useTranslation();
  const page = useCasePage({ mine: 'subject', status: 'awaiting_explanation' }, undefined);
  const items = page.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      icon={<SolutionOutlined aria-hidden />}
      title={t('conduct.widget.title')}
      description={
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item key={item.id}>
              <Link to={casePath(item.id)}>{item.title}</Link>
              {item.explanationDueOn && <span>{t('conduct.widget.due', { date: formatDate(item.explanationDueOn) })}</span>}
            </List.Item>
          )}
        />
      }
    />
  );
}
