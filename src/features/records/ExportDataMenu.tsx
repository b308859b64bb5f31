import { DataExportMenu } from '../../ui/export/DataExportMenu';

/** The records page's "Download data" menu (CSV, JSON, data bundle) for the filtered activities. */
export function ExportDataMenu() {
  return <DataExportMenu />;
}
