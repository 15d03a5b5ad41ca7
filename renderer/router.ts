import { createMemoryHistory, createRouter } from 'vue-router';
import AttractView from './views/AttractView.vue';
import HomeView from './views/HomeView.vue';
import DocumentView from './views/DocumentView.vue';
import ForgotPasswordView from './views/auth/ForgotPasswordView.vue';
import IdentityLoginView from './views/auth/IdentityLoginView.vue';
import LoginView from './views/auth/LoginView.vue';
import RegisterPersonalView from './views/auth/RegisterPersonalView.vue';
import RegisterRulesView from './views/auth/RegisterRulesView.vue';
import RegisterUnitView from './views/auth/RegisterUnitView.vue';
import AccountProfileView from './views/citizen/AccountProfileView.vue';
import ChangeNameView from './views/citizen/ChangeNameView.vue';
import ChangePasswordView from './views/citizen/ChangePasswordView.vue';
import ChangePhoneView from './views/citizen/ChangePhoneView.vue';
import CitizenLayout from './views/citizen/CitizenLayout.vue';
import UserHomeView from './views/citizen/UserHomeView.vue';
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
      component: DocumentView,
      props: { documentId: 'management-rules', title: 'home.policy.title', name: 'policy', back: 'home' },
    },
    {
      path: '/guide',
      name: 'guide',
      component: DocumentView,
      props: { documentId: 'service-guide', title: 'home.guide.title', name: 'guide', back: 'home' },
    },
    { path: '/register', name: 'register', component: RegisterRulesView },
    { path: '/register/personal', name: 'register-personal', component: RegisterPersonalView },
    { path: '/register/unit', name: 'register-unit', component: RegisterUnitView },
    { path: '/login', name: 'login', component: LoginView },
    { path: '/login/identity', name: 'identity-login', component: IdentityLoginView },
    { path: '/login/forgot', name: 'forgot-password', component: ForgotPasswordView },
    {
      path: '/me',
      component: CitizenLayout,
      meta: { citizen: true },
      children: [
        { path: '', name: 'user-home', component: UserHomeView },
        { path: 'profile', name: 'account-profile', component: AccountProfileView },
        { path: 'name', name: 'account-name', component: ChangeNameView },
        { path: 'password', name: 'account-password', component: ChangePasswordView },
        { path: 'phone', name: 'account-phone', component: ChangePhoneView },
        {
          path: 'policy',
          name: 'citizen-policy',
          component: DocumentView,
          props: { documentId: 'management-rules', title: 'userHome.menu.policy', name: 'policy' },
        },
        {
          path: 'guide',
          name: 'citizen-guide',
          component: DocumentView,
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
