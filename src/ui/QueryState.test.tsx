import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import type { ReadProgress } from '../db/readPaged';
import { withReadProgress } from '../db/readProgress';
import { QueryState } from './QueryState';

/** A read the test drives by hand: it reports what the test tells it to and ends when the test says so. */
function manualRead() {
  let report: (p: ReadProgress) => void = () => {};
  let finish: () => void = () => {};
  const done = withReadProgress(
    (onProgress) =>
      new Promise<void>((resolve) => {
        report = onProgress;
        finish = resolve;
      }),
  );
  return { report: (p: ReadProgress) => act(() => report(p)), finish: () => act(async () => (finish(), done)) };
}

const pending = () => (
  <QueryState isPending error={null}>
    <p>the view</p>
  </QueryState>
);

afterEach(async () => {
  await i18n.changeLanguage('es');
});

describe('the loading message', () => {
  it('then a large read says how many records it has read, in the reader’s language and digit grouping', async () => {
    await i18n.changeLanguage('en');
    const read = manualRead();
    render(pending());
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading…$/);
    read.report({ read: 40_000, total: 100_019 });
    expect(screen.getByRole('status')).toHaveTextContent('Loading 40,000 of 100,019 records…');
    await act(() => i18n.changeLanguage('es'));
    expect(screen.getByRole('status')).toHaveTextContent('Cargando 40,000 de 100,019 registros…');
    await read.finish();
    expect(screen.getByRole('status')).toHaveTextContent(/^Cargando…$/);
  });

  it('then a small read (the 19 embedded records) shows no count', async () => {
    await i18n.changeLanguage('en');
    const read = manualRead();
    render(pending());
    read.report({ read: 0, total: 19 });
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading…$/);
    await read.finish();
  });

  it('then once the data is there the view shows, whatever a read reports', () => {
    const read = manualRead();
    render(
      <QueryState isPending={false} error={null}>
        <p>the view</p>
      </QueryState>,
    );
    read.report({ read: 5_000, total: 50_000 });
    expect(screen.getByText('the view')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    return read.finish();
  });
});
