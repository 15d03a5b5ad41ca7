// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { REVEAL_MARGIN } from '../../../../renderer/keyboard/reveal.ts';
import { revealField } from '../../../../renderer/keyboard/reveal-field.ts';

/** Gives an element a fixed vertical box (happy-dom does no layout). */
function place(element: Element, top: number, bottom: number): void {
  element.getBoundingClientRect = () => ({ top, bottom, left: 0, right: 100, width: 100, height: bottom - top, x: 0, y: top, toJSON: () => ({}) });
}

afterEach(() => {
  document.body.innerHTML = '';
});

function page() {
  document.body.innerHTML = `
    <main data-keyboard-scroll>
      <div data-keyboard-reveal><label>姓名</label><input id="name"></div>
      <div data-keyboard-sticky><button>提交</button></div>
    </main>`;
  const main = document.querySelector('main') as HTMLElement;
  const wrapper = document.querySelector('[data-keyboard-reveal]') as HTMLElement;
  const input = document.querySelector('input') as HTMLElement;
  const bar = document.querySelector('[data-keyboard-sticky]') as HTMLElement;
  let scrollTop = 0;
  Object.defineProperty(main, 'scrollTop', { get: () => scrollTop, set: (value: number) => (scrollTop = value) });
  // The action bar stuck to the container's bottom, which ends at the keyboard's top.
  place(bar, 480, 600);
  return { main, wrapper, input, bar };
}

describe('revealField', () => {
  it('scrolls the marked container so the field and its label sit above the keyboard', () => {
    const { main, wrapper, input, bar } = page();
    place(bar, 960, 1080);
    place(main, 150, 1080);
    place(wrapper, 820, 980);
    place(input, 880, 952);
    revealField(input, 600);
    expect(main.scrollTop).toBe(980 - (600 - REVEAL_MARGIN));
  });

  it('scrolls the field above the action bar stuck to the bottom, not only above the keyboard', () => {
    const { main, wrapper, input } = page();
    place(main, 150, 600);
    place(wrapper, 400, 560);
    place(input, 460, 532);
    revealField(input, 600);
    expect(main.scrollTop).toBe(560 - (480 - REVEAL_MARGIN));
  });

  it('leaves a visible field alone', () => {
    const { main, wrapper, input } = page();
    place(main, 150, 1080);
    place(wrapper, 200, 360);
    place(input, 260, 332);
    main.scrollTop = 40;
    revealField(input, 600);
    expect(main.scrollTop).toBe(40);
  });

  it('does nothing outside a marked scroll container', () => {
    document.body.innerHTML = '<input id="loose">';
    const input = document.querySelector('input') as HTMLElement;
    place(input, 900, 972);
    expect(() => revealField(input, 600)).not.toThrow();
  });
});
