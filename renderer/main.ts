import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { i18n } from './i18n.ts';
import { installKioskGuards } from './kiosk-guards.ts';
import { router } from './router.ts';
import { startKiosk } from './startup.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';

installKioskGuards(document);

const app = createApp(App).use(createPinia()).use(i18n).use(router);
void startKiosk().finally(() => app.mount('#app'));
