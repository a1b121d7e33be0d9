import '../accounts.css';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contracts';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages } from '../../../shared/ui';
import { type AccountFilters as Filters, useAccountsPage } from '../api';
import { CreateAccountDrawer, ResetPasswordDrawer, RolesDrawer } from '../components/AccountDrawers';
import { AccountFilters } from '../components/AccountFilters';
import { InvitationModal, SsoDrawer } from '../components/AccountLinks';
import { AccountsTable } from '../components/AccountsTable';

/** "Tài khoản": who can sign in, with which roles, and the administrator's actions on them. */
export function AccountsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const pages = useCursorPages(JSON.stringify(filters));
  const accounts = useAccountsPage(filters, pages.cursor);
  const [isCreating, setCreating] = useState(false);
  const [editingRoles, setEditingRoles] = useState<Account | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const [linkingSso, setLinkingSso] = useState<Account | null>(null);
  const [inviting, setInviting] = useState<Account | null>(null);

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        description={t('accounts.navDescription')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('accounts.create')}
          </Button>
        }
      />
      <Card>
        <AccountFilters value={filters} onChange={setFilters} />
        {accounts.isError ? (
          <QueryErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
        ) : (
          <>
            <AccountsTable
              accounts={accounts.data?.items ?? []}
              isLoading={accounts.isFetching}
              onEditRoles={setEditingRoles}
              onResetPassword={setResetting}
              onSso={setLinkingSso}
              onInvite={setInviting}
            />
            <CursorPager
              hasPrevious={pages.hasPrevious}
              nextCursor={accounts.data?.nextCursor}
              onPrevious={pages.previous}
              onNext={pages.next}
              isLoading={accounts.isFetching}
            />
          </>
        )}
      </Card>
      <CreateAccountDrawer open={isCreating} onClose={() => setCreating(false)} onCreatedByInvitation={setInviting} />
      <RolesDrawer account={editingRoles} onClose={() => setEditingRoles(null)} />
      <ResetPasswordDrawer account={resetting} onClose={() => setResetting(null)} />
      <SsoDrawer account={linkingSso} onClose={() => setLinkingSso(null)} />
      <InvitationModal account={inviting} onClose={() => setInviting(null)} />
    </>
  );
}
