import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { activitiesToCsv } from '../../domain/formats/csv';
import { activitiesToJson, parseActivitiesJson } from '../../domain/formats/json';
import { embeddedActivities } from '../../testing/embedded';
import { i18n } from '../../ui/export/i18n';
import { bundleReadme, zipTextFiles } from './bundle';

const records = embeddedActivities.filter((a) => a.countries.includes('CL'));

describe('the data bundle', () => {
  const t = i18n.getFixedT('en', 'export');
  const readme = bundleReadme(t, {
    count: records.length,
    filters: 'Chile',
    sources: ['Nota de Prensa 304-25, Ministry of Foreign Affairs of Peru, 10 Dec 2025'],
    exportDate: '10 Dec 2025',
    permalink: 'http://127.0.0.1/records?country=CL',
    csvName: 'activities_CL_2025-12-10.csv',
    jsonName: 'activities_CL_2025-12-10.json',
  });
  const zip = zipTextFiles([
    { name: 'activities_CL_2025-12-10.csv', text: activitiesToCsv(records) },
    { name: 'activities_CL_2025-12-10.json', text: activitiesToJson(records) },
    { name: 'README.txt', text: readme },
  ]);
  const files = unzipSync(zip);

  it('holds the CSV, the JSON and the README', () => {
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'activities_CL_2025-12-10.csv',
      'activities_CL_2025-12-10.json',
    ]);
  });

  it('carries the filtered records, which read back unchanged from the JSON', () => {
    expect(records.length).toBeGreaterThan(0);
    const json = strFromU8(files['activities_CL_2025-12-10.json']!);
    const parsed = parseActivitiesJson(json, 'x.json');
    expect(parsed.ok && parsed.records).toEqual(records);
    const bytes = files['activities_CL_2025-12-10.csv']!;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    const csv = strFromU8(bytes);
    expect(csv.startsWith('id,date,date_precision')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(records.length + 1);
  });

  it('has a README naming the sources, the filters, the date and how to cite', () => {
    const text = strFromU8(files['README.txt']!);
    expect(text).toContain(`${records.length} activities.`);
    expect(text).toContain('Filters: Chile');
    expect(text).toContain('Exported: 10 Dec 2025');
    expect(text).toContain('- Nota de Prensa 304-25, Ministry of Foreign Affairs of Peru, 10 Dec 2025');
    expect(text).toContain('How to cite:');
    expect(text).toContain('http://127.0.0.1/records?country=CL');
  });

  it('writes the README in Spanish too', () => {
    const es = bundleReadme(i18n.getFixedT('es', 'export'), {
      count: 1,
      filters: 'Chile',
      sources: [],
      exportDate: '10 dic. 2025',
      permalink: 'x',
      csvName: 'a.csv',
      jsonName: 'a.json',
    });
    expect(es).toContain('1 actividad.');
    expect(es).toContain('Filtros: Chile');
    expect(es).toContain('Cómo citar:');
  });
});
