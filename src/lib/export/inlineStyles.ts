/**
 * Copies the computed styles that decide how an SVG looks onto a clone as presentation attributes, so the clone
 * renders the same with no stylesheet: a plain serialisation turns `fill: var(--accent)` black and CSS fonts serif.
 */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const REMOVE = new Set(['foreignobject', 'script', 'style']);

/** `url("#a")` → `url(#a)`; librsvg and old viewers only know the unquoted form. */
const unquoteUrl = (v: string) => v.replace(/url\((["'])(.*?)\1\)/g, 'url($2)');

function copyStyles(orig: Element, clone: Element, parent: CSSStyleDeclaration | null): void {
  const cs = getComputedStyle(orig);
  for (const p of INHERITED) {
    const v = cs.getPropertyValue(p);
    // Inherited values need writing only where they change, or where the element's own attribute may hold
    // something no viewer resolves (e.g. fill="var(--accent)").
    // A fill or stroke that points at the drawing's own pattern (the hatching of "may fall in it" series) is kept
    // as written: it is already self-contained, and an engine without SVG paint servers would compute it black.
    if (/^url\(#[^)]+\)$/.test(orig.getAttribute(p) ?? '')) continue;
    if (v && (parent === null || v !== parent.getPropertyValue(p) || orig.hasAttribute(p))) {
      clone.setAttribute(p, unquoteUrl(v));
    }
  }
  const opacity = cs.getPropertyValue('opacity');
  if (opacity && opacity !== '1') clone.setAttribute('opacity', opacity);
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  const oKids = [...orig.children];
  const cKids = [...clone.children];
  oKids.forEach((o, i) => {
    const c = cKids[i];
    if (!c) return;
    const name = o.localName.toLowerCase();
    if (REMOVE.has(name) || getComputedStyle(o).display === 'none') c.remove();
    else copyStyles(o, c, cs);
  });
}

/** Drops what would make the SVG depend on something outside itself: external images, links, references. */
function dropExternalReferences(root: Element): void {
  const ids = new Set([...root.querySelectorAll('[id]')].map((e) => e.id));
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const v = attr.value;
      if (attr.localName === 'href') {
        if (!(v.startsWith('#') && ids.has(v.slice(1))) && !v.startsWith('data:')) el.removeAttribute(attr.name);
      } else if (v.includes('url(')) {
        const local = /^url\(#([^)]+)\)$/.exec(v.trim());
        if (local?.[1] && ids.has(local[1])) continue;
        if (attr.localName === 'fill' || attr.localName === 'stroke') el.setAttribute(attr.name, 'none');
        else el.removeAttribute(attr.name);
      }
    }
  }
  for (const img of root.querySelectorAll('image')) {
    const href = img.getAttribute('href') ?? img.getAttribute('xlink:href');
    if (!href?.startsWith('data:')) img.remove();
  }
}

/** A deep copy of `svg` that looks the same without the page's CSS and refers to nothing outside itself. */
export function cloneWithInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  copyStyles(svg, clone, null);
  for (const el of clone.querySelectorAll('foreignObject, script, style')) el.remove();
  dropExternalReferences(clone);
  return clone;
}
