import { lazy, Suspense } from 'react';

// The data files are written by src/domain/formats (papaparse, the validators, ~40 KB gzip): a chunk of its own, so
// pages that merely offer the download, such as the overview, do not carry it in their first bundle. It loads when
// this component first renders; the overview renders it once the page is drawn and the browser is idle.
const DataExportMenu = lazy(async () => ({ default: (await import('./DataExportMenu')).DataExportMenu }));

/** "Download data" (CSV, JSON, data bundle) for the filtered activities, from its own chunk. */
export function LazyDataExportMenu() {
  return (
    <Suspense fallback={null}>
      <DataExportMenu />
    </Suspense>
  );
}
