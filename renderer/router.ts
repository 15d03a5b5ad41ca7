import { createMemoryHistory, createRouter } from 'vue-router';
import AttractView from './views/AttractView.vue';
import HomeView from './views/HomeView.vue';
import { SCROLL_ATTRIBUTE } from './keyboard/dom-markers.ts';
import { useKeyboardStore } from './keyboard/store.ts';
import { useTerminalSessionStore } from './session/store.ts';
import { useSessionStore } from './stores/session.ts';

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for a logged-in citizen. */
    citizen?: boolean;
  }
}

/** Memory history: the kiosk never shows or changes a URL. */
export const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/', name: 'attract', component: AttractView },
    { path: '/home', name: 'home', component: HomeView },
    {
      path: '/policy',
      name: 'policy',
      component: () => import('./views/DocumentView.vue'),
      props: { documentId: 'management-rules', title: 'home.policy.title', name: 'policy', back: 'home' },
    },
    {
      path: '/guide',
      name: 'guide',
      component: () => import('./views/DocumentView.vue'),
      props: { documentId: 'service-guide', title: 'home.guide.title', name: 'guide', back: 'home' },
    },
    { path: '/register', name: 'register', component: () => import('./views/auth/RegisterRulesView.vue') },
    { path: '/register/personal', name: 'register-personal', component: () => import('./views/auth/RegisterPersonalView.vue') },
    { path: '/register/unit', name: 'register-unit', component: () => import('./views/auth/RegisterUnitView.vue') },
    { path: '/login', name: 'login', component: () => import('./views/auth/LoginView.vue') },
    { path: '/login/identity', name: 'identity-login', component: () => import('./views/auth/IdentityLoginView.vue') },
    { path: '/login/forgot', name: 'forgot-password', component: () => import('./views/auth/ForgotPasswordView.vue') },
    {
      path: '/me',
      component: () => import('./views/citizen/CitizenLayout.vue'),
      meta: { citizen: true },
      children: [
        { path: '', name: 'user-home', component: () => import('./views/citizen/UserHomeView.vue') },
        { path: 'profile', name: 'account-profile', component: () => import('./views/citizen/AccountProfileView.vue') },
        { path: 'name', name: 'account-name', component: () => import('./views/citizen/ChangeNameView.vue') },
        { path: 'password', name: 'account-password', component: () => import('./views/citizen/ChangePasswordView.vue') },
        { path: 'phone', name: 'account-phone', component: () => import('./views/citizen/ChangePhoneView.vue') },
        {
          path: 'policy',
          name: 'citizen-policy',
          component: () => import('./views/DocumentView.vue'),
          props: { documentId: 'management-rules', title: 'userHome.menu.policy', name: 'policy' },
        },
        {
          path: 'guide',
          name: 'citizen-guide',
          component: () => import('./views/DocumentView.vue'),
          props: { documentId: 'service-guide', title: 'userHome.menu.guide', name: 'guide' },
        },
      ],
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

router.beforeEach((to, from) => {
  // Back to the start screen means the citizen is done: main wipes the session and puts a fresh page there.
  if (to.name === 'attract' && from.matched.length > 0) {
    void useTerminalSessionStore().end('start');
    return false;
  }
  // Citizen pages need a logged-in citizen; anyone else is asked to log in.
  if (to.meta.citizen && !useSessionStore().account) return { name: 'login' };
  return true;
});

router.afterEach(() => {
  // The keyboard belongs to the screen it was opened on.
  useKeyboardStore().reset();
  // Every screen opens at its top, not at the scroll offset of the screen before.
  for (const container of document.querySelectorAll(`[${SCROLL_ATTRIBUTE}]`)) container.scrollTop = 0;
});
