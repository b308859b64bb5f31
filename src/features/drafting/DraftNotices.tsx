import { useTranslation } from 'react-i18next';
import type { Drafted } from './useDrafting';

/** What the engine noticed about the text: no activity (an alert: nothing to review), markup, the dateline. */
export function DraftNotices({ result }: { result: Drafted }) {
  const { t } = useTranslation('drafting');
  const none = result.file.drafts.length === 0;
  return (
    <>
      {none && (
        <p role="alert" className="drafting-alert">
          {t('notice.no-activity')}
        </p>
      )}
      {result.notices.map((n, i) => {
        switch (n.code) {
          case 'markup-as-text':
            return (
              <p key={i} className="notice">
                {t('notice.markup')}
              </p>
            );
          case 'release-date-from-dateline':
            return (
              <p key={i} className="notice">
                {t('notice.fromDateline', { date: n.date })}
              </p>
            );
          case 'release-date-differs-from-dateline':
            return (
              <p key={i} className="notice">
                {t('notice.differs', { date: n.dateline })}
              </p>
            );
          case 'url-ignored':
            return (
              <p key={i} className="notice">
                {t('notice.urlIgnored', { value: n.value })}
              </p>
            );
          default:
            return null;
        }
      })}
    </>
  );
}
