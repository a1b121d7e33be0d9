import { Col, Row } from 'antd';
import { useCurrentUser } from '../../auth';
import { homeWidgetsFor, useModules } from '../../../shared/modules';
import { LazyWidget } from './LazyWidget';

/** The widgets modules have registered for the home page, filtered by the user's roles. */
export function HomeWidgets() {
  const user = useCurrentUser();
  const widgets = homeWidgetsFor(useModules(), user.roles);
  if (widgets.length === 0) return null;
  return (
    <Row gutter={[16, 16]} className="home-widgets">
      {widgets.map((widget) => (
        <Col key={widget.key} xs={24} xl={widget.width === 'full' ? 24 : 12}>
          <LazyWidget component={widget.component} />
        </Col>
      ))}
    </Row>
  );
}
