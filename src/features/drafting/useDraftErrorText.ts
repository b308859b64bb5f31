import { useTranslation } from 'react-i18next';
import type { DraftError } from '../../domain/drafting';

/** The engine's typed refusals in the page's language; the number formats follow the language too. */
export function useDraftErrorText(): (e: DraftError) => string {
  const { t, i18n } = useTranslation('drafting');
  const mb = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
  return (e) => {
    switch (e.code) {
      case 'too-large':
        return t('error.too-large', { size: mb(e.bytes), limit: mb(e.limit) });
      case 'unsupported-language':
        return t('error.unsupported-language', { language: t(`language.${e.detected}`) });
      case 'release-date-invalid':
        return t('error.release-date-invalid', { value: e.value });
      case 'internal':
        return t('error.internal', { message: e.message });
      default:
        return t(`error.${e.code}`);
    }
  };
}
