// @vitest-environment happy-dom
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import { loadPinyin } from '../../../../renderer/keyboard/pinyin.ts';
import { nextTick } from 'vue';
import { i18n } from '../../../../renderer/i18n.ts';
import { mountHarness } from './harness.ts';
import { REVEAL_MARGIN } from '../../../../renderer/keyboard/reveal.ts';
import { useKeyboardStore } from '../../../../renderer/keyboard/store.ts';

let harness: ReturnType<typeof mountHarness> | null = null;

function setup(...fields: Parameters<typeof mountHarness>[0]) {
  harness = mountHarness(fields);
  return harness;
}

afterEach(() => {
  harness?.wrapper.unmount();
  harness = null;
  document.body.innerHTML = '';
});

const isShown = (element: HTMLElement) => element.style.display !== 'none';

describe('TouchKeyboard', () => {
  // The pinyin table loads when a keyboard first opens; these tests spell at once.
  beforeAll(() => loadPinyin());
  it('is hidden until a field is touched, then shows that field’s kind', async () => {
    const page = setup({ id: 'phone', kind: 'digits', maxlength: 11 });
    expect(isShown(page.keyboardElement())).toBe(false);
    await page.touchField('phone');
    expect(isShown(page.keyboardElement())).toBe(true);
    expect(page.keyboardElement().dataset.kind).toBe('digits');
    expect(page.keys()).toContain('{done}');
  });

  it('types "zhang" then the candidate 张 into the bound model', async () => {
    const page = setup({ id: 'name', kind: 'name' });
    await page.touchField('name');
    await page.press('z', 'h', 'a', 'n', 'g');
    expect(page.values.name).toBe('');
    expect(page.wrapper.get('[data-testid="kb-composition"]').text()).toBe('zhang');
    await page.wrapper.get('[data-testid="kb-candidate-张"]').trigger('click');
    expect(page.values.name).toBe('张');
    expect(page.input('name').value).toBe('张');
    expect(page.wrapper.find('[data-testid="kb-candidate-张"]').exists()).toBe(false);
  });

  it('pages through the candidates', async () => {
    const page = setup({ id: 'name', kind: 'name' });
    await page.touchField('name');
    await page.press('z', 'h', 'a', 'n', 'g');
    expect(page.wrapper.find('[data-testid="kb-candidate-丈"]').exists()).toBe(false);
    await page.wrapper.get('[data-testid="kb-candidates-next"]').trigger('click');
    await page.wrapper.get('[data-testid="kb-candidate-丈"]').trigger('click');
    expect(page.values.name).toBe('丈');
  });

  it('the rare-character key types *', async () => {
    const page = setup({ id: 'name', kind: 'name' });
    await page.touchField('name');
    await page.press('{rare}', '·');
    expect(page.values.name).toBe('*·');
  });

  it("'id' shows X and no other letter", async () => {
    const page = setup({ id: 'idNumber', kind: 'id', maxlength: 18 });
    await page.touchField('idNumber');
    const typed = page.keys().filter((key) => !key.startsWith('{'));
    expect(typed.sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
    await page.press('1', 'X');
    expect(page.values.idNumber).toBe('1X');
  });

  it('stops at maxLength and says so', async () => {
    const page = setup({ id: 'code', kind: 'digits', maxlength: 4 });
    await page.touchField('code');
    await page.press('1', '2', '3', '4', '5', '6');
    expect(page.values.code).toBe('1234');
    expect(page.wrapper.get('[data-testid="kb-full"]').text()).toContain('4');
  });

  it('backspace and clear edit the field', async () => {
    const page = setup({ id: 'code', kind: 'digits' });
    await page.touchField('code');
    await page.press('1', '2', '3', '{bksp}');
    expect(page.values.code).toBe('12');
    await page.press('{clear}');
    expect(page.values.code).toBe('');
  });

  it('one touch types one character, whatever mouse events follow it', async () => {
    const page = setup({ id: 'code', kind: 'digits' });
    await page.touchField('code');
    const key = page.keyboardElement().querySelector('[data-skbtn="7"]') as HTMLElement;
    key.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, cancelable: true, pointerType: 'touch' }));
    key.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerType: 'touch' }));
    key.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    key.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    key.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await nextTick();
    expect(page.values.code).toBe('7');
  });

  it("cancels a key touch's click, so it cannot land on what appears under the finger", async () => {
    const page = setup({ id: 'code', kind: 'digits' });
    await page.touchField('code');
    const done = page.keyboardElement().querySelector('[data-skbtn="{done}"]') as HTMLElement;
    done.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, cancelable: true, pointerType: 'touch' }));
    const touchEnd = new Event('touchend', { bubbles: true, cancelable: true });
    done.dispatchEvent(touchEnd);
    expect(touchEnd.defaultPrevented).toBe(true);
  });

  it('done closes the keyboard and the field is told it was left', async () => {
    const page = setup({ id: 'code', kind: 'digits' });
    await page.touchField('code');
    await page.press('{done}');
    expect(isShown(page.keyboardElement())).toBe(false);
    expect(page.leaves).toEqual(['code']);
  });

  it('moving to another field tells the old one, and shows the new kind', async () => {
    const page = setup({ id: 'name', kind: 'name' }, { id: 'phone', kind: 'digits' });
    await page.touchField('name');
    await page.touchField('name');
    expect(page.leaves).toEqual([]);
    await page.touchField('phone');
    expect(page.leaves).toEqual(['name']);
    expect(page.keyboardElement().dataset.kind).toBe('digits');
    await page.press('5');
    expect(page.values).toEqual({ name: '', phone: '5' });
  });

  it('a tap outside the fields and the keyboard closes it', async () => {
    const page = setup({ id: 'phone', kind: 'digits' });
    await page.touchField('phone');
    await page.wrapper.get('[data-skbtn="1"]').trigger('click');
    expect(isShown(page.keyboardElement())).toBe(true);
    page.input('phone').click();
    await nextTick();
    expect(isShown(page.keyboardElement())).toBe(true);
    await page.wrapper.get('[data-testid="outside"]').trigger('click');
    expect(isShown(page.keyboardElement())).toBe(false);
    expect(page.leaves).toEqual(['phone']);
  });

  it('中/英 switches a Latin-capable name to letters, shown on the keys', async () => {
    const page = setup({ id: 'name', kind: 'name', allowLatin: true });
    await page.touchField('name');
    expect(page.keyboardElement().dataset.layout).toBe('pinyin');
    await page.press('{lang}');
    expect(page.keyboardElement().dataset.layout).toBe('latin');
    await page.press('{shift}');
    const shift = page.keyboardElement().querySelector('[data-skbtn="{shift}"]') as HTMLElement;
    expect(shift.getAttribute('aria-pressed')).toBe('true');
    await page.press('A', '{shift}', 'n', 'n', '{space}', '-');
    expect(page.values.name).toBe('Ann -');
  });

  it('opens on Latin letters for a name written in them (a passport), with 中/英 back to pinyin', async () => {
    const page = setup({ id: 'name', kind: 'name', allowLatin: true, latinFirst: true });
    await page.touchField('name');
    expect(page.keyboardElement().dataset.layout).toBe('latin');
    await page.press('{shift}', 'A', '{shift}', 'n', 'n');
    expect(page.values.name).toBe('Ann');
    await page.press('{lang}');
    expect(page.keyboardElement().dataset.layout).toBe('pinyin');
  });

  it('scrolls the field above the keyboard once its height is known', async () => {
    const page = setup({ id: 'phone', kind: 'digits' });
    const main = page.wrapper.get('main').element as HTMLElement;
    let scrollTop = 0;
    Object.defineProperty(main, 'scrollTop', { get: () => scrollTop, set: (value: number) => (scrollTop = value) });
    const box = (top: number, bottom: number) => () => ({ top, bottom, left: 0, right: 0, width: 0, height: bottom - top, x: 0, y: top, toJSON: () => ({}) });
    main.getBoundingClientRect = box(150, 1080);
    page.input('phone').getBoundingClientRect = box(900, 972);
    page.keyboardElement().getBoundingClientRect = box(680, 1080);
    await page.touchField('phone');
    expect(scrollTop).toBe(0);
    useKeyboardStore().setHeight(400);
    await nextTick();
    expect(scrollTop).toBe(972 - (680 - REVEAL_MARGIN));
  });

  it('labels the function keys in the current language', async () => {
    const page = setup({ id: 'code', kind: 'digits' });
    await page.touchField('code');
    const done = () => (page.keyboardElement().querySelector('[data-skbtn="{done}"]') as HTMLElement).textContent;
    expect(done()).toBe('完成');
    try {
      i18n.global.locale.value = 'en';
      await nextTick();
      expect(done()).toBe('Done');
    } finally {
      i18n.global.locale.value = 'zh-CN';
    }
  });
});
