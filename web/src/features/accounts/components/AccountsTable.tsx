import { App, Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/format';
import { useAccountAction } from '../api';

interface AccountsTableProps {
  accounts: Account[];
  isLoading: boolean;
  onEditRoles: (account: Account) => void;
  onResetPassword: (account: Account) => void;
  onSso: (account: Account) => void;
  onInvite: (account: Account) => void;
}

function StateTags({ account }: { account: Account }) {
  const { t } = useTranslation();
  if (!account.isActive) return <Tag color="default">{t('accounts.states.deactivated')}</Tag>;
  return (
    <>
      {account.isLocked ? <Tag color="red">{t('accounts.states.locked')}</Tag> : <Tag color="green">{t('accounts.states.active')}</Tag>}
      {account.mustChangePassword && <Tag color="gold">{t('accounts.mustChange')}</Tag>}
      {account.oidcSubject && <Tag color="blue">{t('accountLinks.ssoTag')}</Tag>}
    </>
  );
}

/** The agency's accounts; each row offers only the actions its `abilities` allow. */
export function AccountsTable({ accounts, isLoading, onEditRoles, onResetPassword, onSso, onInvite }: AccountsTableProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const action = useAccountAction();
  const run = (account: Account, name: 'unlock' | 'deactivate' | 'reactivate', done: string) =>
    action.mutate({ id: account.id, action: name }, { onSuccess: () => void message.success(done), onError: (error) => void message.error(error.message) });

  const columns: ColumnsType<Account> = [
    {
      title: t('accounts.columns.name'),
      key: 'name',
      render: (_, account) => (
        <>
          <div>{account.displayName}</div>
          <Typography.Text type="secondary">{account.username}</Typography.Text>
        </>
      ),
    },
    { title: t('accounts.columns.unit'), dataIndex: 'unitName', render: (name: string | null) => name ?? '—' },
    {
      title: t('accounts.columns.roles'),
      key: 'roles',
      render: (_, account) => (
        <>
          {account.roles.map((role) => (
            <Tag key={role}>{t(`roles.${role}`)}</Tag>
          ))}
          {account.headOfUnits.length > 0 && (
            <Typography.Text type="secondary">{t('accounts.headOf', { units: account.headOfUnits.map((u) => u.name).join(', ') })}</Typography.Text>
          )}
        </>
      ),
    },
    { title: t('accounts.columns.lastLogin'), dataIndex: 'lastLoginAt', render: (at: string | null) => (at ? formatDateTime(at) : t('accounts.never')) },
    { title: t('accounts.columns.state'), key: 'state', render: (_, account) => <StateTags account={account} /> },
    {
      title: t('accounts.columns.actions'),
      key: 'actions',
      render: (_, account) => (
        <Flex gap={4} wrap>
          {account.abilities.canChangeRoles && (
            <Button size="small" onClick={() => onEditRoles(account)}>
              {t('accounts.editRoles')}
            </Button>
          )}
          {account.abilities.canResetPassword && (
            <Button size="small" onClick={() => onResetPassword(account)}>
              {t('accounts.resetPassword')}
            </Button>
          )}
          {account.isActive && (
            <Button size="small" onClick={() => onInvite(account)}>
              {t('accountLinks.invite')}
            </Button>
          )}
          <Button size="small" onClick={() => onSso(account)}>
            {t('accountLinks.sso')}
          </Button>
          {account.abilities.canUnlock && (
            <Button size="small" onClick={() => run(account, 'unlock', t('accounts.unlocked'))}>
              {t('accounts.unlock')}
            </Button>
          )}
          {account.abilities.canDeactivate && (
            <Popconfirm
              title={t('accounts.deactivateConfirm', { name: account.displayName })}
              onConfirm={() => run(account, 'deactivate', t('accounts.deactivated'))}
            >
              <Button size="small" danger>
                {t('accounts.deactivate')}
              </Button>
            </Popconfirm>
          )}
          {account.abilities.canReactivate && (
            <Button size="small" onClick={() => run(account, 'reactivate', t('accounts.reactivated'))}>
              {t('accounts.reactivate')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Table<Account>
      rowKey="id"
      columns={columns}
      dataSource={accounts}
      loading={isLoading}
      pagination={false}
      locale={{ emptyText: t('accounts.empty') }}
      scroll={{ x: true }}
    />
  );
}
