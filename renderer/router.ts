import { createMemoryHistory, createRouter } from 'vue-router';
import AttractView from './views/AttractView.vue';
import HomeView from './views/HomeView.vue';
import PolicyView from './views/PolicyView.vue';
import ServiceUnavailableView from './views/ServiceUnavailableView.vue';

/** Memory history: the kiosk never shows or changes a URL. */
export const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/', name: 'attract', component: AttractView },
    { path: '/home', name: 'home', component: HomeView },
    { path: '/policy', name: 'policy', component: PolicyView },
    { path: '/register', name: 'register', component: ServiceUnavailableView, props: { service: 'register' } },
    { path: '/login', name: 'login', component: ServiceUnavailableView, props: { service: 'login' } },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});
