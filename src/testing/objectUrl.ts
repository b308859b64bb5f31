import { afterEach, vi } from 'vitest';

/**
 * jsdom has no URL.createObjectURL: a test that replaces it calls this once in its describe block, so the
 * original descriptors (or their absence) come back after each test and no other test inherits a mock.
 */
export function restoreObjectUrlAfterEach(): void {
  const saved = Object.getOwnPropertyDescriptors(URL);
  afterEach(() => {
    vi.restoreAllMocks();
    for (const key of ['createObjectURL', 'revokeObjectURL'] as const) {
      const before = saved[key];
      if (before) Object.defineProperty(URL, key, before);
      else Reflect.deleteProperty(URL, key);
    }
  });
}
