import { useEffect, useRef, useState } from 'react';
import './download-menu.css';

/** One thing the menu can download. */
export type DownloadChoice<K extends string> = {
  key: K;
  words: string;
  /** A fuller accessible name where the words lean on the menu's heading. */
  label?: string;
};

/**
 * The views' "Download ▾" menu: a disclosure (details/summary) of buttons, so it needs no
 * script to open and is announced as expanded or collapsed. It closes on a choice, on Escape
 * (focus back on "Download") and on a press anywhere outside it, as a menu is expected to.
 */
export function DownloadMenu<K extends string>(props: {
  /** The group's accessible name. */
  groupLabel: string;
  choices: readonly DownloadChoice<K>[];
  onChoose: (key: K) => void;
  disabled?: boolean;
  /** Which edge of "Download" the list hangs from: start in a left toolbar, end at the right. */
  align?: 'start' | 'end';
}) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      const menu = ref.current;
      if (event.key !== 'Escape' || !menu?.contains(document.activeElement)) return;
      // Caught before the page's handlers, so a view's own Escape (clearing the selection)
      // does not also run.
      event.stopPropagation();
      setOpen(false);
      menu.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape, true);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape, true);
    };
  }, [open]);

  return (
    <details
      ref={ref}
      className={`download-menu download-menu-${props.align ?? 'start'}`}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="button">Download</summary>
      <div className="download-menu-list" role="group" aria-label={props.groupLabel}>
        {props.choices.map((choice) => (
          <button
            key={choice.key}
            type="button"
            className="button"
            disabled={props.disabled}
            aria-label={choice.label}
            onClick={() => {
              setOpen(false);
              props.onChoose(choice.key);
            }}
          >
            {choice.words}
          </button>
        ))}
      </div>
    </details>
  );
}
