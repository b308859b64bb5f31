import { describe, expect, it } from 'vitest';
import { buildStandaloneSvg } from './standaloneSvg';
import { findChartSvg, findLegend } from './findInDrawing';
import type { ExportContext } from './context';

const context: ExportContext = {
  title: 'Activities by theme',
  filters: 'Chile · Migration',
  source: 'Source: Nota de Prensa 304-25, Ministry of Foreign Affairs of Peru, 10 Dec 2025',
  exported: 'Exported 10 Dec 2025 from Agenda Exterior',
  permalink: 'http://127.0.0.1/themes?country=CL&theme=migration&lang=en',
};

function drawing(): HTMLDivElement {
  const div = document.createElement('div');
  div.innerHTML = `
    <svg class="recharts-surface" width="300" height="200" viewBox="0 0 300 200" style="width:100%">
      <defs><clipPath id="clip-1"><rect width="300" height="200"/></clipPath></defs>
      <g clip-path="url(#clip-1)">
        <rect class="bar" x="10" y="20" width="40" height="100" fill="var(--accent)"/>
        <rect x="60" y="20" width="40" height="100" fill="url(#elsewhere)"/>
        <text x="10" y="190">Migration</text>
        <foreignObject width="10" height="10"><div>html</div></foreignObject>
        <image href="https://example.org/logo.png" width="5" height="5"/>
      </g>
    </svg>
    <div class="recharts-legend-wrapper"><ul>
      <li class="recharts-legend-item"><svg><path fill="#E69F00" d="M0 0h8v8H0z"/></svg>
        <span class="recharts-legend-item-text">Held</span></li>
      <li class="recharts-legend-item"><svg><path fill="#009E73" d="M0 0h8v8H0z"/></svg>
        <span class="recharts-legend-item-text">Planned</span></li>
    </ul></div>`;
  document.body.append(div);
  return div;
}

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'image/svg+xml');
}

describe('buildStandaloneSvg', () => {
  it('draws the title, filters, source, export date and permalink as SVG text', () => {
    const d = drawing();
    const svg = findChartSvg(d);
    expect(svg).not.toBeNull();
    const out = buildStandaloneSvg(svg!, context, findLegend(d));
    const doc = parse(out.markup);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n');
    expect(texts).toContain('Activities by theme');
    expect(texts).toContain('Chile · Migration');
    expect(texts).toContain('Nota de Prensa 304-25');
    expect(texts).toContain('Exported 10 Dec 2025');
    expect(texts.replace(/\n/g, '')).toContain(context.permalink);
    expect(texts).toContain('Held');
    expect(texts).toContain('Planned');
  });

  it('has an explicit size and viewBox, a white background and the SVG namespace', () => {
    const d = drawing();
    const out = buildStandaloneSvg(findChartSvg(d)!, context, []);
    const root = parse(out.markup).documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(String(out.width));
    expect(root.getAttribute('height')).toBe(String(out.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${out.width} ${out.height}`);
    expect(out.width).toBeGreaterThanOrEqual(300);
    expect(out.chartWidth).toBe(300);
    const bg = root.querySelector(':scope > rect');
    expect(bg?.getAttribute('fill')).toBe('#ffffff');
    expect(bg?.getAttribute('height')).toBe(String(out.height));
  });

  it('keeps internal references and drops foreignObject and external ones', () => {
    const d = drawing();
    const out = buildStandaloneSvg(findChartSvg(d)!, context, []);
    expect(out.markup).not.toMatch(/foreignObject/i);
    expect(out.markup).not.toContain('example.org');
    expect(out.markup).not.toContain('#elsewhere');
    expect(out.markup).not.toContain(' style="');
    const doc = parse(out.markup);
    expect(doc.querySelector('[clip-path]')?.getAttribute('clip-path')).toBe('url(#clip-1)');
    // Colours come from computed styles: no CSS variable is left for a viewer to resolve.
    expect(out.markup).not.toContain('var(');
  });

  it('reads the legend from Recharts’ HTML legend, colours included', () => {
    expect(findLegend(drawing())).toEqual([
      { label: 'Held', color: '#E69F00' },
      { label: 'Planned', color: '#009E73' },
    ]);
  });

  it('never takes a legend icon for the chart', () => {
    const div = document.createElement('div');
    div.innerHTML = `<div class="recharts-legend-wrapper"><svg id="icon"></svg></div><svg id="chart"></svg>`;
    expect(findChartSvg(div)?.id).toBe('chart');
  });
});
