import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/activity';
import type { Source } from '../../domain/source';
import { formatDay, formatRange } from '../../domain/dates';
import { useLang } from '../../lib/useLang';

/** Where each field comes from: the release and paragraph the record rests on, then every other cited page. */
export function RecordProvenance({ activity: a, sources }: { activity: Activity; sources: readonly Source[] }) {
  const { t } = useTranslation('records');
  const { locale, pick } = useLang();
  const source = sources.find((s) => s.id === a.source.id);
  const paragraph = source?.paragraphs.find((p) => p.number === a.source.paragraph);
  return (
    <section className="provenance" aria-labelledby="provenance-h">
      <h2 id="provenance-h">{t('provenance.title')}</h2>
      {source ? (
        <div className="source-card">
          <p>
            <strong>{source.citation}</strong> — {pick(source.issuer)}, {formatDay(source.date, locale)}
          </p>
          <p className="muted">{source.title}</p>
          <p>
            {t('provenance.paragraph', { n: a.source.paragraph })}
            {paragraph?.gist && <span> — {pick(paragraph.gist)}</span>}
          </p>
          {paragraph?.text && (
            // The release's own words, for a release the analyst pasted (kept only in their browser).
            <figure className="source-text">
              <blockquote lang={source.language}>{paragraph.text}</blockquote>
              <figcaption className="muted">{t('provenance.exactText')}</figcaption>
            </figure>
          )}
          {source.reportingPeriod && (
            <p className="muted">
              {t('provenance.period', {
                period: formatRange(source.reportingPeriod.from, source.reportingPeriod.to, locale),
              })}{' '}
              {pick(source.reportingPeriod.basis)}
            </p>
          )}
          <p>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {t('provenance.readRelease')}
            </a>{' '}
            {source.urlNote && <span className="muted">({pick(source.urlNote)})</span>}
          </p>
        </div>
      ) : (
        <p>{t('provenance.unknownSource', { id: a.source.id, n: a.source.paragraph })}</p>
      )}
      <h3>{t('provenance.additional')}</h3>
      {a.additionalSources.length === 0 ? (
        // Only the embedded data set's curators searched for other sources; an import, a feed or an analyst's own
        // record says nothing about whether anyone looked.
        <p className="muted">{t(a.origin === 'embedded' ? 'provenance.none' : 'provenance.noneRecorded')}</p>
      ) : (
        <ul className="additional-sources">
          {a.additionalSources.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.publisher}
              </a>
              , {formatDay(s.date, locale)} — {pick(s.supports)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
