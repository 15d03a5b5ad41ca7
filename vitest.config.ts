import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Through vite, so a test's vi.mock('electron') reaches electron-store's own import of it (tests/unit/main/terminal-state.test.ts).
    server: { deps: { inline: ['electron-store'] } },
  },
});
