import type { z } from 'zod';
import type { account, accountPage, AccountListQuery, RoleGrant } from '../../../../contracts/accounts';
import type { setupResult, NewAgencyBody } from '../../../../contracts/setup';

export type Account = z.infer<typeof account>;
export type AccountPage = z.infer<typeof accountPage>;
export type SetupResult = z.infer<typeof setupResult>;
export type { AccountListQuery, NewAgencyBody, RoleGrant };
export { accountStates, grantableRoles } from '../../../../contracts/account-vocabulary';
export type { Invitation } from '../../../../contracts/accounts';
export type { PlatformAgency, PlatformAgencyList } from '../../../../contracts/setup';
export { INVITATION_PATH } from '../../../../contracts/account-vocabulary';
