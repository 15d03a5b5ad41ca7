// Preloaded into Electronegativity (node --import): the failed translation
// download throws from a timer, which would end the scan mid-way with exit
// status 7. Only those errors are swallowed; any other is rethrown, and the
// scan exits non-zero.
import { isOfflineTranslationError } from './offline-translation-error.ts';

process.on('uncaughtException', (error) => {
  if (isOfflineTranslationError(error)) return;
  throw error;
});
