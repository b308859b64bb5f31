import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n';
import { importWhenOnline, OfflineError, whenReachable } from '../lib/importWhenOnline';
import { ChunkError } from './ChunkError';

let online = true;
beforeEach(async () => {
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  await i18n.changeLanguage('en');
});
afterEach(() => vi.restoreAllMocks());

const goOnline = () =>
  act(() => {
    online = true;
    window.dispatchEvent(new Event('online'));
  });

describe('whenReachable', () => {
  it('tries the probe until it answers, then resolves', async () => {
    let calls = 0;
    const probe = () => (++calls < 3 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve());
    await whenReachable(probe, 10, 1);
    expect(calls).toBe(3);
  });

  it('gives up waiting after its tries (the import then says what is wrong)', async () => {
    const probe = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    await whenReachable(probe, 4, 1);
    expect(probe).toHaveBeenCalledTimes(4);
  });
});

describe('importWhenOnline', () => {
  it('does not ask for the code while the browser is offline, and asks once it is online', async () => {
    const load = vi.fn(() => Promise.resolve('module'));
    online = false;
    await expect(importWhenOnline(load)).rejects.toBeInstanceOf(OfflineError);
    expect(load).not.toHaveBeenCalled();
    online = true;
    await expect(importWhenOnline(load)).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('ChunkError', () => {
  it('offline: says so, "Try again" keeps the panel, and coming back online tries by itself', async () => {
    online = false;
    const retry = vi.fn<() => Promise<void>>(() => Promise.reject(new OfflineError()));
    const reload = vi.fn();
    render(<ChunkError retry={retry} reload={reload} reachable={() => Promise.resolve()} />);
    expect(screen.getByRole('alert')).toHaveTextContent('You are offline');
    expect(retry).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled());
    expect(retry).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();

    retry.mockImplementation(() => Promise.resolve());
    goOnline();
    await waitFor(() => expect(retry).toHaveBeenCalledTimes(2));
    expect(screen.getByRole('alert')).not.toHaveTextContent('You are offline');
    expect(reload).not.toHaveBeenCalled();
  });

  it('back online, tries only once the server answers: an import made before would fail for good', async () => {
    online = false;
    const retry = vi.fn<() => Promise<void>>(() => Promise.resolve());
    let answer: () => void = () => {};
    const reachable = () => new Promise<void>((resolve) => (answer = resolve));
    render(<ChunkError retry={retry} reload={vi.fn()} reachable={reachable} />);
    goOnline();
    await new Promise((r) => setTimeout(r, 50));
    expect(retry).not.toHaveBeenCalled();
    act(() => answer());
    await waitFor(() => expect(retry).toHaveBeenCalledTimes(1));
  });

  it('online: tries at once; when "Try again" still fails, the tab reloads', async () => {
    const retry = vi.fn<() => Promise<void>>(() =>
      Promise.reject(new Error('Failed to fetch dynamically imported module')),
    );
    const reload = vi.fn();
    render(<ChunkError retry={retry} reload={reload} newBuild={() => Promise.resolve(false)} />);
    await waitFor(() => expect(retry).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled());
    expect(reload).not.toHaveBeenCalled(); // the attempt on its own never reloads (no loop)
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });

  it('online: when the attempt at once fails, it asks whether a new build replaced this one (which reloads)', async () => {
    const retry = vi.fn<() => Promise<void>>(() => Promise.reject(new Error('Failed to fetch')));
    const newBuild = vi.fn(() => Promise.resolve(true));
    render(<ChunkError retry={retry} reload={vi.fn()} newBuild={newBuild} />);
    await waitFor(() => expect(newBuild).toHaveBeenCalledTimes(1));
  });

  it('offline, or when the attempt succeeds, it never asks about a new build', async () => {
    const newBuild = vi.fn(() => Promise.resolve(true));
    render(<ChunkError retry={() => Promise.resolve()} reload={vi.fn()} newBuild={newBuild} />);
    online = false;
    render(<ChunkError retry={() => Promise.reject(new Error('x'))} reload={vi.fn()} newBuild={newBuild} />);
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(newBuild).not.toHaveBeenCalled();
  });
});
