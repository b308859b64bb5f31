import { createElement, useEffect, useState } from 'react';
import type * as MiniFiguresModule from './MiniFigures';
import { MiniFiguresPlaceholder } from './MiniFiguresPlaceholder';
import type { OverviewModel } from './overviewState';

/**
 * The small charts (plain SVG, with their figure tools and export code) load on their own: the headline figures and
 * the latest activities show with the start-up code, the charts as soon as their chunk arrives. The download starts when the overview's module loads, in parallel with reading the data.
 *
 * Not React.lazy: a lazy component suspends on its first render even when its module is already there, and React
 * then holds the revealed content back for up to 300 ms (its Suspense throttle) — the cold visit measured it.
 */
let loaded: typeof MiniFiguresModule | null = null;
const loading = import('./MiniFigures').then((m) => (loaded = m));

export function MiniFiguresLoader({ m }: { m: OverviewModel }) {
  const [mod, setMod] = useState(loaded);
  const [failed, setFailed] = useState<Error | null>(null);
  useEffect(() => {
    if (mod) return;
    let live = true;
    loading.then(
      (x) => live && setMod(x),
      (e: unknown) => live && setFailed(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [mod]);
  // A chunk that fails to load (e.g. offline after a new release) is reported like a page that fails to load.
  if (failed) throw failed;
  return mod ? createElement(mod.MiniFigures, { m }) : <MiniFiguresPlaceholder />;
}
