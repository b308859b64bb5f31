import { lazy, Suspense } from 'react';

// The data files are written by src/domain/formats (papaparse, the validators): loaded on first use so pages that
// merely offer the download, such as the overview, do not carry that code in their first bundle.
const DataExportMenu = lazy(async () => ({ default: (await import('./DataExportMenu')).DataExportMenu }));

/** "Download data" (CSV, JSON, data bundle) for the filtered activities, loaded when the page is idle. */
export function LazyDataExportMenu() {
  return (
    <Suspense fallback={null}>
      <DataExportMenu />
    </Suspense>
  );
}
