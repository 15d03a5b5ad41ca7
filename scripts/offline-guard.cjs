// Preloaded into Electronegativity: its translation download fails offline and
// got's retry then throws from a timer (p-cancelable "onCancel ... settled"),
// which would kill the scan mid-way. Only that one error is swallowed.
process.on('uncaughtException', (error) => {
  if (String(error && error.message).includes('`onCancel` handler was attached after the promise settled')) return;
  throw error;
});
