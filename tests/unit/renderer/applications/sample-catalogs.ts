import { HAINAN_CATALOG } from '../../../../shared/catalog/data/hainan.ts';
import { HANGZHOU_CATALOG } from '../../../../shared/catalog/data/hangzhou.ts';
import { parseCatalog } from '../../../../shared/catalog/parse.ts';
import type { ApplicationPrefill } from '../../../../shared/contract/applications.ts';
import type { Catalog } from '../../../../shared/contract/catalog-schema.ts';

function read(data: object, version: string): Catalog {
  const parsed = parseCatalog({ ...data, version });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.catalog;
}

/** The two catalogs the reference server ships, as main hands them to the page. */
export const HAINAN = read(HAINAN_CATALOG, 'hainan-0123456789abcdef');
export const HANGZHOU = read(HANGZHOU_CATALOG, 'hangzhou-0123456789abcdef');

/** What the central API shows for a person with a 居民身份证 (sex and birth date derived from it). */
export const RESIDENT_PREFILL: ApplicationPrefill = {
  account: { name: '王芳', idType: 'resident_id', idNumber: '4405**********0014', phone: '135****0001', creditCode: null, contactName: null },
  derived: { sex: 'male', birthDate: '1880-01-01' },
};

/** A person with a passport: nothing can be derived, sex and birth date are entered. */
export const PASSPORT_PREFILL: ApplicationPrefill = {
  account: { name: 'ANNA MÜLLER', idType: 'passport', idNumber: 'C0****789', phone: '135****0002', creditCode: null, contactName: null },
  derived: { sex: null, birthDate: null },
};
