import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { FUNCTION_KEYS, kindSpec, switchedLayout } from './kinds.ts';
import type { FunctionKey, KeyboardKind, LayoutName } from './kinds.ts';
import { MAX_PINYIN_LENGTH, candidatesFor, loadPinyin } from './pinyin.ts';

/** A text field that can take the touch keyboard (KeyboardInput makes one of itself). */
export interface KeyboardField {
  /** The input element's id, unique on the screen. */
  readonly id: string;
  readonly kind: KeyboardKind;
  /** Most characters the value may hold (UTF-16 units, as the maxlength attribute counts); null for no limit. */
  readonly maxLength: number | null;
  /** A name field that also takes Latin letters (foreigners' names). */
  readonly allowLatin: boolean;
  /** Such a name field opens on Latin letters (a name as on a passport). */
  readonly latinFirst: boolean;
  getValue(): string;
  setValue(value: string): void;
  /** Told once each time the keyboard leaves this field (another field took it, or it closed). */
  leave(): void;
  /** The element to keep in view above the keyboard. */
  element(): HTMLElement | null;
}

const PINYIN_LETTER = /^[a-z]$/;

/**
 * The one touch keyboard: which field it types into, the layout it shows,
 * the pinyin being spelled, and its height (so the screen can make room).
 * Every key goes through press(); the field's value is only changed here.
 */
export const useKeyboardStore = defineStore('keyboard', () => {
  const field = shallowRef<KeyboardField | null>(null);
  /** The layout last switched to; `layout` falls back to the kind's first one if the field's kind no longer has it. */
  const chosenLayout = ref<LayoutName>('pad');
  /** Pinyin letters typed but not yet turned into a character. */
  const composition = ref('');
  /** The keyboard's height in CSS pixels while shown, else 0. */
  const height = ref(0);

  const isOpen = computed(() => field.value !== null);
  const kind = computed<KeyboardKind | null>(() => field.value?.kind ?? null);
  const spec = computed(() => (field.value ? kindSpec(field.value.kind, field.value.allowLatin, field.value.latinFirst) : null));
  /** The layout shown. */
  const layout = computed<LayoutName>(() => {
    const current = spec.value;
    if (!current) return chosenLayout.value;
    return current.layouts[chosenLayout.value] ? chosenLayout.value : current.initial;
  });
  const value = computed(() => field.value?.getValue() ?? '');
  /** The field holds as many characters as it may. */
  const full = computed(() => {
    const max = field.value?.maxLength ?? null;
    return max !== null && value.value.length >= max;
  });
  const candidates = computed(() => candidatesFor(composition.value));

  /** Gives the keyboard to `next`; the field that had it is told it lost it. */
  function open(next: KeyboardField): void {
    const previous = field.value;
    if (previous === next) return;
    void loadPinyin();
    field.value = next;
    composition.value = '';
    chosenLayout.value = kindSpec(next.kind, next.allowLatin, next.latinFirst).initial;
    previous?.leave();
  }

  /** Hides the keyboard; the field that had it is told. */
  function close(): void {
    const previous = field.value;
    field.value = null;
    composition.value = '';
    previous?.leave();
  }

  /** Forgets `gone` without telling it (it is leaving the screen). */
  function detach(gone: KeyboardField): void {
    if (field.value !== gone) return;
    field.value = null;
    composition.value = '';
  }

  /** Appends text to the field unless that would pass its maxLength; answers whether it did. */
  function insert(text: string): boolean {
    const current = field.value;
    if (!current) return false;
    const before = current.getValue();
    if (current.maxLength !== null && before.length + text.length > current.maxLength) return false;
    current.setValue(before + text);
    return true;
  }

  /** Removes the last pinyin letter, or else the field's last character. */
  function backspace(): void {
    if (composition.value) {
      composition.value = composition.value.slice(0, -1);
      return;
    }
    const current = field.value;
    if (!current) return;
    current.setValue(Array.from(current.getValue()).slice(0, -1).join(''));
  }

  /** Empties the pinyin line and the field. */
  function clear(): void {
    composition.value = '';
    field.value?.setValue('');
  }

  /** Adds a pinyin letter, unless the field is full or no syllable is that long. */
  function spell(letter: string): boolean {
    if (full.value || composition.value.length >= MAX_PINYIN_LENGTH) return false;
    composition.value += letter;
    return true;
  }

  /** Types a candidate character for the pinyin line and empties the line. */
  function choose(character: string): boolean {
    if (!insert(character)) return false;
    composition.value = '';
    return true;
  }

  function switchLayout(button: string): void {
    if (!spec.value) return;
    const next = switchedLayout(layout.value, button, spec.value);
    if (!next) return;
    chosenLayout.value = next;
    composition.value = '';
  }

  function pressFunction(button: FunctionKey): void {
    switch (button) {
      case '{bksp}':
        return backspace();
      case '{clear}':
        return clear();
      case '{done}':
        return close();
      case '{space}':
        insert(' ');
        return;
      case '{rare}':
        insert('*');
        return;
      default:
        return switchLayout(button);
    }
  }

  /** One key of the shown layout (a simple-keyboard button name) was pressed. */
  function press(button: string): void {
    if (!field.value) return;
    if ((FUNCTION_KEYS as readonly string[]).includes(button)) return pressFunction(button as FunctionKey);
    if (layout.value === 'pinyin' && PINYIN_LETTER.test(button)) {
      spell(button);
      return;
    }
    insert(button);
  }

  function setHeight(pixels: number): void {
    height.value = Math.max(0, Math.round(pixels));
  }

  /** Back to closed, without telling the field (the whole screen is going). */
  function reset(): void {
    field.value = null;
    composition.value = '';
    chosenLayout.value = 'pad';
  }

  return {
    field,
    layout,
    composition,
    height,
    isOpen,
    kind,
    spec,
    value,
    full,
    candidates,
    open,
    close,
    detach,
    insert,
    backspace,
    clear,
    spell,
    choose,
    press,
    setHeight,
    reset,
  };
});
