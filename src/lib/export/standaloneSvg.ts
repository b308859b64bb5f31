import type { ExportContext } from './context';
import { cloneWithInlineStyles } from './inlineStyles';
import { textWidth, wrapText } from '../textLayout';
import type { LegendItem } from './types';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const MIN_WIDTH = 480;
const INK = '#1b2430';
const MUTED = '#4a5563';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

export interface StandaloneSvg {
  markup: string;
  width: number;
  height: number;
  /** Size of the chart's own drawing on screen, for checks such as "the PNG is at least twice the chart". */
  chartWidth: number;
  chartHeight: number;
}

/** The drawing's size on screen; falls back to its attributes and viewBox where there is no layout (jsdom). */
export function measureSvg(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const vb = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const attr = (name: string) => parseFloat(svg.getAttribute(name) ?? '');
  const pick = (...xs: (number | undefined)[]) => xs.find((x) => x !== undefined && Number.isFinite(x) && x > 0);
  return {
    width: Math.round(pick(box.width, attr('width'), vb[2]) ?? 600),
    height: Math.round(pick(box.height, attr('height'), vb[3]) ?? 400),
  };
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Adds wrapped lines of text at `y` (the top of the block) and returns the y below them. */
function addLines(root: Element, text: string, y: number, width: number, size: number, style: Record<string, string>) {
  const bold = style['font-weight'] === '700';
  const lh = Math.round(size * 1.35);
  for (const line of wrapText(text, width, size, bold)) {
    y += lh;
    root.append(el('text', { x: PAD, y: y - Math.round(size * 0.3), 'font-size': size, ...style }, line));
  }
  return y;
}

/**
 * A legend swatch: solid, or hatched like the chart's "may fall in it" series. The stripes are a <pattern> of the
 * image's own <defs> (one per colour), so the hatching survives in the SVG file and in the PNG drawn from it.
 */
function swatch(root: Element, item: LegendItem, x: number, y: number): SVGElement {
  const box = { x, y, width: 10, height: 10 };
  if (!item.hatched) return el('rect', { ...box, fill: item.color, stroke: '#ffffff' });
  const back = item.background ?? '#ffffff';
  const id = `export-hatch-${(item.color + back).replace(/[^a-zA-Z0-9]/g, '')}`;
  if (!root.querySelector(`pattern[id="${id}"]`)) {
    let defs = root.querySelector(':scope > defs');
    if (!defs) {
      defs = el('defs', {});
      root.prepend(defs);
    }
    const p = el('pattern', {
      id,
      width: 4,
      height: 4,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    });
    p.append(el('rect', { width: 4, height: 4, fill: back }));
    p.append(el('line', { x1: 0, y1: 0, x2: 0, y2: 4, stroke: item.color, 'stroke-width': 1.5 }));
    defs.append(p);
  }
  return el('rect', { ...box, fill: `url(#${id})`, stroke: item.color, 'stroke-width': 0.75 });
}

/** Legend swatches and labels in rows that wrap at the image's width. Returns the y below the legend. */
function addLegend(root: Element, items: LegendItem[], y: number, width: number): number {
  if (items.length === 0) return y;
  const size = 12;
  const rowH = 18;
  let x = PAD;
  y += 4;
  for (const item of items) {
    const w = 14 + textWidth(item.label, size) + 16;
    if (x > PAD && x + w > PAD + width) {
      x = PAD;
      y += rowH;
    }
    root.append(swatch(root, item, x, y + 3));
    root.append(el('text', { x: x + 14, y: y + 12, 'font-size': size, fill: INK, 'font-family': FONT }, item.label));
    x += w;
  }
  return y + rowH;
}

/**
 * A standalone SVG of a chart: the drawing with its styles inlined, on a white background, with the title, the
 * filters in words, the legend, the source, the export date and the permalink drawn as SVG text, so the image
 * explains itself wherever it is pasted. No foreignObject (it taints the canvas used for PNG) and no external
 * reference (it must render in librsvg).
 */
export function buildStandaloneSvg(chart: SVGSVGElement, ctx: ExportContext, legend: LegendItem[]): StandaloneSvg {
  const { width: cw, height: ch } = measureSvg(chart);
  const width = Math.max(MIN_WIDTH, cw + 2 * PAD);
  const inner = width - 2 * PAD;
  const root = el('svg', { version: '1.1', 'font-family': FONT });
  const text = { fill: INK, 'font-family': FONT };
  const muted = { fill: MUTED, 'font-family': FONT };

  root.append(el('title', {}, ctx.title));
  const background = el('rect', { x: 0, y: 0, width, fill: '#ffffff' });
  root.append(background);
  let y = PAD - 4;
  y = addLines(root, ctx.title, y, inner, 18, { ...text, 'font-weight': '700' });
  y = addLines(root, ctx.filters, y, inner, 13, muted) + 8;

  const drawing = cloneWithInlineStyles(chart);
  if (!drawing.getAttribute('viewBox')) drawing.setAttribute('viewBox', `0 0 ${cw} ${ch}`);
  drawing.removeAttribute('xmlns');
  for (const [k, v] of Object.entries({ x: PAD + Math.round((inner - cw) / 2), y, width: cw, height: ch }))
    drawing.setAttribute(k, String(v));
  root.append(drawing);
  y += ch + 6;

  y = addLegend(root, legend, y, inner) + 6;
  if (ctx.caveat) y = addLines(root, ctx.caveat, y - 2, inner, 11, muted) + 6;
  root.append(el('line', { x1: PAD, x2: width - PAD, y1: y, y2: y, stroke: '#d9dee5', 'stroke-width': 1 }));
  y = addLines(root, ctx.source, y + 2, inner, 12, text);
  y = addLines(root, ctx.exported, y, inner, 11, muted);
  y = addLines(root, ctx.reference ?? ctx.permalink, y, inner, 11, muted);
  const height = Math.ceil(y + PAD);

  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', String(height));
  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { markup, width, height, chartWidth: cw, chartHeight: ch };
}
