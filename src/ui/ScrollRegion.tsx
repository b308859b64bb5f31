import type { ReactNode, Ref } from 'react';

/**
 * A box that scrolls on its own (a wide table on a phone, a long text): a named region the keyboard can reach, so
 * its hidden part can be read without a pointer (axe: scrollable-region-focusable).
 */
export function ScrollRegion({
  label,
  className,
  children,
  ref,
}: {
  label: string;
  className: string;
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- reachable by keyboard, as above
    <div className={className} ref={ref} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
