import { useTranslation } from 'react-i18next';
import { LIST_PARAMS, type Filters } from '../../domain/filters';
import { localeOf, valueLabel } from '../../domain/labels';
import { formatDay } from '../../domain/dates';
import type { Lang } from '../../i18n/lang';
import { useVocabulary } from '../../lib/useVocabulary';

interface Props {
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
  lang: Lang;
}

/** One chip per active value; each removes just that value. */
export function FilterChips({ filters, onChange, lang }: Props) {
  const { t } = useTranslation('filters');
  const vocab = useVocabulary();
  const chips: { key: string; text: string; remove: () => void }[] = [];
  for (const p of LIST_PARAMS) {
    for (const v of filters[p]) {
      chips.push({
        key: `${p}-${v}`,
        text: `${t(`param.${p}`)}: ${valueLabel(p, v, lang, vocab)}`,
        remove: () => onChange({ [p]: filters[p].filter((x) => x !== v) }),
      });
    }
  }
  if (filters.from)
    chips.push({
      key: 'from',
      text: `${t('from')}: ${formatDay(filters.from, localeOf(lang))}`,
      remove: () => onChange({ from: null }),
    });
  if (filters.to)
    chips.push({
      key: 'to',
      text: `${t('to')}: ${formatDay(filters.to, localeOf(lang))}`,
      remove: () => onChange({ to: null }),
    });
  if (filters.q) chips.push({ key: 'q', text: `${t('q')}: “${filters.q}”`, remove: () => onChange({ q: '' }) });
  if (chips.length === 0) return null;
  return (
    <ul className="chips" aria-label={t('active')}>
      {chips.map((c) => (
        <li key={c.key} className="chip">
          <span>{c.text}</span>
          <button type="button" onClick={c.remove} aria-label={t('remove', { what: c.text })}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
