// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { router } from '../../../renderer/router.ts';

describe('router', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('opens every screen at its top: each scroll container is back at 0 after a route change', async () => {
    document.body.innerHTML = '<main data-keyboard-scroll><div data-keyboard-scroll></div></main>';
    const containers = [...document.querySelectorAll<HTMLElement>('[data-keyboard-scroll]')];
    for (const container of containers) container.scrollTop = 400;
    await router.push({ name: 'forgot-password' });
    expect(containers.map((container) => container.scrollTop)).toEqual([0, 0]);
  });
});
