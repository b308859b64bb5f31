import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// jsdom has no layout: charts (Recharts ResponsiveContainer) need a ResizeObserver that reports a size at once.
class SizedResizeObserver {
  constructor(private cb: ResizeObserverCallback) {}
  observe(target: Element) {
    this.cb([{ target, contentRect: { width: 800, height: 400 } } as unknown as ResizeObserverEntry], this);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = SizedResizeObserver;

// jsdom does not scroll and says so on every call ("Not implemented: Window's scrollTo()"); the virtualised lists
// call it when they are laid out. Nothing scrolls here either way.
window.scrollTo = () => {};

// findBy*/waitFor give up after 1 s by default; with two shared cores, seeding plus a lazy route can take longer.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
