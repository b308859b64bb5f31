import { useTranslation } from 'react-i18next';
import type { Draft } from './draft';
import { Field } from './Field';

type TextKey = 'titleEs' | 'titleEn' | 'summaryEs' | 'summaryEn';
const PATHS: Record<TextKey, string> = {
  titleEs: 'title.es',
  titleEn: 'title.en',
  summaryEs: 'summary.es',
  summaryEn: 'summary.en',
};

/** Both languages side by side: a record is not complete until it reads in Spanish and in English. */
export function TextFields({
  draft: d,
  set,
  invalid,
}: {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  invalid: (path: string) => boolean;
}) {
  const { t } = useTranslation('editor');
  const input = (k: TextKey, lang: 'es' | 'en', multi: boolean) => (
    <Field label={t(`form.${k}`)} invalid={invalid(PATHS[k])}>
      {(p) =>
        multi ? (
          <textarea {...p} lang={lang} rows={4} value={d[k]} onChange={(e) => set({ [k]: e.target.value })} />
        ) : (
          <input {...p} lang={lang} type="text" value={d[k]} onChange={(e) => set({ [k]: e.target.value })} />
        )
      }
    </Field>
  );
  return (
    <fieldset className="form-section">
      <legend>{t('form.texts')}</legend>
      <div className="form-columns">
        <div>
          {input('titleEs', 'es', false)}
          {input('summaryEs', 'es', true)}
        </div>
        <div>
          {input('titleEn', 'en', false)}
          {input('summaryEn', 'en', true)}
        </div>
      </div>
    </fieldset>
  );
}
