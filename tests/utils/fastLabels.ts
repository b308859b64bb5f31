/**
 * jsdom finds a form control's labels by walking the whole document once per label (`HTMLLabelElement.control`
 * walks it again for every `for` attribute): O(n²) per control. Testing Library's label and role queries ask every
 * control for its labels, so one `getByLabelText` on the editor form (600 elements) took about 4 s and the editor's
 * tests 10–20 s each. These getters give the same answer by the HTML rules through selector queries, which jsdom
 * answers quickly; `fastLabels.test.ts` checks them against jsdom's own on forms built to cover each rule.
 */
const LABELABLE = 'button, input:not([type="hidden" i]), meter, output, progress, select, textarea';

function isLabelable(el: Element): boolean {
  return el.matches(LABELABLE);
}

function byId(root: Node, id: string): Element | null {
  if ('getElementById' in root && typeof root.getElementById === 'function') {
    return (root as Document).getElementById(id);
  }
  return (root as Element).querySelector(`[id="${CSS.escape(id)}"]`);
}

/** The HTML "labeled control": the element named by `for` (if labelable), else the first labelable descendant. */
export function labelControl(label: HTMLLabelElement): HTMLElement | null {
  if (label.hasAttribute('for')) {
    const id = label.getAttribute('for') ?? '';
    if (id === '') return null;
    const target = byId(label.getRootNode(), id);
    return target && isLabelable(target) ? (target as HTMLElement) : null;
  }
  return label.querySelector<HTMLElement>(LABELABLE);
}

// jsdom counts every change to a tree (nodes and attributes) in its node's `_version`, kept on the object behind
// the DOM wrapper. The labels of a document are indexed once per version; where that counter cannot be read (another
// jsdom), they are indexed on every call: slower, never stale.
interface LabelIndex {
  version: number;
  byFor: Map<string, HTMLLabelElement[]>;
}
const indexes = new WeakMap<Document, LabelIndex>();

function treeVersion(doc: Document): number | undefined {
  const impl = Object.getOwnPropertySymbols(doc).find((sym) => sym.description === 'impl');
  const version = impl ? (doc as unknown as Record<symbol, { _version?: unknown }>)[impl]?._version : undefined;
  return typeof version === 'number' ? version : undefined;
}

function labelsFor(root: Node, id: string): HTMLLabelElement[] {
  if (root.nodeType !== Node.DOCUMENT_NODE) {
    // A detached tree or a shadow root: rare in tests, read each time.
    return Array.from((root as ParentNode).querySelectorAll('label')).filter((l) => l.getAttribute('for') === id);
  }
  const doc = root as Document;
  const version = treeVersion(doc);
  let index = indexes.get(doc);
  if (!index || version === undefined || index.version !== version) {
    const byFor = new Map<string, HTMLLabelElement[]>();
    for (const label of doc.querySelectorAll<HTMLLabelElement>('label[for]')) {
      const key = label.getAttribute('for') ?? '';
      const list = byFor.get(key);
      if (list) list.push(label);
      else byFor.set(key, [label]);
    }
    index = { version: version ?? -1, byFor };
    indexes.set(doc, index);
  }
  return index.byFor.get(id) ?? [];
}

/** Every label in the control's tree whose labeled control is this element, in tree order. */
export function controlLabels(control: HTMLElement): HTMLLabelElement[] | null {
  if (!isLabelable(control)) return null;
  // Candidates: labels naming the control's id, and labels without `for` around it.
  const candidates = control.id === '' ? [] : [...labelsFor(control.getRootNode(), control.id)];
  for (let el = control.parentElement; el; el = el.parentElement) {
    if (el.localName === 'label' && !el.hasAttribute('for')) candidates.push(el as HTMLLabelElement);
  }
  return candidates
    .filter((label) => labelControl(label) === control)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** Installs the getters on jsdom's prototypes (the test set-up calls it once per file). */
export function installFastLabels(win: Window & typeof globalThis): void {
  Object.defineProperty(win.HTMLLabelElement.prototype, 'control', {
    configurable: true,
    get(this: HTMLLabelElement) {
      return labelControl(this);
    },
  });
  for (const ctor of [
    win.HTMLInputElement,
    win.HTMLButtonElement,
    win.HTMLMeterElement,
    win.HTMLOutputElement,
    win.HTMLProgressElement,
    win.HTMLSelectElement,
    win.HTMLTextAreaElement,
  ]) {
    Object.defineProperty(ctor.prototype, 'labels', {
      configurable: true,
      get(this: HTMLElement) {
        return controlLabels(this);
      },
    });
  }
}
