import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityFile } from '../../domain/activity';
import { allChosen, conflictRows, initialChoices, mergeRecords, type Choices, type Side } from './conflict';
import { fieldLabel } from './fieldLabel';
import { describeValue } from './describeValue';
import { ScrollRegion } from '../../ui/ScrollRegion';

interface Props {
  /** The record as this form was opened. */
  base: ActivityFile;
  /** What this form would save. */
  mine: ActivityFile;
  /** What is stored now; null when the record was deleted elsewhere. */
  theirs: ActivityFile | null;
  pending: boolean;
  /** Saves a record over the stored one (the merge, or mine as it is). */
  onSave: (record: ActivityFile) => void;
  /** Drops this form's changes and reloads the form from the stored record. */
  onDiscard: () => void;
}

/**
 * Shown instead of saving when the record changed elsewhere since the form was opened: the fields that now differ,
 * theirs beside mine, with a choice per field. Nothing is written until the analyst picks an action.
 */
export function ConflictView({ base, mine, theirs, pending, onSave, onDiscard }: Props) {
  const { t } = useTranslation('editor');
  const rows = theirs ? conflictRows(base, mine, theirs) : [];
  const [choices, setChoices] = useState<Choices>(() => initialChoices(rows));
  const choose = (field: string, side: Side) => setChoices((c) => ({ ...c, [field]: side }));
  const ready = allChosen(rows, choices);

  if (!theirs)
    return (
      <section className="conflict" role="alert" aria-labelledby="conflict-heading">
        <h2 id="conflict-heading">{t('conflict.deletedHeading')}</h2>
        <p>{t('conflict.deletedIntro')}</p>
        <p className="form-actions">
          <button type="button" className="button" disabled={pending} onClick={() => onSave(mine)}>
            {t('conflict.saveAgain')}
          </button>
          <button type="button" className="button-secondary" disabled={pending} onClick={onDiscard}>
            {t('conflict.discardDeleted')}
          </button>
        </p>
      </section>
    );

  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{t('conflict.heading')}</h2>
      <p>{t('conflict.intro', { count: rows.length })}</p>
      <ScrollRegion className="table-wrap" label={t('conflict.caption')}>
        <table className="conflict-table">
          <caption className="visually-hidden">{t('conflict.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
              <th scope="col">{t('conflict.mine')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const label = fieldLabel(r.field, t);
              const name = `conflict-${r.field}`;
              return (
                <tr key={r.field}>
                  <th scope="row">
                    {label}
                    {r.suggested === null && <span className="conflict-both">{t('conflict.both')}</span>}
                  </th>
                  {(['theirs', 'mine'] as const).map((side) => (
                    <td key={side}>
                      <span className="conflict-side">{t(`conflict.${side}`)}</span>
                      <label className="conflict-choice">
                        <input
                          type="radio"
                          name={name}
                          checked={choices[r.field] === side}
                          onChange={() => choose(r.field, side)}
                          aria-label={t(side === 'theirs' ? 'conflict.keepTheirsFor' : 'conflict.keepMineFor', {
                            field: label,
                          })}
                        />{' '}
                        <span>{describeValue(r.field, side === 'theirs' ? r.theirs : r.mine, t)}</span>
                      </label>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {!ready && <p className="muted">{t('conflict.chooseAll')}</p>}
      <p className="form-actions">
        <button
          type="button"
          className="button"
          disabled={pending || !ready}
          onClick={() => onSave(mergeRecords(mine, theirs, choices))}
        >
          {t('conflict.saveMerge')}
        </button>
        <button type="button" className="button-secondary" disabled={pending} onClick={onDiscard}>
          {t('conflict.keepTheirs')}
        </button>
        <button type="button" className="button-secondary" disabled={pending} onClick={() => onSave(mine)}>
          {t('conflict.keepMine')}
        </button>
      </p>
    </section>
  );
}
