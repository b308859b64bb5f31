// @ts-expect-error jsdom ships no types (vitest's environment brings it); only its constructor is used here.
import { JSDOM as UntypedJSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { controlLabels, labelControl } from '../utils/fastLabels';

const JSDOM = UntypedJSDOM as new (html: string) => { window: Window & typeof globalThis };

// A fresh jsdom window keeps jsdom's own getters (the test set-up replaced them in this file's window): the fast
// getters must give the answers jsdom gives, rule by rule.
const FORM = `
  <label id="l1">Wrapping <input id="a"></label>
  <label id="l2" for="b">For b</label><input id="b">
  <label id="l3" for="b">Also for b</label>
  <label id="l4">Two inside <input id="c"><input id="d"></label>
  <label id="l5" for="c">For c, outside</label>
  <label id="l6" for="hidden">For a hidden input</label><input type="hidden" id="hidden">
  <label id="l7" for="">Empty for</label>
  <label id="l8" for="missing">For nothing</label>
  <label id="l9" for="div">For a div</label><div id="div"></div>
  <label id="l10" for="e">For e, wrapping f <input id="f"></label><textarea id="e"></textarea>
  <label id="l11">Wrapping a select <select id="g"><option>x</option></select></label>
  <label id="l12">Hidden first <input type="HIDDEN" id="h"><button id="i">Go</button></label>
  <input id="dup"><label id="l13" for="dup">First dup</label><input id="dup">
  <label id="l14"><span><meter id="j"></meter></span></label>
  <label id="l15">No control at all</label>
`;

function ids(list: ArrayLike<Element> | null): string[] | null {
  return list === null ? null : Array.from(list, (el) => el.id);
}

describe('when a test asks jsdom for a control’s labels through the fast getters', () => {
  const dom = new JSDOM(`<!doctype html><body>${FORM}</body>`);
  const doc = dom.window.document;

  it('then every control has the labels jsdom itself gives', () => {
    const controls = Array.from(doc.querySelectorAll<HTMLElement>('input, button, meter, select, textarea, div'));
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) {
      const own = (control as HTMLInputElement).labels;
      expect([control.id, ids(controlLabels(control))]).toEqual([control.id, ids(own === undefined ? null : own)]);
    }
  });

  it('then every label names the control jsdom itself names', () => {
    for (const label of Array.from(doc.querySelectorAll('label'))) {
      expect([label.id, labelControl(label)?.id ?? null]).toEqual([label.id, label.control?.id ?? null]);
    }
  });

  it('then the answers are the ones the HTML rules give, not only jsdom’s', () => {
    const labelsOf = (id: string) => ids(controlLabels(doc.getElementById(id) as HTMLElement));
    expect(labelsOf('b')).toEqual(['l2', 'l3']);
    expect(labelsOf('c')).toEqual(['l4', 'l5']);
    expect(labelsOf('d')).toEqual([]);
    expect(labelsOf('hidden')).toBeNull();
    expect(labelsOf('e')).toEqual(['l10']);
    expect(labelsOf('f')).toEqual([]);
    expect(labelsOf('i')).toEqual(['l12']);
    expect(labelsOf('j')).toEqual(['l14']);
  });

  it('then a label added, renamed or removed after a lookup is seen at the next lookup', () => {
    const local = new JSDOM('<!doctype html><body><input id="x"><label id="first" for="x">X</label></body>').window
      .document;
    const x = local.getElementById('x')!;
    expect(ids(controlLabels(x))).toEqual(['first']);
    const added = local.createElement('label');
    added.id = 'added';
    added.htmlFor = 'x';
    local.body.prepend(added);
    expect(ids(controlLabels(x))).toEqual(['added', 'first']);
    local.getElementById('first')!.setAttribute('for', 'y');
    expect(ids(controlLabels(x))).toEqual(['added']);
    x.id = 'y';
    expect(ids(controlLabels(x))).toEqual(['first']);
    local.getElementById('first')!.remove();
    expect(ids(controlLabels(x))).toEqual([]);
  });
});
