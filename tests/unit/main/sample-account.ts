import type { Account } from '../../../shared/contract/accounts.ts';

/** An account as the central API hands it out (identifiers masked). */
export const SAMPLE_ACCOUNT: Account = {
  id: 'a1',
  userType: 'personal',
  name: '张三',
  idType: 'resident_id',
  idNumberMasked: '110***********002X',
  phoneMasked: '138****8000',
  creditCode: null,
  contactName: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};
