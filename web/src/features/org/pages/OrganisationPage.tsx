import '../org.css';
import { ApartmentOutlined, UploadOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ADMIN_ROLES, isAllowed } from '../../../shared/modules';
import { PageHeader } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { useUnits } from '../api';
import { OrgDialogs } from '../components/OrgDialogs';
import { PeoplePanel } from '../components/PeoplePanel';
import { UnitSummary } from '../components/UnitSummary';
import { UnitTreePanel } from '../components/UnitTreePanel';
import { ORG_IMPORT_PATH } from '../paths';
import { useOrgDialogs } from '../use-org-dialogs';

/** Units on the left, the people of the chosen unit on the right. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const units = useUnits();
  const dialogs = useOrgDialogs();
  const [selectedUnitId, setSelectedUnitId] = useState<string>();
  const selectedUnit = units.data?.find((unit) => unit.id === selectedUnitId);
  const canManage = isAllowed(user.roles, { roles: ADMIN_ROLES });

  const adminButtons = canManage && (
    <>
      <Button type="primary" icon={<UserAddOutlined />} onClick={() => dialogs.open({ kind: 'createPerson' })}>
        {t('org.addPerson')}
      </Button>
      <Button icon={<ApartmentOutlined />} onClick={() => dialogs.open({ kind: 'createUnit' })}>
        {t('org.addUnit')}
      </Button>
      <Button icon={<UploadOutlined />} onClick={() => navigate(ORG_IMPORT_PATH)}>
        {t('org.importPeople')}
      </Button>
    </>
  );

  return (
    <>
      <PageHeader title={t('org.title')} description={user.agencyName} extra={adminButtons} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8} xl={7} xxl={6}>
          <UnitTreePanel selectedUnitId={selectedUnitId} onSelect={setSelectedUnitId} />
        </Col>
        <Col xs={24} lg={16} xl={17} xxl={18}>
          <Flex vertical gap={16}>
            {selectedUnit && (
              <UnitSummary
                unit={selectedUnit}
                onEdit={(unit) => dialogs.open({ kind: 'editUnit', unit })}
                onManagers={(unit) => dialogs.open({ kind: 'unitManagers', unit })}
              />
            )}
            <PeoplePanel unitId={selectedUnitId} onAction={(action, person) => dialogs.open({ kind: `${action}Person`, person })} />
          </Flex>
        </Col>
      </Row>
      <OrgDialogs dialogs={dialogs} selectedUnitId={selectedUnit?.isActive ? selectedUnit.id : undefined} />
    </>
  );
}
