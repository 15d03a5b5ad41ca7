/**
 * 机动车驾驶证: its number is the number of the identity document it was
 * issued on (a citizen's 居民身份证 number), its 档案编号 (file number) 12
 * digits.
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';
import { checkIdNumber, type IdType } from './id-number.ts';

/** Checks a licence file number: `required`, `invalid_characters` (not digits), then `invalid_format` unless 12 digits. */
export function checkLicenceFileNumber(value: string): FieldCheck {
  if (value === '') return fail('required');
  if (!/^\d+$/.test(value)) return fail('invalid_characters');
  return value.length === 12 ? pass() : fail('invalid_format');
}

/** The applicant's own document, which a licence issued on the same document type must repeat; the number is null where it is not known (the kiosk sees it masked). */
export interface LicenceHolder {
  idType: IdType;
  idNumber: string | null;
}

/**
 * Checks a normalised licence number issued on a document of `licenceIdType`:
 * the rules of that document's number (checkIdNumber), then, when the
 * licence was issued on the holder's own document type,
 * `disagrees_with_id_number` unless it is the holder's number (when known).
 */
export function checkLicenceNumber(value: string, licenceIdType: IdType, holder: LicenceHolder): FieldCheck {
  const shape = checkIdNumber(licenceIdType, value);
  if (!shape.ok) return shape;
  if (licenceIdType === holder.idType && holder.idNumber !== null && value !== holder.idNumber) return fail('disagrees_with_id_number');
  return pass();
}
