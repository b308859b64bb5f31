import type { TFunction } from 'i18next';
import type { Activity } from '../../domain/activity';
import type { RecordField } from '../../domain/formats/diff';

/** One field's value in a line of text, for the conflict view: lists by their names, the source by its paragraph. */
export function describeValue(field: RecordField, value: unknown, t: TFunction<'editor'>): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    return t('conflict.empty');
  if (field === 'places') return (value as Activity['places']).map((p) => `${p.name} (${p.country})`).join('; ');
  if (field === 'actors') return (value as Activity['actors']).map((a) => `${a.name} (${a.country})`).join('; ');
  if (field === 'additionalSources') return (value as Activity['additionalSources']).map((s) => s.url).join('; ');
  if (field === 'source') {
    const s = value as Activity['source'];
    return `${s.id} ¶${s.paragraph}`;
  }
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}
