import type { Account } from '../../shared/contract/accounts.ts';
import type { AccountRecord } from './account-store.ts';
import { maskIdNumber, maskPhone } from './masking.ts';

/** An account as the API answers it: ID number and phone masked, the unit's credit code in full. */
export function accountView(account: AccountRecord): Account {
  return {
    id: account.id,
    userType: account.userType,
    name: account.name,
    idType: account.idType,
    idNumberMasked: maskIdNumber(account.idNumber),
    phoneMasked: maskPhone(account.phone),
    creditCode: account.creditCode,
    contactName: account.contactName,
    createdAt: account.createdAt,
  };
}
