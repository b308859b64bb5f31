import { describe, expect, it } from 'vitest';
import type { ExportContext } from './context';
import { findChartSvg, findLegend } from './findInDrawing';
import { buildStandaloneSvg } from './standaloneSvg';

const CAVEAT = 'Hatched: activities whose date is known only to a longer period (a range or a quarter).';
const context: ExportContext = {
  title: 'Activities by month',
  filters: 'Country: Chile · Period: 1 Nov – 31 Dec 2025',
  source: 'Source: Nota de Prensa 304-25, Ministry of Foreign Affairs of Peru, 10 Dec 2025',
  exported: 'Exported 10 Dec 2025 from Agenda Exterior',
  permalink: '/timeline?country=CL',
  reference: 'View in Agenda Exterior: /timeline?country=CL',
  caveat: CAVEAT,
};

/** A time chart as ColumnChart draws it: a solid column, a hatched one filled by the chart's own pattern. */
function timeChart(): HTMLDivElement {
  const div = document.createElement('div');
  div.innerHTML = `
    <svg width="300" height="200" viewBox="0 0 300 200">
      <defs><pattern id="hatch-r1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#dbe7f3"/><line x1="0" y1="0" x2="0" y2="6" stroke="#0072B2"/>
      </pattern></defs>
      <rect x="10" y="100" width="40" height="80" fill="#0072B2"/>
      <rect id="possible" x="10" y="60" width="40" height="40" fill="url(#hatch-r1)"/>
    </svg>
    <ul>
      <li data-legend-label="Dated within the month" data-legend-color="#0072B2">a</li>
      <li data-legend-label="Known only to a longer period" data-legend-color="#0072B2" data-legend-hatched="true"
          data-legend-background="#dbe7f3">b</li>
    </ul>`;
  document.body.append(div);
  return div;
}

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml');

describe('when a time chart with a hatched series is exported as a standalone SVG', () => {
  const d = timeChart();
  const legend = findLegend(d);
  const doc = parse(buildStandaloneSvg(findChartSvg(d)!, context, legend).markup);

  it('then the legend knows which series is hatched', () => {
    expect(legend).toEqual([
      { label: 'Dated within the month', color: '#0072B2' },
      { label: 'Known only to a longer period', color: '#0072B2', hatched: true, background: '#dbe7f3' },
    ]);
  });

  it('then the chart keeps its own pattern, and its hatched columns still point at it', () => {
    const pattern = doc.querySelector('pattern#hatch-r1');
    expect(pattern).not.toBeNull();
    // Its stripes and ground are there (their colours are the computed ones: checked in a browser, tests/e2e).
    expect(pattern?.querySelectorAll('line, rect')).toHaveLength(2);
    expect(doc.querySelector('#possible')?.getAttribute('fill')).toBe('url(#hatch-r1)');
  });

  it('then the legend swatch of the hatched series is filled with a pattern defined in the image', () => {
    const swatches = [...doc.querySelectorAll('svg > rect[width="10"]')];
    expect(swatches.map((r) => r.getAttribute('fill'))).toEqual(['#0072B2', expect.stringMatching(/^url\(#.+\)$/)]);
    const id = /^url\(#(.+)\)$/.exec(swatches[1]!.getAttribute('fill')!)![1]!;
    const own = doc.querySelector(`svg > defs > pattern[id="${id}"]`);
    expect(own?.querySelector('rect')?.getAttribute('fill')).toBe('#dbe7f3');
    expect(own?.querySelector('line')?.getAttribute('stroke')).toBe('#0072B2');
  });

  it('then the caveat, the labelled filters and the readable reference are written in the image', () => {
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(text).toContain(CAVEAT.slice(0, 40));
    expect(text).toContain('a range or a quarter).');
    expect(text).toContain('Country: Chile · Period: 1 Nov – 31 Dec 2025');
    expect(text).toContain('View in Agenda Exterior: /timeline?country=CL');
    expect(text).not.toContain('127.0.0.1');
  });
});
