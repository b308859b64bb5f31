import { IDBFactory } from 'fake-indexeddb';
import Dexie from 'dexie';
import { beforeAll, vi } from 'vitest';

/**
 * The node project runs its files one after another in a shared worker (`isolate: false` in vite.config.ts): the
 * libraries load once per worker instead of once per file, which halved that project's time. Each file still
 * starts as if alone:
 * - its own copies of the app's modules, so one file's `vi.mock` never reaches another file's imports;
 * - a new, empty IndexedDB (Dexie told to use it too), the earlier files' connections closed;
 * - its own broadcast channels: a channel opened by an earlier file's copy of the app never hears this file;
 * - no globals stubbed or fake timers left by the file before.
 * (The DOM project keeps a worker per file: sharing one, an editor test now and then waited forever for a query,
 * with the database answering; not found in the time there was.)
 */
export function isolateFile(): void {
  vi.resetModules();
  beforeAll(() => {
    for (const db of (Dexie as unknown as { connections: Dexie[] }).connections) db.close();
    const factory = new IDBFactory();
    globalThis.indexedDB = factory;
    Dexie.dependencies.indexedDB = factory;
    vi.unstubAllGlobals();
    vi.useRealTimers();
    const Native = nativeBroadcastChannel();
    if (Native) {
      const scope = `file-${Math.random().toString(36).slice(2)}`;
      globalThis.BroadcastChannel = class extends Native {
        constructor(name: string) {
          super(`${scope}:${name}`);
        }
      };
    }
  });
}

const NATIVE = Symbol.for('agenda.tests.nativeBroadcastChannel');
function nativeBroadcastChannel(): typeof BroadcastChannel | undefined {
  const g = globalThis as unknown as Record<symbol, typeof BroadcastChannel | undefined>;
  g[NATIVE] ??= globalThis.BroadcastChannel;
  return g[NATIVE];
}
