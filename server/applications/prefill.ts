import { derivedValue } from '../../shared/catalog/check-values.ts';
import type { ApplicationPrefill } from '../../shared/contract/applications.ts';
import type { AccountRecord } from '../accounts/account-store.ts';
import { catalogToday } from '../catalog/served-catalog.ts';
import type { ServerContext } from '../context.ts';
import { applicantOf } from './submission.ts';

/** What readonly and derived fields show for this account before it applies. */
export function applicationPrefill(context: ServerContext, account: AccountRecord): ApplicationPrefill {
  const applicant = applicantOf(account);
  const today = catalogToday(context.catalog, context.clock.now());
  const sex = derivedValue('sex_from_id_number', applicant, today);
  return {
    account: {
      name: account.name,
      idType: account.idType,
      idNumber: applicant.account.idNumber!,
      phone: applicant.account.phone!,
      creditCode: account.creditCode,
      contactName: account.contactName,
    },
    derived: { sex: sex === 'male' || sex === 'female' ? sex : null, birthDate: derivedValue('birth_date_from_id_number', applicant, today) },
  };
}
