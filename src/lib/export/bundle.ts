import { strToU8, zipSync } from 'fflate';

export interface BundleFile {
  name: string;
  text: string;
}

/** A .zip of text files (UTF-8), deflated. fflate is small and synchronous, fine for the sizes exported here. */
export function zipTextFiles(files: readonly BundleFile[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.name] = strToU8(f.text);
  return zipSync(entries, { level: 6 });
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ReadmeInput {
  count: number;
  filters: string;
  /** Each release cited in words, as in exported images. */
  sources: readonly string[];
  exportDate: string;
  permalink: string;
  csvName: string;
  jsonName: string;
}

/** README.txt of a data bundle: what is in it, under which filters, from which releases, and how to cite it. */
export function bundleReadme(t: Translate, r: ReadmeInput): string {
  const lines = [
    t('readme.title'),
    '',
    t('readme.records', { count: r.count }),
    t('readme.filters', { filters: r.filters }),
    t('readme.exported', { date: r.exportDate }),
    t('readme.permalink', { url: r.permalink }),
    '',
    t('readme.sources'),
    ...r.sources.map((s) => `- ${s}`),
    '',
    t('readme.files'),
    `- ${t('readme.csvFile', { file: r.csvName })}`,
    `- ${t('readme.jsonFile', { file: r.jsonName })}`,
    '- README.txt',
    '',
    t('readme.cite'),
    t('readme.citation', {
      sources: r.sources.join('; '),
      filters: r.filters,
      date: r.exportDate,
      url: r.permalink,
    }),
    '',
    t('readme.caveat'),
  ];
  // CRLF so the file reads right in Windows Notepad as well.
  return `${lines.join('\r\n')}\r\n`;
}
