import type { KeyboardButtonAttributes, KeyboardButtonTheme } from 'simple-keyboard';
import type { LayoutName } from './kinds.ts';

/** The translated words on the function keys. */
export interface KeyLabels {
  backspace: string;
  clear: string;
  done: string;
  space: string;
  shift: string;
  symbols: string;
  letters: string;
  rare: string;
  chinese: string;
  latin: string;
  langSwitch: string;
}

/** simple-keyboard writes labels as HTML: this keeps translated words plain text. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The 中/英 key: both words, the current one marked (bold and underlined, not by colour alone). */
function langLabel(labels: KeyLabels, layout: LayoutName): string {
  const mode = (word: string, on: boolean) => `<span class="kb-lang${on ? ' kb-lang--on' : ''}">${escapeHtml(word)}</span>`;
  const chinese = layout === 'pinyin';
  return `${mode(labels.chinese, chinese)}<span aria-hidden="true">/</span>${mode(labels.latin, !chinese)}`;
}

/** simple-keyboard's `display` option: labels of the function keys in the current layout. */
export function keyDisplay(labels: KeyLabels, layout: LayoutName): Record<string, string> {
  return {
    '{bksp}': escapeHtml(labels.backspace),
    '{clear}': escapeHtml(labels.clear),
    '{done}': escapeHtml(labels.done),
    '{space}': escapeHtml(labels.space),
    '{shift}': escapeHtml(labels.shift),
    '{symbols}': escapeHtml(labels.symbols),
    '{abc}': escapeHtml(labels.letters),
    '{rare}': `*&nbsp;${escapeHtml(labels.rare)}`,
    '{lang}': langLabel(labels, layout),
  };
}

/**
 * simple-keyboard's `buttonAttributes`: plain buttons kept out of the tab
 * order (staff with a USB keyboard type into the field itself), names for
 * the keys whose label is not their name, the shift state.
 */
export function keyAttributes(labels: KeyLabels, layout: LayoutName): KeyboardButtonAttributes[] {
  return [
    { attribute: 'type', value: 'button' },
    { attribute: 'tabindex', value: '-1' },
    { attribute: 'aria-label', value: labels.langSwitch, buttons: '{lang}' },
    { attribute: 'aria-label', value: `* ${labels.rare}`, buttons: '{rare}' },
    { attribute: 'aria-pressed', value: String(layout === 'latinShift'), buttons: '{shift}' },
  ];
}

/** simple-keyboard's `buttonTheme`: the shift key looks pressed while upper case is on. */
export function keyThemes(layout: LayoutName): KeyboardButtonTheme[] {
  return layout === 'latinShift' ? [{ class: 'kb-key--on', buttons: '{shift}' }] : [];
}
