import { useEffect, useRef, type RefObject } from 'react';

/**
 * While `active`, calls `close` on Escape (then focus goes back to `returnFocus`, the control that opened the
 * popup), on a pointer going down outside `ref`'s element, or on focus moving to an element outside it. Focus
 * moving to nothing (a click on a panel's padding) is left to the pointer check: that click was inside.
 */
export function useDismiss(
  ref: RefObject<HTMLElement | null>,
  active: boolean,
  close: () => void,
  returnFocus?: RefObject<HTMLElement | null>,
) {
  // The latest `close` without resubscribing on every render (callers pass a fresh arrow each time).
  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  });
  useEffect(() => {
    if (!active) return;
    const outside = (target: EventTarget | null) =>
      target instanceof Node && ref.current !== null && !ref.current.contains(target);
    const onPointer = (e: PointerEvent) => outside(e.target) && closeRef.current();
    const onFocus = (e: FocusEvent) => outside(e.target) && closeRef.current();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      closeRef.current();
      returnFocus?.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('keydown', onKey);
    };
  }, [ref, active, returnFocus]);
}
