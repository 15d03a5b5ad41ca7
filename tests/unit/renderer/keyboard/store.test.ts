import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPinyin } from '../../../../renderer/keyboard/pinyin.ts';
import type { Mock } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { reactive } from 'vue';
import { useKeyboardStore } from '../../../../renderer/keyboard/store.ts';
import type { KeyboardField } from '../../../../renderer/keyboard/store.ts';
import type { KeyboardKind } from '../../../../renderer/keyboard/kinds.ts';

interface FakeField extends KeyboardField {
  value: string;
  leave: Mock<() => void>;
}

function fakeField(id: string, kind: KeyboardKind, options: { maxLength?: number; allowLatin?: boolean; value?: string } = {}): FakeField {
  const field: FakeField = {
    id,
    kind,
    maxLength: options.maxLength ?? null,
    allowLatin: options.allowLatin ?? false,
    latinFirst: false,
    value: options.value ?? '',
    getValue: () => field.value,
    setValue: (value: string) => {
      field.value = value;
    },
    leave: vi.fn<() => void>(),
    element: () => null,
  };
  return field;
}

function pressAll(store: ReturnType<typeof useKeyboardStore>, buttons: string): void {
  for (const button of buttons.split(' ')) store.press(button);
}

describe('keyboard store', () => {
  // The pinyin table loads when a keyboard first opens; these tests spell at once.
  beforeAll(() => loadPinyin());
  beforeEach(() => setActivePinia(createPinia()));

  it('opens for a field in its first layout and closes', () => {
    const store = useKeyboardStore();
    expect(store.isOpen).toBe(false);
    const name = fakeField('name', 'name');
    store.open(name);
    expect(store.isOpen).toBe(true);
    expect(store.kind).toBe('name');
    expect(store.layout).toBe('pinyin');
    store.open(fakeField('pw', 'password'));
    expect(store.layout).toBe('latin');
    store.close();
    expect(store.isOpen).toBe(false);
    expect(store.kind).toBeNull();
  });

  it('tells the field it leaves, once, on switching and on closing', () => {
    const store = useKeyboardStore();
    const first = fakeField('a', 'digits');
    const second = fakeField('b', 'digits');
    store.open(first);
    store.open(first);
    expect(first.leave).not.toHaveBeenCalled();
    store.open(second);
    expect(first.leave).toHaveBeenCalledTimes(1);
    expect(second.leave).not.toHaveBeenCalled();
    store.press('{done}');
    expect(second.leave).toHaveBeenCalledTimes(1);
    expect(first.leave).toHaveBeenCalledTimes(1);
    expect(store.isOpen).toBe(false);
  });

  it('the field that lost the keyboard sees the new one already active', () => {
    const store = useKeyboardStore();
    const first = fakeField('a', 'digits');
    const second = fakeField('b', 'digits');
    let activeDuringLeave: string | undefined;
    first.leave.mockImplementation(() => {
      activeDuringLeave = store.field?.id;
    });
    store.open(first);
    store.open(second);
    expect(activeDuringLeave).toBe('b');
  });

  it('forgets a field leaving the screen without telling it', () => {
    const store = useKeyboardStore();
    const gone = fakeField('a', 'digits');
    store.open(gone);
    store.detach(fakeField('other', 'digits'));
    expect(store.isOpen).toBe(true);
    store.detach(gone);
    expect(store.isOpen).toBe(false);
    expect(gone.leave).not.toHaveBeenCalled();
  });

  it('types keys into the field and stops at maxLength', () => {
    const store = useKeyboardStore();
    const phone = fakeField('phone', 'digits', { maxLength: 3 });
    store.open(phone);
    pressAll(store, '1 3 8 8');
    expect(phone.value).toBe('138');
    expect(store.full).toBe(true);
    expect(store.insert('9')).toBe(false);
    expect(phone.value).toBe('138');
  });

  it('backspace removes the last character and clear empties the field', () => {
    const store = useKeyboardStore();
    const id = fakeField('id', 'id', { value: '11010519491231002' });
    store.open(id);
    store.press('X');
    expect(id.value).toBe('11010519491231002X');
    store.press('{bksp}');
    expect(id.value).toBe('11010519491231002');
    store.press('{clear}');
    expect(id.value).toBe('');
    store.press('{bksp}');
    expect(id.value).toBe('');
  });

  it('backspace removes a whole character outside the basic plane', () => {
    const store = useKeyboardStore();
    const name = fakeField('name', 'name', { value: '张𠀀' });
    store.open(name);
    store.press('{bksp}');
    expect(name.value).toBe('张');
  });

  it('spells pinyin apart from the field; a candidate types the character', () => {
    const store = useKeyboardStore();
    const name = fakeField('name', 'name');
    store.open(name);
    pressAll(store, 'z h a n g');
    expect(name.value).toBe('');
    expect(store.composition).toBe('zhang');
    expect(store.candidates).toContain('张');
    expect(store.choose('张')).toBe(true);
    expect(name.value).toBe('张');
    expect(store.composition).toBe('');
    expect(store.candidates).toEqual([]);
  });

  it('backspace takes pinyin letters first, then the field', () => {
    const store = useKeyboardStore();
    const name = fakeField('name', 'name', { value: '王' });
    store.open(name);
    pressAll(store, 'l i');
    store.press('{bksp}');
    expect(store.composition).toBe('l');
    expect(name.value).toBe('王');
    pressAll(store, '{bksp} {bksp}');
    expect(store.composition).toBe('');
    expect(name.value).toBe('');
  });

  it('the rare-character key types * and the dot types itself', () => {
    const store = useKeyboardStore();
    const name = fakeField('name', 'name', { value: '买买提' });
    store.open(name);
    pressAll(store, '· {rare}');
    expect(name.value).toBe('买买提·*');
  });

  it('refuses pinyin when the field is full', () => {
    const store = useKeyboardStore();
    const name = fakeField('name', 'name', { maxLength: 2, value: '欧阳' });
    store.open(name);
    store.press('a');
    expect(store.composition).toBe('');
    store.press('{bksp}');
    pressAll(store, 'f e n g');
    expect(store.choose('锋')).toBe(true);
    expect(name.value).toBe('欧锋');
  });

  it('keeps the pinyin when its character would pass maxLength', () => {
    const store = useKeyboardStore();
    const name = fakeField('name', 'name', { maxLength: 2 });
    store.open(name);
    pressAll(store, 'f e n g');
    name.value = '欧阳';
    expect(store.choose('锋')).toBe(false);
    expect(name.value).toBe('欧阳');
    expect(store.composition).toBe('feng');
  });

  it('stops spelling past the longest syllable', () => {
    const store = useKeyboardStore();
    store.open(fakeField('name', 'name'));
    pressAll(store, 'z h u a n g g');
    expect(store.composition).toBe('zhuang');
  });

  it('中/英 switches a Latin-capable name to letters typed directly, and shift to capitals', () => {
    const store = useKeyboardStore();
    const name = fakeField('name', 'name', { allowLatin: true });
    store.open(name);
    pressAll(store, 'j o');
    store.press('{lang}');
    expect(store.layout).toBe('latin');
    expect(store.composition).toBe('');
    pressAll(store, '{shift} J {shift} o h n {space} O');
    store.press("'");
    expect(name.value).toBe("John O'");
    store.press('{lang}');
    expect(store.layout).toBe('pinyin');
  });

  it('falls back to the first layout when the field no longer has the one shown', () => {
    const store = useKeyboardStore();
    const name = reactive(fakeField('name', 'name', { allowLatin: true }));
    store.open(name);
    store.press('{lang}');
    expect(store.layout).toBe('latin');
    (name as { allowLatin: boolean }).allowLatin = false;
    expect(store.layout).toBe('pinyin');
    (name as { kind: KeyboardKind }).kind = 'id';
    expect(store.layout).toBe('pad');
  });

  it('a name without allowLatin ignores the 中/英 key', () => {
    const store = useKeyboardStore();
    store.open(fakeField('name', 'name'));
    store.press('{lang}');
    expect(store.layout).toBe('pinyin');
  });

  it('password switches between letters and symbols', () => {
    const store = useKeyboardStore();
    const password = fakeField('pw', 'password');
    store.open(password);
    pressAll(store, 'a {shift} B {symbols} ! {abc} 1');
    expect(password.value).toBe('aB!1');
    expect(store.layout).toBe('latin');
  });

  it('ignores keys while closed', () => {
    const store = useKeyboardStore();
    store.press('1');
    store.press('{bksp}');
    expect(store.isOpen).toBe(false);
  });

  it('reset() closes without telling the field', () => {
    const store = useKeyboardStore();
    const field = fakeField('a', 'name');
    store.open(field);
    store.press('a');
    store.reset();
    expect(store.isOpen).toBe(false);
    expect(store.composition).toBe('');
    expect(field.leave).not.toHaveBeenCalled();
  });
});
