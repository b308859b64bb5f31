import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure, getConfig, prettyDOM } from '@testing-library/react';
import { installFastLabels } from './utils/fastLabels';

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

// Label and role queries ask each control for its labels; jsdom's own getters walk the document per label.
installFastLabels(window);

// findBy*/waitFor give up after 1 s by default; with two shared cores, seeding plus the first load of a lazy route
// (its modules transformed for the first time in this worker) took 5–10 s under load. A guard, not a timing check.
configure({
  asyncUtilTimeout: 15_000,
  // Testing Library's own error, with the page printed into its message only when the message is read: findBy* and
  // waitFor build and throw away one such error on every retry, and printing the editor's page each time took a
  // third of its tests' time.
  getElementError(message, container) {
    const error = new Error();
    error.name = 'TestingLibraryElementError';
    let text: string | undefined;
    Object.defineProperty(error, 'message', {
      configurable: true,
      get: () =>
        (text ??= [message, `Ignored nodes: comments, ${getConfig().defaultIgnore}\n${prettyDOM(container)}`]
          .filter(Boolean)
          .join('\n\n')),
    });
    return error;
  },
});

afterEach(() => cleanup());
