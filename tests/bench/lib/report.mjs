// Turns scenario results into the table of figures, each with its baseline and target, and says what is missed.

const fmt = (x, unit, digits = 0) =>
  x === null || x === undefined ? '—' : `${x.toLocaleString('en-GB', { maximumFractionDigits: digits })} ${unit}`;

/** One row per figure: { figure, measured, baseline, target, pass (true/false/null = not measured), note }. */
export function figures(r) {
  const rows = [];
  const row = (figure, measured, baseline, target, pass, note) =>
    rows.push({ figure, measured, baseline, target, pass, note });

  if (r.cold) {
    const c = r.cold;
    row(
      `cold first visit → ${c.available ? c.measures : 'first chart'} (${c.route ?? '/'})`,
      c.available ? fmt(c.wallMs, 'ms') : 'not available',
      c.available ? `floor page ${fmt(c.floorWallMs, 'ms')}` : '—',
      '≤ 2× floor',
      c.available ? c.ratio <= 2 : null,
      c.available
        ? `${c.ratio.toFixed(2)}× the floor, from the browser's launch (fresh process and profile); from the page's navigation start ${fmt(c.ms, 'ms')} against ${fmt(c.floorMs, 'ms')} (${c.pageRatio.toFixed(2)}×); first contentful paint ${fmt(c.fcpMs, 'ms')} (floor ${fmt(c.floorFcpMs, 'ms')})${c.note ? `; ${c.note}` : ''}`
        : c.note,
    );
  }
  if (r.bundle) {
    const b = r.bundle;
    row(
      'gzip JS fetched before / draws its first chart',
      b.gzipKB === null ? 'no chart drawn' : fmt(b.gzipKB, 'KB', 1),
      '—',
      '≤ 200 KB',
      b.gzipKB === null ? null : b.gzipKB <= 200,
      `build graph: ${fmt(b.graphGzipKB, 'KB', 1)} in ${b.files.length} chunks; requested after the chart: ${fmt(b.laterGzipKB, 'KB', 1)}; the embedded data set (JSON, first visit only): ${fmt(b.dataGzipKB, 'KB', 1)}`,
    );
  }
  for (const i of [r.import, r.importCsv].filter(Boolean)) {
    const n = (i.n ?? r.n).toLocaleString('en-GB');
    const raw = `${fmt(i.baselinePerSec, 'rec/s')} raw put`;
    const refused = i.fullFileRefused
      ? `; the ${r.n.toLocaleString('en-GB')}-record JSON file was refused: “${i.fullFileRefused.trim()}”`
      : '';
    const file = i.format ? `imported as ${i.format.toUpperCase()} (${fmt(i.fileMB, 'MB', 1)}); ` : '';
    if (!i.available)
      row(`import ${n} records through the UI`, 'not available', raw, '≥ 0.8× raw', null, `${file}${i.note}${refused}`);
    else {
      row(
        `import ${n} records${i.format ? ` as ${i.format.toUpperCase()}` : ''} through the UI, validated, until stored`,
        `${fmt(i.perSec, 'rec/s')} (${fmt(i.totalMs / 1000, 's', 1)})`,
        `${raw} (${fmt(i.baselineMs / 1000, 's', 1)})`,
        '≥ 0.8× raw',
        i.ratio >= 0.8,
        `${file}${i.ratio.toFixed(2)}× raw; validate+preview ${fmt(i.validateMs, 'ms')}, write ${fmt(i.writeMs, 'ms')} (the write alone ${(i.baselineMs / i.writeMs).toFixed(2)}× raw)${refused}`,
      );
      row(
        `peak JS heap during the ${i.format ? `${i.format.toUpperCase()} ` : ''}import (page + import worker)`,
        fmt(i.heapPeakMB, 'MB'),
        '—',
        '≤ 400 MB',
        i.heapPeakMB <= 400,
        `largest sum of the two heaps in use at one sample (every 100 ms, through the DevTools protocol); worker alone ${fmt(i.workerHeapPeakMB, 'MB')}, page alone ${fmt(i.pageHeapPeakMB, 'MB')}; the renderer process's peak resident set (page, workers, IndexedDB's buffers, code) ${fmt(i.rendererPeakMB, 'MB')}`,
      );
      row(
        `longest main-thread task during the ${i.format ? `${i.format.toUpperCase()} ` : ''}import`,
        fmt(i.longestTaskMs, 'ms'),
        `${fmt(i.baselineLongestTaskMs, 'ms')} in the raw put loop`,
        '≤ 200 ms',
        i.longestTaskMs <= 200,
        `longest while reading and checking ${fmt(i.longestValidateTaskMs, 'ms')}, while writing ${fmt(i.longestWriteTaskMs, 'ms')}`,
      );
    }
  }
  if (r.filter) {
    const f = r.filter;
    const n = f.total?.toLocaleString('en-GB');
    for (const [path, p] of Object.entries(f.pages)) {
      if (!p.available) {
        row(
          `filter change at ${n} on ${path}`,
          'not available',
          '—',
          '≤ 100 ms and ≤ 5×',
          null,
          p.ready === 'firstChart' ? 'no chart with data marks on this view' : 'no table rows on this view',
        );
        continue;
      }
      for (const step of ['country', 'theme']) {
        const s = p[step];
        const base = step === 'country' ? f.baseline.countryMs : f.baseline.themeMs;
        const label =
          step === 'country'
            ? `country=CL (${f.hits.country.toLocaleString('en-GB')} hits)`
            : `+ theme=migration (${f.hits.theme.toLocaleString('en-GB')} hits)`;
        row(
          `filter ${label} → ${path} updated, at ${n}`,
          fmt(s.ms, 'ms'),
          `${fmt(base, 'ms', 1)} Array.filter`,
          '≤ 100 ms and ≤ 5×',
          s.ms <= 100 && s.ms <= 5 * base,
          `${(s.ms / base).toFixed(0)}× baseline; count in the DOM ${fmt(s.commitMs, 'ms')}, DOM settled ${fmt(s.settledMs, 'ms')}; via ${s.via}${s.countShown ? '' : '; no count text, timed to DOM settled'}`,
        );
      }
    }
    for (const [path, p] of Object.entries(f.pages)) {
      if (!p.available) continue;
      row(
        `JS heap with ${n} records loaded, on ${path}`,
        fmt(p.heapMB, 'MB', 1),
        '—',
        '≤ 200 MB',
        p.heapMB <= 200,
        `${fmt(p.domNodes, 'DOM nodes')}; view drawn ${fmt(p.loadMs, 'ms')} after navigation`,
      );
    }
  }
  if (r.feed) {
    const f = r.feed;
    const n = f.n.toLocaleString('en-GB');
    row(
      `first sync of a ${n}-record team feed (${f.chunks} chunks), verified and validated, until stored`,
      `${fmt(f.perSec, 'rec/s')} (${fmt(f.storedMs / 1000, 's', 1)})`,
      `${fmt(f.baselinePerSec, 'rec/s')} raw put (${fmt(f.baselineMs / 1000, 's', 1)})`,
      '≥ 0.8× raw',
      f.ratio >= 0.8,
      `${f.ratio.toFixed(2)}× raw; the page says "Synced" after ${fmt(f.shownMs / 1000, 's', 1)}; progress bar ${f.progressSeen ? 'shown' : 'NOT shown'}`,
    );
    row(
      'longest main-thread task during the feed sync',
      fmt(f.longestTaskMs, 'ms'),
      `${fmt(f.baselineLongestTaskMs, 'ms')} in the raw put loop`,
      '≤ 200 ms',
      f.longestTaskMs <= 200,
      `until stored ${fmt(f.longestUntilStoredMs, 'ms')} (the rest: the page re-reading the records)`,
    );
    row(
      `then a sync after ten records of one month changed: chunks fetched`,
      fmt(f.resyncChunks, 'chunk(s)'),
      `${f.chunks} chunks in the feed`,
      '1 chunk',
      f.resyncChunks === 1,
      `until the page says "Synced": ${fmt(f.resyncShownMs / 1000, 's', 1)}`,
    );
  }
  return rows;
}

export function printTable(rows) {
  if (rows.length === 0) return;
  const cols = ['figure', 'measured', 'baseline', 'target', 'result'];
  const cells = rows.map((r) => [
    r.figure,
    r.measured,
    r.baseline,
    r.target,
    r.pass === null ? 'n/a' : r.pass ? 'met' : 'MISSED',
  ]);
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (vals) => `| ${vals.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(cols));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
  const notes = rows.filter((r) => r.note);
  if (notes.length) {
    console.log('\nNotes:');
    for (const r of notes) console.log(`- ${r.figure}: ${r.note}`);
  }
  const missed = rows.filter((r) => r.pass === false);
  const unmeasured = rows.filter((r) => r.pass === null);
  console.log(
    `\n${missed.length ? `Missed ${missed.length} target(s): ${missed.map((r) => r.figure).join('; ')}` : 'Every measured target met.'}`,
  );
  if (unmeasured.length) console.log(`Not measured: ${unmeasured.map((r) => r.figure).join('; ')}`);
}
