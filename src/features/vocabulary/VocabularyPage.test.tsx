import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';
import { taxonomy } from '../../domain/taxonomyData';

type User = ReturnType<typeof userEvent.setup>;

async function addOrganisation(user: User, id: string, names = ['Parlamento Andino', 'Andean Parliament']) {
  const form = await screen.findByRole('form', { name: 'Add an entry' });
  await user.type(within(form).getByRole('textbox', { name: 'Id' }), id);
  await user.type(within(form).getByRole('textbox', { name: 'Name in Spanish' }), names[0]!);
  await user.type(within(form).getByRole('textbox', { name: 'Name in English' }), names[1]!);
  await user.type(within(form).getByRole('textbox', { name: 'Acronym in Spanish' }), 'PA');
  await user.type(within(form).getByRole('textbox', { name: 'Acronym in English' }), 'AP');
  await user.click(within(form).getByRole('button', { name: 'Add to the vocabulary' }));
  return form;
}

describe('when the analyst adds an organisation with its Spanish and English names and acronyms', () => {
  it('then it is listed, offered in the filter bar and in the editor', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/vocabulary?lang=en');
    await addOrganisation(user, 'andean-parliament');
    expect(await screen.findByRole('status')).toHaveTextContent('Organisation ANDEAN-PARLIAMENT added.');
    const list = screen.getByRole('region', { name: 'Organisations' });
    expect(within(list).getByRole('row', { name: /ANDEAN-PARLIAMENT/ })).toHaveTextContent('PA — Parlamento Andino');
    expect(within(list).getByText(`${taxonomy.organizations.length} embedded, 1 added by you.`)).toBeInTheDocument();

    const filters = screen.getByRole('region', { name: 'Filters' });
    await user.click(within(filters).getByText('Organisation', { selector: 'summary' }));
    const orgs = within(filters).getByRole('group', { name: 'Organisation' });
    await user.click(within(orgs).getByRole('checkbox', { name: /^AP\b/ }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('org')).toBe('ANDEAN-PARLIAMENT'));

    await router.navigate('/records/new?lang=en');
    const orgBoxes = await screen.findByRole('group', { name: 'Organisations' });
    expect(within(orgBoxes).getByRole('checkbox', { name: 'AP — Andean Parliament' })).not.toBeChecked();
  });
});

describe('when the analyst adds an entry that cannot be', () => {
  it('then a duplicate id is refused with a message naming it', async () => {
    const user = userEvent.setup();
    await renderApp('/vocabulary?lang=en');
    await addOrganisation(user, 'CAN', ['Comunidad Andina', 'Andean Community']);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Id: “CAN” is already in the vocabulary; choose another id.',
    );
    expect(screen.getByRole('textbox', { name: 'Id' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('then a malformed id and a missing label are refused, each named, in Spanish too', async () => {
    const user = userEvent.setup();
    await renderApp('/vocabulary?lang=es');
    const form = await screen.findByRole('form', { name: 'Agregar una entrada' });
    await user.click(within(form).getByRole('radio', { name: 'Tema' }));
    await user.type(within(form).getByRole('textbox', { name: 'Identificador' }), 'Cambio Climático');
    await user.type(within(form).getByRole('textbox', { name: 'Etiqueta en inglés' }), 'Climate change');
    await user.click(within(form).getByRole('button', { name: 'Agregar al vocabulario' }));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Identificador: «Cambio Climático» no es un identificador válido; escríbalo como climate-change.',
      'Etiqueta en español: obligatorio.',
    ]);
  });

  it('then an activity type takes a PLOVER category and a CAMEO code', async () => {
    const user = userEvent.setup();
    await renderApp('/vocabulary?lang=en');
    const form = await screen.findByRole('form', { name: 'Add an entry' });
    await user.click(within(form).getByRole('radio', { name: 'Activity type' }));
    await user.type(within(form).getByRole('textbox', { name: 'Id' }), 'summit-meeting');
    await user.type(within(form).getByRole('textbox', { name: 'Label in Spanish' }), 'Cumbre');
    await user.type(within(form).getByRole('textbox', { name: 'Label in English' }), 'Summit');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'PLOVER category' }), 'CONSULT');
    await user.type(within(form).getByRole('textbox', { name: 'CAMEO code (optional)' }), '043');
    await user.click(within(form).getByRole('button', { name: 'Add to the vocabulary' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Activity type summit-meeting added.');
    const types = screen.getByRole('region', { name: 'Activity types' });
    expect(within(types).getByRole('row', { name: /summit-meeting/ })).toHaveTextContent('Cumbre');
  });
});
