import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAddress } from '../../domain/feed/address';
import { useSubscribe } from '../../db/feedQueries';
import { WriteRefused } from '../../db/errors';

/** The address box and Subscribe: the address is checked here (https only) before anything is stored. */
export function SubscribeForm({ onSubscribed }: { onSubscribed: (address: string) => void }) {
  const { t } = useTranslation('feeds');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const subscribe = useSubscribe();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkAddress(value);
    if (!checked.ok) return setError(t(`addressError.${checked.code === 'address.scheme' ? 'scheme' : 'invalid'}`));
    setError(null);
    subscribe.mutate(checked.address, {
      onSuccess: () => {
        setValue('');
        onSubscribed(checked.address);
      },
      onError: (err) => setError(err instanceof WriteRefused ? t('addressError.exists') : String(err)),
    });
  };

  return (
    <form className="feed-subscribe" onSubmit={submit} noValidate>
      <label htmlFor="feed-address">{t('address')}</label>
      <input
        id="feed-address"
        type="url"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby="feed-address-hint"
        placeholder="https://"
      />
      <button type="submit" disabled={subscribe.isPending}>
        {t('subscribe')}
      </button>
      <p id="feed-address-hint" className="muted">
        {t('addressHint')}
      </p>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
