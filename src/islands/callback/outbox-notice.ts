// The page side of OutboxNotice.astro: starts the courier when something waits in the
// outbox, and shows what became of it.
/** Looks for the outbox without creating it; starts the courier if it exists. */
export function startOutboxNotice(): void {
  const $root = document.querySelector<HTMLElement>('[data-outbox-notice]');
  // Without indexedDB.databases() (Firefox before 126) looking would create the outbox:
  // such a browser sends what waits when she opens the form again.
  if (!$root || typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  void indexedDB.databases().then(async (databases) => {
    // The name rides on the element (OutboxNotice.astro): importing it here would cost every
    // page one more script.
    if (!databases.some((db) => db.name === $root.dataset.database)) return;
    const { startCourier } = await import('./courier');
    const $message = $root.querySelector<HTMLElement>('[data-outbox-message]')!;
    const $open = $root.querySelector<HTMLElement>('[data-outbox-open]')!;
    startCourier($root.dataset.endpoint!, (report) => {
      const refused = report.refused.length > 0;
      if (refused) $message.textContent = $root.dataset.refused!;
      else if (report.delivered.length > 0) $message.textContent = $root.dataset.delivered!;
      $open.hidden = !refused;
    });
  }).catch(() => {
    // No outbox to look at (storage blocked): nothing waits that this page could send.
  });
}
