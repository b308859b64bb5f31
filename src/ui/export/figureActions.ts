/**
 * What a figure's Export menu and "Add to briefing" button run when pressed: the chart writers (SVG, PNG, CSV with
 * papaparse), the export's context (filters in words, sources) and the briefing item. One chunk loaded on the first
 * press, so a page's first chart does not wait for code that only an export needs.
 */
export { exportChart } from '../../lib/export/exportChart';
export { caveatOf } from './caveat';
export { chartBriefingItem } from './chartBriefingItem';
export { resolveExportContext } from './exportContext';
