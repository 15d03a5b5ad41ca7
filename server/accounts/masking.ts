/**
 * Masks for identifiers shown on screen: enough to recognise one's own, not
 * enough to read someone else's.
 */

/** An ID number with its middle starred: 18 characters keep the first 3 and last 4 (110***********002X), shorter ones a quarter at each end. */
export function maskIdNumber(value: string): string {
  const keepStart = Math.min(3, Math.floor(value.length / 4));
  const keepEnd = Math.min(4, Math.floor(value.length / 4));
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(value.length - keepEnd);
}

/** A mobile number keeping the first 3 and last 4 digits: 138****0000. */
export function maskPhone(value: string): string {
  if (value.length < 8) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}
