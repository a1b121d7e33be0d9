import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth';
import { navItemsFor, useModules } from '../../../shared/modules';

/** One card per function the user may open, taken from the module registry. */
export function ModuleCards() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const items = navItemsFor(useModules(), user.roles).filter((item) => item.descriptionKey);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="home-modules">
      <Typography.Title level={4} id="home-modules" className="section-title">
        {t('home.modules')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {items.map((item) => (
          <Col key={item.path} xs={24} sm={12} xl={8}>
            <Link to={item.path} className="module-card-link">
              <Card hoverable className="module-card">
                <span className="module-card-icon" aria-hidden="true">
                  {item.icon}
                </span>
                <div className="module-card-text">
                  <Typography.Text strong className="module-card-title">
                    {t(item.labelKey)}
                  </Typography.Text>
                  {item.descriptionKey && <Typography.Text type="secondary">{t(item.descriptionKey)}</Typography.Text>}
                </div>
                <RightOutlined className="module-card-arrow" aria-hidden="true" />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </section>
  );
}
