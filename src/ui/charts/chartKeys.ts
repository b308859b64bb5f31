import type { KeyboardEvent } from 'react';

/** Enter and Space activate an SVG element with role="button", as they do a <button>. */
export function activateOnKey(action: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      action();
    }
  };
}

export const INK = '#1b2430';
export const MUTED = '#5b6675';
export const GRID = '#d9dee5';
