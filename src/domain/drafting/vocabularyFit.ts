import type { Localized } from '../activity';
import type { DraftVocabulary, ProposedEntry } from './api';
import type { Draft } from './draftsFile';
import resources from './resources/newVocabulary.json';

/**
 * The last step before a draft leaves the engine: every theme and type id it carries is either in the vocabulary
 * the engine was given (embedded taxonomy + the analyst's entries) or offered to the analyst as a NEW entry, with
 * its labels, through the same one-click path as an unknown body. An id the engine knows nothing about (a resource
 * out of step with the taxonomy) falls back to its nearest vocabulary id, or is dropped, with a lower confidence:
 * the analyst never receives an id that neither the vocabulary nor the proposals explain.
 */
interface NewEntry {
  id: string;
  label: Localized;
  nearest: string;
}
const NEW: Record<'themes' | 'types', Map<string, NewEntry>> = {
  themes: new Map(resources.themes.map((e) => [e.id, e])),
  types: new Map(resources.types.map((e) => [e.id, e])),
};
/** Confidence of a field whose value had to be moved to a neighbouring id or is a proposed new entry. */
const MOVED = 0.35;
const PROPOSED = 0.45;
const FALLBACK_TYPE = 'bilateral-meeting';

export interface FittedDrafts {
  drafts: Draft[];
  themes: ProposedEntry[];
  types: ProposedEntry[];
}

export function fitVocabulary(drafts: Draft[], vocabulary: DraftVocabulary): FittedDrafts {
  const known = {
    themes: new Set(vocabulary.themes.map((t) => t.id)),
    types: new Set(vocabulary.types.map((t) => t.id)),
  };
  const proposed = { themes: new Map<string, ProposedEntry>(), types: new Map<string, ProposedEntry>() };

  /** The id to keep for `id` (itself, its nearest known id, or nothing) and whether it is a proposal. */
  const fit = (kind: 'themes' | 'types', id: string): { id?: string; proposal?: NewEntry } => {
    if (known[kind].has(id)) return { id };
    const entry = NEW[kind].get(id);
    if (entry) return { id, proposal: entry };
    return {};
  };
  const propose = (kind: 'themes' | 'types', e: NewEntry, evidence: Draft['evidence']['type'], draftId: string) => {
    const p = proposed[kind].get(e.id) ?? { id: e.id, label: e.label, nearest: e.nearest, drafts: [], evidence: [] };
    if (!p.drafts.includes(draftId)) p.drafts.push(draftId);
    p.evidence.push(...(evidence ?? []));
    proposed[kind].set(e.id, p);
  };

  const out = drafts.map((d) => {
    const confidence = { ...d.confidence };
    let type = d.type;
    const t = fit('types', d.type);
    if (t.proposal) {
      propose('types', t.proposal, d.evidence.type, d.id);
      confidence.type = Math.min(confidence.type ?? 1, PROPOSED);
    } else if (!t.id) {
      // Unknown to both (a resource out of step with the vocabulary): the engine's generic reading of an
      // encounter, which every vocabulary built on the taxonomy holds, with a confidence that asks for review.
      type = known.types.has(FALLBACK_TYPE) ? FALLBACK_TYPE : (vocabulary.types[0]?.id ?? d.type);
      confidence.type = Math.min(confidence.type ?? 1, MOVED);
    }
    const themes: string[] = [];
    for (const id of d.themes) {
      const h = fit('themes', id);
      if (h.proposal) {
        propose('themes', h.proposal, d.evidence.themes, d.id);
        confidence.themes = Math.min(confidence.themes ?? 1, PROPOSED);
      }
      if (h.id && !themes.includes(h.id)) themes.push(h.id);
      if (!h.id) confidence.themes = Math.min(confidence.themes ?? 1, MOVED);
    }
    return { ...d, type, themes, confidence };
  });
  return { drafts: out, themes: [...proposed.themes.values()], types: [...proposed.types.values()] };
}
