import { defineComponent, h, nextTick, reactive } from 'vue';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { i18n } from '../../../../renderer/i18n.ts';
import KeyboardInput from '../../../../renderer/keyboard/KeyboardInput.vue';
import TouchKeyboard from '../../../../renderer/keyboard/TouchKeyboard.vue';
import type { KeyboardKind } from '../../../../renderer/keyboard/kinds.ts';

/** One KeyboardInput of the harness page. */
export interface HarnessField {
  id: string;
  kind: KeyboardKind;
  maxlength?: number;
  allowLatin?: boolean;
  latinFirst?: boolean;
  masked?: boolean;
}

/**
 * A page like the app shell: a scrolling main with keyboard inputs bound to
 * `values`, the touch keyboard beside it, and a plain button outside both.
 * Records each field's leave events.
 */
export function mountHarness(fields: HarnessField[]) {
  const values = reactive<Record<string, string>>(Object.fromEntries(fields.map((field) => [field.id, ''])));
  const leaves: string[] = [];
  const Harness = defineComponent({
    setup() {
      return () =>
        h('div', [
          h('main', { 'data-keyboard-scroll': '' }, [
            ...fields.map((field) =>
              h(KeyboardInput, {
                ...field,
                key: field.id,
                modelValue: values[field.id] ?? '',
                'onUpdate:modelValue': (value: string) => {
                  values[field.id] = value;
                },
                onLeave: () => leaves.push(field.id),
              }),
            ),
            h('button', { type: 'button', 'data-testid': 'outside' }, 'outside'),
          ]),
          h(TouchKeyboard),
        ]);
    },
  });
  const wrapper = mount(Harness, { attachTo: document.body, global: { plugins: [createPinia(), i18n] } });
  const keyboardElement = () => wrapper.get('[data-testid="touch-keyboard"]').element as HTMLElement;
  const input = (id: string) => wrapper.get(`#${id}`).element as HTMLInputElement;

  /** Touches a field: the pointerdown that opens the keyboard. */
  async function touchField(id: string): Promise<void> {
    input(id).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
    await nextTick();
  }

  /** Presses keys by their simple-keyboard names (data-skbtn), as touches, one event loop turn each. */
  async function press(...buttons: string[]): Promise<void> {
    for (const button of buttons) {
      const key = keyboardElement().querySelector(`[data-skbtn="${CSS.escape(button)}"]`);
      if (!key) throw new Error(`no key ${button} in layout ${keyboardElement().dataset.layout}`);
      key.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, cancelable: true, pointerType: 'touch' }));
      key.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerType: 'touch' }));
      await nextTick();
    }
  }

  /** The simple-keyboard buttons now shown, by name. */
  const keys = () => Array.from(keyboardElement().querySelectorAll<HTMLElement>('[data-skbtn]'), (key) => key.dataset.skbtn ?? '');

  return { wrapper, values, leaves, keyboardElement, input, touchField, press, keys };
}
