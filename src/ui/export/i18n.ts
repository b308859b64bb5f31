import { i18n } from '../../i18n';
import en from './locales/en.json';
import es from './locales/es.json';

/**
 * The export strings form their own namespace, registered here because src/i18n only collects feature folders and
 * src/ui/locales; importing this module (every export component does) is enough to make them available.
 */
export const EXPORT_NS = 'export';
if (!i18n.hasResourceBundle('en', EXPORT_NS)) {
  i18n.addResourceBundle('en', EXPORT_NS, en);
  i18n.addResourceBundle('es', EXPORT_NS, es);
}
export { i18n };
