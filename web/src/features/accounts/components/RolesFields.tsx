import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { grantableRoles, type Role, type RoleGrant } from '../../../shared/contracts';
import { UnitPicker } from '../../org';

/** The roles part of a form: `roles` (several) and, with unit head, `headOfUnitId`. */
export interface RolesValues {
  roles: Role[];
  headOfUnitId?: string;
}

/** The grants the server takes: the unit head role carries the unit it leads, when one is chosen. */
export function grantsOf({ roles, headOfUnitId }: RolesValues): RoleGrant[] {
  return roles.map((role) => ({ role: role as RoleGrant['role'], unitId: role === 'unit_head' && headOfUnitId ? headOfUnitId : null }));
}

export function RolesFields() {
  const { t } = useTranslation();
  const roles = Form.useWatch<Role[] | undefined>('roles');
  return (
    <>
      <Form.Item label={t('accounts.roles')} name="roles" rules={[{ required: true, type: 'array', min: 1, message: t('accounts.rolesRequired') }]}>
        <Select<Role[]> mode="multiple" aria-label={t('accounts.roles')} options={grantableRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
      </Form.Item>
      {roles?.includes('unit_head') && (
        <Form.Item label={t('accounts.headOfUnit')} name="headOfUnitId" extra={t('accounts.headOfUnitHint')}>
          <UnitPicker<string> allowClear aria-label={t('accounts.headOfUnit')} />
        </Form.Item>
      )}
    </>
  );
}
