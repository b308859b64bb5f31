import { Link, isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Shown instead of a blank screen when a route fails to load or render. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  // Revalidating resets the route's error boundary: the page renders again, and any code it failed to download
  // (a lazily loaded part) is asked for afresh.
  const revalidator = useRevalidator();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <main className="page" id="main">
      <div role="alert" className="error-panel">
        <h1>{t('error.title')}</h1>
        <p>{t('error.body')}</p>
        <pre className="error-detail">{detail}</pre>
        <p>
          <button type="button" className="button" onClick={() => void revalidator.revalidate()}>
            {t('ui:chunk.retry')}
          </button>{' '}
          <Link to="/">{t('error.home')}</Link>
        </p>
      </div>
    </main>
  );
}
