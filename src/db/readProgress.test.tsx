import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReadProgress } from './readPaged';
import { useActivitiesReadProgress, withReadProgress } from './readProgress';

function manualRead() {
  let report: (p: ReadProgress) => void = () => {};
  let fail: (e: Error) => void = () => {};
  let finish: () => void = () => {};
  const done = withReadProgress(
    (onProgress) =>
      new Promise<void>((resolve, reject) => {
        report = onProgress;
        finish = resolve;
        fail = reject;
      }),
  );
  return { report: (p: ReadProgress) => act(() => report(p)), finish, fail, done };
}

describe('the progress of reading all activities', () => {
  it('then the newest of two overlapping reads is the one shown, and its end clears it', async () => {
    const { result } = renderHook(() => useActivitiesReadProgress());
    const older = manualRead();
    older.report({ read: 10_000, total: 20_000 });
    expect(result.current).toEqual({ read: 10_000, total: 20_000 });
    const newer = manualRead();
    newer.report({ read: 0, total: 30_000 });
    older.report({ read: 20_000, total: 20_000 });
    expect(result.current).toEqual({ read: 0, total: 30_000 });
    older.finish();
    await act(() => older.done);
    expect(result.current).toEqual({ read: 0, total: 30_000 });
    newer.fail(new Error('quota'));
    await act(() => newer.done.catch(() => undefined));
    expect(result.current).toBeNull();
  });
});
