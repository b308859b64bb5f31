import { useTranslation } from 'react-i18next';
import { DATE_PRECISIONS, STATUSES } from '../../domain/activity';
import type { Draft } from './draft';
import { Field } from './Field';
import { useOptions } from './useOptions';
import { DateField } from '../../ui/DateField';

interface Props {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  idLocked: boolean;
  onIdTyped: () => void;
  invalid: (path: string) => boolean;
  sourceIds: readonly string[];
}

export function BasicsFields({ draft: d, set, idLocked, onIdTyped, invalid, sourceIds }: Props) {
  const { t } = useTranslation('editor');
  const { types } = useOptions();
  return (
    <fieldset className="form-section">
      <legend>{t('form.basics')}</legend>
      <Field label={t('form.id')} hint={t('form.idHint')} invalid={invalid('id')}>
        {(p) => (
          <input
            {...p}
            type="text"
            value={d.id}
            readOnly={idLocked}
            onChange={(e) => {
              onIdTyped();
              set({ id: e.target.value });
            }}
          />
        )}
      </Field>
      <div className="form-row">
        <Field label={t('form.datePrecision')} invalid={invalid('datePrecision')}>
          {(p) => (
            <select
              {...p}
              value={d.datePrecision}
              onChange={(e) => set({ datePrecision: e.target.value as Draft['datePrecision'] })}
            >
              {DATE_PRECISIONS.map((x) => (
                <option key={x} value={x}>
                  {t(`precision.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('form.date')} invalid={invalid('date')}>
          {(p) => <DateField {...p} value={d.date} onChange={(date) => set({ date })} />}
        </Field>
        {(d.datePrecision === 'range' || d.endDate !== '') && (
          <Field label={t('form.endDate')} invalid={invalid('endDate')}>
            {(p) => <DateField {...p} value={d.endDate} onChange={(endDate) => set({ endDate })} />}
          </Field>
        )}
        <Field label={t('form.status')} invalid={invalid('status')}>
          {(p) => (
            <select {...p} value={d.status} onChange={(e) => set({ status: e.target.value as Draft['status'] })}>
              {STATUSES.map((x) => (
                <option key={x} value={x}>
                  {t(`status.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('form.type')} invalid={invalid('type')}>
        {(p) => (
          <select {...p} value={d.type} onChange={(e) => set({ type: e.target.value })}>
            <option value="">{t('form.chooseType')}</option>
            {types.map((x) => (
              <option key={x.value} value={x.value}>
                {x.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-row">
        <Field label={t('form.sourceId')} invalid={invalid('source.id')}>
          {(p) => (
            <>
              <input
                {...p}
                type="text"
                list={`${p.id}-list`}
                value={d.sourceId}
                onChange={(e) => set({ sourceId: e.target.value })}
              />
              <datalist id={`${p.id}-list`}>
                {sourceIds.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('form.sourceParagraph')} invalid={invalid('source.paragraph')}>
          {(p) => (
            <input
              {...p}
              type="text"
              inputMode="numeric"
              value={d.sourceParagraph}
              onChange={(e) => set({ sourceParagraph: e.target.value })}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
