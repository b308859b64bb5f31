import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';

describe('when a Spanish reader opens /import', () => {
  it('then the file chooser is a button in Spanish that opens the file input, by pointer or keyboard', async () => {
    await renderApp('/import?lang=es');
    const input = await screen.findByLabelText('Archivo a importar', {}, { timeout: 15_000 });
    await waitFor(() => expect(input).toBeEnabled());
    // The backup panel below has a drop zone of its own: look inside this input's zone.
    const zone = within(input.parentElement as HTMLElement);
    const button = zone.getByRole('button', { name: 'Elegir archivo' });
    expect(button).toHaveAccessibleDescription('Archivo a importar');
    expect(zone.getByText('Ningún archivo elegido')).toBeInTheDocument();
    // The native input is out of the tab order: the button is the one stop, and opens it.
    expect(input).toHaveAttribute('tabindex', '-1');
    const opened = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await user.click(button);
    button.focus();
    await user.keyboard('{Enter}');
    expect(opened).toHaveBeenCalledTimes(2);
  });

  it('then the chosen file is named next to the button', async () => {
    await renderApp('/import?lang=es');
    const input = await screen.findByLabelText('Archivo a importar', {}, { timeout: 15_000 });
    await waitFor(() => expect(input).toBeEnabled());
    await userEvent.upload(input, new File(['{}'], 'mis-registros.json', { type: 'application/json' }));
    const zone = within(input.parentElement as HTMLElement);
    expect(await zone.findByText('mis-registros.json')).toBeInTheDocument();
    expect(zone.queryByText('Ningún archivo elegido')).not.toBeInTheDocument();
  });
});
