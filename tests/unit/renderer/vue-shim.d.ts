// tsc (tsconfig.test.json) cannot read .vue files; vue-tsc checks them (tsconfig.web.json).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<Record<string, unknown>, Record<string, unknown>, unknown>;
  export default component;
}
