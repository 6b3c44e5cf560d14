import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { buildQuickExitScript, quickExitModule } from './src/safety/build-inline.ts';

// The server's modules import two build-time virtual modules: the real quick-exit script
// (so the form error page is the one the site sends), and, in place of the key a build
// reads from PATHWAY_CALLBACK_KEY, a fixed test key (tests set their own through
// createCallbackHandler).
export default defineConfig({
  plugins: [quickExitModule(await buildQuickExitScript())],
  resolve: {
    alias: { 'virtual:pathway/callback-key': fileURLToPath(new URL('tests/unit/support/callback-key.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
