import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import taxonomyJson from '../../../data/taxonomy.json';
import { renderApp } from '../../../tests/utils/renderApp';
import type { Taxonomy } from '../../domain/taxonomy';

const file = taxonomyJson as Taxonomy;

describe('when an analyst opens /vocabulary', () => {
  it('then every embedded theme, type and organisation is listed with its definition, in the page language', async () => {
    const user = userEvent.setup();
    await renderApp('/vocabulary?lang=en');
    const list = await screen.findByRole('region', { name: 'The embedded vocabulary' });
    const themes = within(list).getByText(`Themes (${file.themes.length})`);
    await user.click(themes);
    const first = file.themes[0]!;
    expect(within(list).getByText(first.definition!.en)).toBeVisible();
    expect(within(list).getByText(`Activity types (${file.activityTypes.length})`)).toBeInTheDocument();
    const oas = file.organizations.find((o) => o.id === 'OAS')!;
    await user.click(within(list).getByText(`Organisations (${file.organizations.length})`));
    expect(within(list).getByText(oas.definition!.en)).toBeVisible();
    expect(within(list).getByText(/^OAS — Organization of American States/)).toBeVisible();
  });

  it('then in Spanish the same entries read in Spanish, and a type shows its event code', async () => {
    const user = userEvent.setup();
    await renderApp('/vocabulary?lang=es');
    const list = await screen.findByRole('region', { name: 'El vocabulario incorporado' });
    await user.click(within(list).getByText(`Tipos de actividad (${file.activityTypes.length})`));
    const proposal = file.activityTypes.find((t) => t.id === 'proposal-multilateral')!;
    expect(within(list).getByText(proposal.definition!.es)).toBeVisible();
    expect(within(list).getByText(proposal.ownCode!)).toBeVisible();
  });
});
