import { createElement, useEffect, useState } from 'react';
import type * as MenuModule from './DataExportMenu';
import { importWhenOnline, whenReachable } from '../../lib/importWhenOnline';

// The data files are written by src/domain/formats (papaparse, the validators, ~40 KB gzip): a chunk of its own, so
// pages that merely offer the download, such as the overview, do not carry it in their first bundle. It loads when
// this component first renders; the overview renders it once the page is drawn and the browser is idle.
//
// Not React.lazy: it keeps a rejected import for good, so a page visited offline would never get its menu back.
// Here a failed import is forgotten, and tried again when the browser is back online or the page is visited again;
// meanwhile the menu is simply absent (the page itself works without it).
let loaded: typeof MenuModule | null = null;
let loading: Promise<typeof MenuModule> | null = null;
const load = () =>
  (loading ??= importWhenOnline(() => import('./DataExportMenu')).then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  ));

/** "Download data" (CSV, JSON, data bundle) for the filtered activities, from its own chunk. */
export function LazyDataExportMenu({ search }: { search?: string | undefined }) {
  const [mod, setMod] = useState(loaded);
  useEffect(() => {
    if (mod) return;
    let live = true;
    const attempt = () => {
      load().then(
        (m) => live && setMod(m),
        () => {},
      );
    };
    attempt();
    // Back online, once the server answers: an import made a moment earlier would fail for the page's life, and
    // with it the chunks it shares with other pages.
    const online = () => void whenReachable().then(() => live && attempt());
    window.addEventListener('online', online);
    return () => {
      live = false;
      window.removeEventListener('online', online);
    };
  }, [mod]);
  return mod ? createElement(mod.DataExportMenu, { search }) : null;
}
