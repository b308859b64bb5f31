/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from '../lib/appUpdate';

/** A tab left open for days still learns of a new version (the browser itself checks only on navigation). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker. A new version is offered, never applied by itself: the analyst may be halfway
 * through an edit, and the new worker waits until they press "reload" (UpdateBanner). The check runs again when
 * the network comes back, since a version deployed while the analyst was offline could not be seen then.
 */
export function registerPwa(): void {
  const update = registerSW({
    onNeedRefresh: () => offerUpdate(() => update(true)),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // A failed check (offline again, host down) changes nothing: the next one tries again.
      const check = () => void registration.update().catch(() => undefined);
      window.addEventListener('online', check);
      window.setInterval(check, CHECK_EVERY_MS);
    },
  });
}
