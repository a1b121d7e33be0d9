import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/contracts';
import { formatDate } from '../../../shared/format';
import { KeyboardScrollable } from '../../../shared/ui/KeyboardScrollable';
import { type PersonAction, PersonActions } from './PersonActions';

interface PeopleTableProps {
  people: Person[];
  isLoading: boolean;
  onAction: (action: PersonAction, person: Person) => void;
}

function partyMemberText(t: TFunction, value: boolean | null): string {
  if (value === null) return t('common.none');
  return value ? t('common.yes') : t('common.no');
}

function NameCell({ person }: { person: Person }) {
  const { t } = useTranslation();
  return (
    <span>
      <Typography.Text strong={person.status === 'active'} delete={person.status === 'left'}>
        {person.fullName}
      </Typography.Text>
      {person.managerRole && (
        <Tag color={person.managerRole === 'head' ? 'red' : 'orange'} className="manager-tag">
          {t(`org.managerRole.${person.managerRole}`)}
        </Tag>
      )}
      {person.status === 'left' && <div className="muted">{t('org.leave.leftOnDate', { date: formatDate(person.leftOn) })}</div>}
    </span>
  );
}

/** One page of people; the actions column appears only when some row allows an action. */
export function PeopleTable({ people, isLoading, onAction }: PeopleTableProps) {
  const { t } = useTranslation();
  const orDash = (value: string | null) => value || t('common.none');
  const columns: TableColumnsType<Person> = [
    { key: 'fullName', title: t('org.field.fullName'), render: (_, person) => <NameCell person={person} />, width: 220, fixed: 'left' },
    { key: 'position', title: t('org.field.position'), dataIndex: 'position', render: orDash, width: 170, ellipsis: true },
    { key: 'category', title: t('org.field.category'), render: (_, person) => t(`org.category.${person.category}`), width: 130 },
    { key: 'unit', title: t('org.field.unit'), render: (_, person) => person.unit.name, width: 170, ellipsis: true },
    { key: 'email', title: t('org.field.email'), dataIndex: 'email', render: orDash, width: 210, ellipsis: true },
    { key: 'phone', title: t('org.field.phone'), dataIndex: 'phone', render: orDash, width: 130 },
    { key: 'partyMember', title: t('org.field.partyMember'), render: (_, person) => partyMemberText(t, person.isPartyMember), width: 100, align: 'center' },
  ];
  if (people.some((person) => Object.values(person.abilities).some(Boolean))) {
    columns.push({
      key: 'actions',
      title: t('org.field.actions'),
      render: (_, person) => <PersonActions person={person} onAction={onAction} />,
      width: 230,
      fixed: 'right',
    });
  }
  const width = columns.reduce((total, column) => total + Number(column.width ?? 0), 0);
  return (
    <KeyboardScrollable label={t('org.people')}>
      <Table<Person> rowKey="id" size="small" columns={columns} dataSource={people} loading={isLoading} pagination={false} scroll={{ x: width }} />
    </KeyboardScrollable>
  );
}
