import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import './export.css';

export interface MenuChoice<T extends string> {
  id: T;
  label: string;
}

interface MenuButtonProps<T extends string> {
  label: string;
  /** Longer accessible description of the button, e.g. which chart it exports. */
  description?: string;
  choices: readonly MenuChoice<T>[];
  onChoose: (id: T) => void;
  disabled?: boolean;
}

/**
 * The WAI-ARIA menu button pattern: Enter, Space or ↓ open the menu on its first item (↑ on the last), arrows and
 * Home/End move, Escape closes and returns focus to the button, Tab or a click elsewhere closes.
 */
export function MenuButton<T extends string>({ label, description, choices, onChoose, disabled }: MenuButtonProps<T>) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonId = useId();
  const menuId = useId();
  const descId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const openAt = (i: number) => {
    setActive(i);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const choose = (id: T) => {
    close(true);
    onChoose(id);
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') openAt(0);
    else if (e.key === 'ArrowUp') openAt(choices.length - 1);
    else return;
    e.preventDefault();
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const n = choices.length;
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1 + n, Home: 0, End: n - 1 };
    const next = moves[e.key];
    if (next !== undefined) {
      e.preventDefault();
      setActive(next % n);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="menu-button" ref={wrapRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="button-secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-describedby={description ? descId : undefined}
        disabled={disabled}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {description && (
        <span id={descId} hidden>
          {description}
        </span>
      )}
      {open && (
        <div className="menu" role="menu" id={menuId} aria-labelledby={buttonId} onKeyDown={onMenuKey} tabIndex={-1}>
          {choices.map((c, i) => (
            <button
              key={c.id}
              ref={(node) => {
                itemRefs.current[i] = node;
              }}
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              onClick={() => choose(c.id)}
            >
              {c.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
