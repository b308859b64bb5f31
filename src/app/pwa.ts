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
  // "Reload" always reloads. The page reloads as soon as the new worker controls it, on the browser's own event:
  // vite-plugin-pwa reloads only on a "controlling" event that workbox marks as an update, and leaves it to
  // workbox's record of the waiting worker whether the skip-waiting message goes out at all. CI twice saw the
  // button do nothing for a minute after the worker was offered; so the registration's own waiting worker is
  // asked too, and the page reloads after 3 s whatever happened (at worst into the old version, which offers the
  // new one again).
  const apply = async () => {
    let reloading = false;
    const reload = () => {
      if (reloading) return;
      reloading = true;
      window.location.reload();
    };
    navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
    window.setTimeout(reload, 3000);
    await update(true);
    (await navigator.serviceWorker.getRegistration())?.waiting?.postMessage({ type: 'SKIP_WAITING' });
  };
  const update = registerSW({
    onNeedRefresh: () => offerUpdate(apply),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // A failed check (offline again, host down) changes nothing: the next one tries again.
      const check = () => void registration.update().catch(() => undefined);
      window.addEventListener('online', check);
      window.setInterval(check, CHECK_EVERY_MS);
    },
  });
}
