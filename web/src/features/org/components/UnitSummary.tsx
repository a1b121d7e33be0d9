import { EditOutlined, StopOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/contracts';
import { ApiError } from '../../../shared/api';
import { localize, useLanguage } from '../../../shared/i18n';
import { useDeactivateUnit } from '../api';
import { UnitTitle } from './UnitTitle';

interface UnitSummaryProps {
  unit: Unit;
  onEdit: (unit: Unit) => void;
  onManagers: (unit: Unit) => void;
}

/** The chosen unit: code, head and deputies, and what the user may do with it. */
export function UnitSummary({ unit, onEdit, onManagers }: UnitSummaryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const deactivate = useDeactivateUnit();
  const none = t('org.unitDetail.noManager');

  const confirmDeactivate = () =>
    deactivate.mutateAsync(unit.id).then(
      () => void message.success(t('common.saved')),
      (error: unknown) => void message.error(error instanceof ApiError ? localize(error.text, language) : t('errors.crashTitle')),
    );

  const actions = (
    <Flex gap={8} wrap>
      {unit.abilities.edit && (
        <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(unit)}>
          {t('common.edit')}
        </Button>
      )}
      {unit.abilities.edit && unit.isActive && (
        <Button size="small" icon={<UserSwitchOutlined />} onClick={() => onManagers(unit)}>
          {t('org.unitDetail.managers')}
        </Button>
      )}
      {unit.abilities.deactivate && (
        <Popconfirm
          title={t('org.unitDetail.deactivateConfirm', { name: unit.name })}
          description={t('org.unitDetail.deactivateHint')}
          onConfirm={confirmDeactivate}
        >
          <Button size="small" danger icon={<StopOutlined />} loading={deactivate.isPending}>
            {t('org.unitDetail.deactivate')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );

  return (
    <Card title={<UnitTitle unit={unit} />} extra={actions} size="small" className="unit-summary">
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('org.unitDetail.code')}>{unit.code}</Descriptions.Item>
        <Descriptions.Item label={t('org.unitDetail.head')}>{unit.head?.fullName ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('org.unitDetail.deputies')}>{unit.deputies.map((deputy) => deputy.fullName).join(', ') || none}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
