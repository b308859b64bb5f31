import { useTranslation } from 'react-i18next';
import type { FeedFailure } from '../../domain/feed/failure';

/** One failure in the analyst's words, naming the chunk at fault and, for CORS, what the host must send. */
export function useFailureText(): (f: FeedFailure) => string {
  const { t } = useTranslation('feeds');
  return (f) => {
    switch (f.code) {
      case 'offline':
        return t('failure.offline');
      case 'unreachable':
        return t('failure.unreachable', { origin: window.location.origin });
      case 'http':
        return t('failure.http', { status: f.status, where: f.chunk ? ` (${f.chunk})` : '' });
      case 'manifest.notJson':
        return t('failure.manifest.notJson');
      case 'manifest.format':
        return t('failure.manifest.format', { value: f.value });
      case 'manifest.version':
        return t('failure.manifest.version', { value: f.value });
      case 'manifest.invalid':
        return t('failure.manifest.invalid', { field: f.field });
      case 'chunk.hash':
        return t('failure.chunk.hash', { chunk: f.chunk });
      case 'chunk.count':
        return t('failure.chunk.count', { chunk: f.chunk, expected: f.expected, found: f.found });
      case 'chunk.invalid':
        return t('failure.chunk.invalid', { chunk: f.chunk, detail: f.detail });
      case 'write':
        return t('failure.write', { detail: f.detail });
    }
  };
}
