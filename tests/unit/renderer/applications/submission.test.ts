// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { IpcResult } from '../../../../shared/ipc/errors.ts';
import { createFakeKiosk, type FakeKiosk } from '../fake-kiosk.ts';
import { HAINAN, RESIDENT_PREFILL } from './sample-catalogs.ts';

const QUEUED = { id: '01901234-5678-7000-8000-00000000abcd', reference: 'Q-0000-ABCD', kind: 'application.submit', queuedAt: '2027-03-02T02:00:00.000Z' } as const;

/**
 * 提交 on 信息确认 with the answer held back: the citizen leaves the wizard
 * (its draft is wiped) before main answers. The late answer must not write
 * into the wiped draft, nor move the citizen to 完成申请 from wherever they went.
 */
describe('a submission answered after the citizen left the wizard', () => {
  let fake: FakeKiosk;
  let answer: (result: IpcResult<unknown>) => void;

  beforeEach(() => {
    setActivePinia(createPinia());
    fake = createFakeKiosk();
    fake.answers.set('applications:submit', () => new Promise((resolve) => (answer = resolve)));
  });

  async function submitThenLeave() {
    vi.resetModules();
    Object.assign(window, { kiosk: fake.api });
    const { useSubmission } = await import('../../../../renderer/features/applications/submission.ts');
    const { useApplicationDraftStore } = await import('../../../../renderer/features/applications/draft-store.ts');
    const { useQueuedRequestsStore } = await import('../../../../renderer/features/outbox/queued-store.ts');
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/me/apply/:step', name: 'apply', component: { render: () => null } },
        { path: '/me/periods', name: 'periods', component: { render: () => null } },
      ],
    });
    await router.push({ name: 'apply', params: { step: 'review' } });
    let submission!: ReturnType<typeof useSubmission>;
    mount(
      defineComponent({
        setup() {
          submission = useSubmission(() => HAINAN);
          return () => h('div');
        },
      }),
      { global: { plugins: [router] } },
    );
    const draft = useApplicationDraftStore();
    draft.begin({ indicatorKind: 'incremental', applicationType: 'regular_lottery', category: 'nonlocal_home_contract' }, {});
    draft.prefill = RESIDENT_PREFILL;
    const sending = submission.submit(null);
    // 往期增量详情 from the menu: the wizard is left and its draft wiped.
    await router.push({ name: 'periods' });
    draft.reset();
    return { sending, draft, router, queued: useQueuedRequestsStore(), submission };
  }

  it('a refusal changes nothing, and does not throw', async () => {
    const { sending, draft, router, submission } = await submitThenLeave();
    answer({ ok: false, error: { code: 'validation_failed', message: '', fields: { homeContractNumber: 'required' } } });
    await sending;
    expect(draft.errors).toEqual({});
    expect(submission.formError.value).toBeNull();
    expect(router.currentRoute.value.name).toBe('periods');
  });

  it('an application saved in the outbox stays on the session’s banner, and the citizen stays where they went', async () => {
    const { sending, draft, router, queued } = await submitThenLeave();
    answer({ ok: true, data: { outcome: 'queued', queued: QUEUED } });
    await sending;
    expect(draft.queued).toBeNull();
    expect(queued.items.map((item) => item.reference)).toEqual([QUEUED.reference]);
    expect(router.currentRoute.value.name).toBe('periods');
  });
});
