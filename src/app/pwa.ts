/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from '../lib/appUpdate';

/**
 * Registers the service worker. A new version is offered, never applied by itself: the analyst may be halfway
 * through an edit, and the new worker waits until they press "reload" (UpdateBanner).
 */
export function registerPwa(): void {
  const update = registerSW({
    onNeedRefresh: () => offerUpdate(() => update(true)),
  });
}
