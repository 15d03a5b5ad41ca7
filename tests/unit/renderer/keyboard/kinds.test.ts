import { describe, expect, it } from 'vitest';
import { KEYBOARD_KINDS, buttonsOf, kindSpec, switchedLayout } from '../../../../renderer/keyboard/kinds.ts';
import type { LayoutName } from '../../../../renderer/keyboard/kinds.ts';

/** Every button of every layout of a kind. */
function allButtons(kind: Parameters<typeof kindSpec>[0], allowLatin = false): string[] {
  return Object.values(kindSpec(kind, allowLatin).layouts).flatMap((rows) => buttonsOf(rows ?? []));
}

const typed = (buttons: string[]) => buttons.filter((button) => !/^\{.+\}$/.test(button));

describe('keyboard kinds', () => {
  it.each(KEYBOARD_KINDS.flatMap((kind) => [[kind, false] as const, [kind, true] as const]))(
    '%s (allowLatin %s): every layout has backspace, clear and done',
    (kind, allowLatin) => {
      const spec = kindSpec(kind, allowLatin);
      expect(spec.layouts[spec.initial]).toBeDefined();
      for (const rows of Object.values(spec.layouts)) {
        const buttons = buttonsOf(rows ?? []);
        expect(buttons).toEqual(expect.arrayContaining(['{bksp}', '{clear}', '{done}']));
        expect(new Set(buttons).size, 'no key twice').toBe(buttons.length);
      }
    },
  );

  it("'id' is a numeric pad with X and no other letter", () => {
    const keys = typed(allButtons('id'));
    expect(keys.sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it("'digits' types digits only", () => {
    expect(typed(allButtons('digits')).sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it("'alnum' types upper-case letters and digits only", () => {
    const keys = typed(allButtons('alnum'));
    expect(keys.every((key) => /^[A-Z0-9]$/.test(key))).toBe(true);
    expect(keys).toHaveLength(36);
  });

  it("'landline' is a numeric pad with - for the area code (0898-66668888)", () => {
    expect(typed(allButtons('landline')).sort()).toEqual(['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it("'email' types lower-case letters, digits and @ . _ -", () => {
    const keys = typed(allButtons('email'));
    expect(keys.every((key) => /^[a-z0-9@._-]$/.test(key))).toBe(true);
    expect(keys).toHaveLength(40);
  });

  it("'vin' types the characters of a VIN only: digits and capitals without I, O, Q", () => {
    const keys = typed(allButtons('vin'));
    expect(keys.sort().join('')).toBe('0123456789ABCDEFGHJKLMNPRSTUVWXYZ');
  });

  it("'plate' types a plate's serial: digits and capitals without I and O", () => {
    const keys = typed(allButtons('plate'));
    expect(keys).toHaveLength(34);
    expect(keys).toContain('Q');
    expect(keys).not.toEqual(expect.arrayContaining(['I']));
    expect(keys).not.toEqual(expect.arrayContaining(['O']));
  });

  it("'login' types both cases, digits and _, starting on upper case", () => {
    const spec = kindSpec('login');
    expect(spec.initial).toBe('latinShift');
    const keys = typed(allButtons('login'));
    expect(keys.every((key) => /^[A-Za-z0-9_]$/.test(key))).toBe(true);
    expect(keys).toEqual(expect.arrayContaining(['a', 'A', 'z', 'Z', '0', '9', '_']));
    expect(switchedLayout('latinShift', '{shift}', spec)).toBe('latin');
  });

  it("'name' spells pinyin and has the separator dot and the rare-character key, but no Latin mode unless allowed", () => {
    const spec = kindSpec('name');
    expect(Object.keys(spec.layouts)).toEqual(['pinyin']);
    expect(spec.initial).toBe('pinyin');
    const keys = buttonsOf(spec.layouts.pinyin ?? []);
    expect(keys).toEqual(expect.arrayContaining(['·', '{rare}', 'a', 'z']));
    expect(keys).not.toContain('{lang}');
    expect(keys.some((key) => /^[A-Z0-9]$/.test(key))).toBe(false);
  });

  it("'name' with allowLatin switches 中/英 to letters with space . ' -", () => {
    const spec = kindSpec('name', true);
    expect(buttonsOf(spec.layouts.pinyin ?? [])).toContain('{lang}');
    const latin = buttonsOf(spec.layouts.latin ?? []);
    expect(latin).toEqual(expect.arrayContaining(['{lang}', '{space}', '.', "'", '-', '{shift}', 'q']));
    expect(buttonsOf(spec.layouts.latinShift ?? [])).toContain('Q');
  });

  it("'name' with latinFirst opens on Latin letters; without allowLatin it has none to open on", () => {
    expect(kindSpec('name', true, true).initial).toBe('latin');
    expect(kindSpec('name', true).initial).toBe('pinyin');
    expect(kindSpec('name', false, true).initial).toBe('pinyin');
  });

  it("'text' has pinyin, Latin, digits and the company-name punctuation", () => {
    const spec = kindSpec('text');
    expect(spec.initial).toBe('pinyin');
    for (const layout of ['pinyin', 'latin', 'latinShift'] as const) {
      expect(buttonsOf(spec.layouts[layout] ?? [])).toEqual(
        expect.arrayContaining(['0', '9', '（', '）', '(', ')', '·', '&', '-', '{space}', '{lang}']),
      );
    }
  });

  it("'password' has both cases, digits and ASCII symbols", () => {
    const keys = typed(allButtons('password'));
    expect(keys).toEqual(expect.arrayContaining(['a', 'A', 'z', 'Z', '0', '!', '@', '#', '_', '.', '?']));
    expect(keys.every((key) => /^[\x21-\x7e]$/.test(key)), 'printable ASCII only').toBe(true);
  });

  it('switching keys lead to the layouts the kind has', () => {
    const name = kindSpec('name', true);
    expect(switchedLayout('pinyin', '{lang}', name)).toBe('latin');
    expect(switchedLayout('latin', '{shift}', name)).toBe('latinShift');
    expect(switchedLayout('latinShift', '{shift}', name)).toBe('latin');
    expect(switchedLayout('latinShift', '{lang}', name)).toBe('pinyin');
    expect(switchedLayout('latin', '{symbols}', name)).toBeNull();
    const password = kindSpec('password');
    expect(switchedLayout('latin', '{symbols}', password)).toBe('symbols');
    expect(switchedLayout('symbols', '{abc}', password)).toBe('latin');
    expect(switchedLayout('latin', '{lang}', password)).toBeNull();
    expect(switchedLayout('pinyin', '{lang}', kindSpec('name'))).toBeNull();
    expect(switchedLayout('pad' as LayoutName, 'a', kindSpec('id'))).toBeNull();
  });
});
