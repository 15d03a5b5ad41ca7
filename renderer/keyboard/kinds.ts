/**
 * What each kind of field lets the citizen type, as simple-keyboard layouts.
 * A layout is a list of rows; a row is its buttons separated by spaces.
 * Buttons in braces are function keys (handled by the keyboard store);
 * every other button types its own text.
 */

/** The kinds of text field the touch keyboard serves. */
export type KeyboardKind = 'name' | 'text' | 'password' | 'alnum' | 'login' | 'id' | 'digits' | 'landline' | 'email' | 'vin' | 'plate';

export const KEYBOARD_KINDS: readonly KeyboardKind[] = ['name', 'text', 'password', 'alnum', 'login', 'id', 'digits', 'landline', 'email', 'vin', 'plate'];

/**
 * The layouts one keyboard can show. 'pinyin' types into the pinyin line
 * (a candidate tap types the character); 'latin'/'latinShift' are lower and
 * upper case letters; 'symbols' is the password punctuation; 'pad' is the
 * one layout of the kinds that have only one.
 */
export type LayoutName = 'pinyin' | 'latin' | 'latinShift' | 'symbols' | 'pad';

/** A simple-keyboard `layout` option: rows per layout name. */
export type KeyboardLayouts = Partial<Record<LayoutName, string[]>>;

/** The keys a kind's keyboard shows and the layout it opens on. */
export interface KindSpec {
  layouts: KeyboardLayouts;
  initial: LayoutName;
}

/** The function keys (layout names in braces). '{rare}' types '*', the stand-in for a character that cannot be typed. */
export const FUNCTION_KEYS = [
  '{bksp}',
  '{clear}',
  '{done}',
  '{space}',
  '{shift}',
  '{lang}',
  '{symbols}',
  '{abc}',
  '{rare}',
] as const;

export type FunctionKey = (typeof FUNCTION_KEYS)[number];

const LETTER_ROWS = ['q w e r t y u i o p', 'a s d f g h j k l', 'z x c v b n m'] as const;
const DIGIT_ROW = '1 2 3 4 5 6 7 8 9 0';

/** The three letter rows, each with `extra` buttons appended (by row), in the given case. */
function letterRows(upper: boolean, extra: readonly [string, string, string]): string[] {
  return LETTER_ROWS.map((row, index) => {
    const letters = upper ? row.toUpperCase() : row;
    return extra[index] ? `${letters} ${extra[index]}` : letters;
  });
}

/**
 * A Chinese name: pinyin with candidates, the separator dot and *; with
 * allowLatin a Latin mode too, which latinFirst opens on (a name written in
 * Latin letters, as on a passport).
 */
function nameSpec(allowLatin: boolean, latinFirst: boolean): KindSpec {
  const pinyin = [...letterRows(false, ['', '·', '{rare} {bksp}']), allowLatin ? '{lang} {clear} {done}' : '{clear} {done}'];
  if (!allowLatin) return { layouts: { pinyin }, initial: 'pinyin' };
  const latin = (upper: boolean) => [...letterRows(upper, ['', "'", '. - {bksp}']), "{shift} {lang} {space} {clear} {done}"];
  return { layouts: { pinyin, latin: latin(false), latinShift: latin(true) }, initial: latinFirst ? 'latin' : 'pinyin' };
}

/** A company name: pinyin with candidates, Latin letters, digits and the punctuation of company names. */
function textSpec(): KindSpec {
  const bottom = '{lang} （ ） ( ) {space} {clear} {done}';
  const pinyin = [DIGIT_ROW, ...letterRows(false, ['', '·', '& - {bksp}']), bottom];
  const latin = (upper: boolean) => [DIGIT_ROW, ...letterRows(upper, ['', '·', '& - {bksp}']), `{shift} ${bottom}`];
  return { layouts: { pinyin, latin: latin(false), latinShift: latin(true) }, initial: 'pinyin' };
}

/** A password: both cases, digits and the common ASCII punctuation (on its own layout). */
function passwordSpec(): KindSpec {
  const latin = (upper: boolean) => [DIGIT_ROW, ...letterRows(upper, ['', '', '{bksp}']), '{shift} {symbols} {clear} {done}'];
  const symbols = [DIGIT_ROW, '! @ # $ % ^ & * ( )', '- _ = + [ ] { } \\ |', '; : \' " , . / ? ~ {bksp}', '{abc} {clear} {done}'];
  return { layouts: { latin: latin(false), latinShift: latin(true), symbols }, initial: 'latin' };
}

/** Upper-case letters and digits: passport numbers, credit codes, picture codes. */
function alnumSpec(): KindSpec {
  return { layouts: { pad: [DIGIT_ROW, ...letterRows(true, ['', '', '{bksp}']), '{clear} {done}'] }, initial: 'pad' };
}

/** Upper-case letters without `skip` (a VIN never has I, O or Q; a plate never I or O) and digits. */
function upperSpec(skip: string): KindSpec {
  const rows = letterRows(true, ['', '', '{bksp}']).map((row) =>
    row
      .split(' ')
      .filter((key) => !skip.includes(key))
      .join(' '),
  );
  return { layouts: { pad: [DIGIT_ROW, ...rows, '{clear} {done}'] }, initial: 'pad' };
}

/** An e-mail address: lower-case letters, digits and @ . _ - (addresses are not case-sensitive). */
function emailSpec(): KindSpec {
  return { layouts: { pad: [DIGIT_ROW, ...letterRows(false, ['', '@', '. _ - {bksp}']), '{clear} {done}'] }, initial: 'pad' };
}

/** 用户名/证件号码: digits, both cases and `_`, opening on upper case (document numbers are). */
function loginSpec(): KindSpec {
  const latin = (upper: boolean) => [DIGIT_ROW, ...letterRows(upper, ['', '_', '{bksp}']), '{shift} {clear} {done}'];
  return { layouts: { latin: latin(false), latinShift: latin(true) }, initial: 'latinShift' };
}

/** A numeric pad; the ID-number pad adds X (the check digit 10), the landline pad - (0898-66668888). */
function padSpec(extra: 'X' | '-' | null): KindSpec {
  const pad = ['1 2 3', '4 5 6', '7 8 9', extra ? `${extra} 0 {bksp}` : '{clear} 0 {bksp}', extra ? '{clear} {done}' : '{done}'];
  return { layouts: { pad }, initial: 'pad' };
}

/** The layouts of a kind of field; `allowLatin` adds the 中/英 switch to a name field, `latinFirst` opens it on Latin. */
export function kindSpec(kind: KeyboardKind, allowLatin = false, latinFirst = false): KindSpec {
  switch (kind) {
    case 'name':
      return nameSpec(allowLatin, latinFirst);
    case 'text':
      return textSpec();
    case 'password':
      return passwordSpec();
    case 'alnum':
      return alnumSpec();
    case 'login':
      return loginSpec();
    case 'id':
      return padSpec('X');
    case 'digits':
      return padSpec(null);
    case 'landline':
      return padSpec('-');
    case 'email':
      return emailSpec();
    case 'vin':
      return upperSpec('IOQ');
    case 'plate':
      return upperSpec('IO');
  }
}

/** Whether the kind's keyboard is a small numeric pad (shown narrower). */
export function isPadKind(kind: KeyboardKind): boolean {
  return kind === 'id' || kind === 'digits' || kind === 'landline';
}

/** Every button of a layout, in order. */
export function buttonsOf(rows: readonly string[]): string[] {
  return rows.flatMap((row) => row.split(' '));
}

/** The layout a switching key leads to from `current`, or null when the key is not a switch there. */
export function switchedLayout(current: LayoutName, button: string, spec: KindSpec): LayoutName | null {
  const switches: Partial<Record<string, Partial<Record<LayoutName, LayoutName>>>> = {
    '{lang}': { pinyin: 'latin', latin: 'pinyin', latinShift: 'pinyin' },
    '{shift}': { latin: 'latinShift', latinShift: 'latin' },
    '{symbols}': { latin: 'symbols', latinShift: 'symbols' },
    '{abc}': { symbols: 'latin' },
  };
  const next = switches[button]?.[current];
  return next && spec.layouts[next] ? next : null;
}
