import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/activity';
import { formatDateTime } from '../../domain/dates';
import { valueLabel } from '../../domain/labels';
import { useLang } from '../../lib/useLang';
import { DateWithPrecision } from '../../ui/DateWithPrecision';
import { useVocabulary } from '../../lib/useVocabulary';
import { useToday } from '../../lib/useToday';
import { OverdueBadge } from '../../ui/OverdueBadge';
import { formatNumber } from '../../ui/charts/captions';

/** Every field of an activity, in the chosen language, with the other language's text one click away. */
export function RecordDetails({ activity: a }: { activity: Activity }) {
  const { t } = useTranslation('records');
  const tc = useTranslation().t;
  const { lang, locale, pick } = useLang();
  const today = useToday();
  const vocab = useVocabulary();
  const other = lang === 'es' ? 'en' : 'es';
  const type = vocab.typesById.get(a.type);
  const codes = [type?.plover && `PLOVER ${type.plover}`, type?.cameo && `CAMEO ${type.cameo}`, type?.ownCode]
    .filter(Boolean)
    .join(' · ');
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : '—');
  return (
    <>
      <p className="lead">{pick(a.summary)}</p>
      <details className="other-lang">
        <summary>{t('otherLanguage')}</summary>
        <p lang={other}>
          <strong>{a.title[other]}</strong>
        </p>
        <p lang={other}>{a.summary[other]}</p>
      </details>
      <dl className="fields">
        <dt>{t('field.date')}</dt>
        <dd>
          <DateWithPrecision activity={a} />
          <span className="muted">
            {' '}
            · {t('field.precision')}: {tc(`precision.${a.datePrecision}`)}
          </span>
        </dd>
        <dt>{t('field.status')}</dt>
        <dd>
          <span className={`status status-${a.status}`}>{tc(`status.${a.status}`)}</span>
          <OverdueBadge activity={a} today={today} t={tc} locale={locale} detailed />
        </dd>
        <dt>{t('field.type')}</dt>
        <dd>
          {valueLabel('type', a.type, lang, vocab)}
          {codes && <span className="muted"> ({codes})</span>}
        </dd>
        <dt>{t('field.countries')}</dt>
        <dd>{list(a.countries.map((c) => `${valueLabel('country', c, lang, vocab)} (${c})`))}</dd>
        <dt>{t('field.themes')}</dt>
        <dd>{list(a.themes.map((x) => valueLabel('theme', x, lang, vocab)))}</dd>
        <dt>{t('field.organizations')}</dt>
        <dd>{list(a.organizations.map((x) => valueLabel('org', x, lang, vocab)))}</dd>
        <dt>{t('field.places')}</dt>
        <dd>
          {a.places.length === 0
            ? '—'
            : a.places.map((p) => (
                <div key={p.name}>
                  {p.name}, {valueLabel('country', p.country, lang, vocab)}{' '}
                  <span className="muted">
                    ({formatNumber(p.lat, locale)}, {formatNumber(p.lon, locale)})
                  </span>
                </div>
              ))}
        </dd>
        <dt>{t('field.actors')}</dt>
        <dd>
          {a.actors.length === 0
            ? '—'
            : a.actors.map((p) => (
                <div key={p.name}>
                  {p.name} — {pick(p.role)} ({valueLabel('country', p.country, lang, vocab)})
                </div>
              ))}
        </dd>
        <dt>{t('field.origin')}</dt>
        <dd>
          {a.origin.startsWith('feed:')
            ? tc('origin.feed', { address: a.origin.slice('feed:'.length) })
            : tc(`origin.${a.origin}`)}
        </dd>
        {/* When the content last changed, wherever that was: an import keeps it (its own time is in the history). */}
        {a.updatedAt && (
          <>
            <dt>{t('field.updatedAt')}</dt>
            <dd>
              <time dateTime={a.updatedAt}>{formatDateTime(a.updatedAt, locale)}</time>
            </dd>
          </>
        )}
        <dt>{t('field.id')}</dt>
        <dd>
          <code>{a.id}</code>
        </dd>
      </dl>
    </>
  );
}
