import { useCallback, useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import './key-overlay.css';

/** The state of a diagram's key: open or not, and the wiring of its toggle and its panel. */
export interface KeyOverlayState {
  open: boolean;
  /** Open because the reader asked (not by default): it may cover the diagram. */
  asked: boolean;
  toggle: () => void;
  close: () => void;
  /** For the toggle button: its id target, expanded state and Escape. */
  toggleProps: {
    'aria-expanded': boolean;
    'aria-controls': string;
    onClick: () => void;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  };
  panelId: string;
  /** Receives the toggle button, where Escape gives focus back. */
  setToggle: (element: HTMLButtonElement | null) => void;
}

/**
 * A diagram's key folded into an overlay, so it never takes the diagram's height. It is open by
 * default only when `roomy` says the diagram has room to keep clear of it; the reader's choice
 * (the toggle, Escape) then holds until they change it. Escape closes it and gives focus back to
 * the toggle, and is not passed on (so it does not also clear the selection).
 */
export function useKeyOverlay(roomy: boolean): KeyOverlayState {
  const [choice, setChoice] = useState<boolean | null>(null);
  const panelId = useId();
  const [button, setButton] = useState<HTMLButtonElement | null>(null);
  const open = choice ?? roomy;
  const toggle = useCallback(() => setChoice(!open), [open]);
  const close = useCallback(() => {
    setChoice(false);
    button?.focus();
  }, [button]);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };
  return {
    open,
    asked: choice === true,
    toggle,
    close,
    toggleProps: {
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: toggle,
      onKeyDown,
    },
    panelId,
    setToggle: setButton,
  };
}

/**
 * The key's panel, laid over the diagram's corner (where `className` puts it). It scrolls inside
 * itself when the diagram is short; a close button and Escape fold it away.
 */
export function KeyOverlay({
  state,
  label,
  className,
  onPanel,
  children,
}: {
  state: KeyOverlayState;
  /** The panel's accessible name ("Map key"). */
  label: string;
  className?: string;
  /** Receives the panel element (to measure the corner it takes). */
  onPanel?: (element: HTMLDivElement | null) => void;
  children: ReactNode;
}) {
  const [panel, setPanel] = useState<HTMLDivElement | null>(null);
  const { close } = state;
  // Escape anywhere inside the panel closes it (a listener, since the panel is a group, not a
  // control).
  useEffect(() => {
    if (!panel) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close();
    };
    panel.addEventListener('keydown', onKey);
    return () => panel.removeEventListener('keydown', onKey);
  }, [panel, close]);
  if (!state.open) return null;
  return (
    <div
      id={state.panelId}
      ref={(element) => {
        setPanel(element);
        onPanel?.(element);
      }}
      className={`key-overlay${className ? ` ${className}` : ''}`}
      role="group"
      aria-label={label}
      data-layout-control="key"
    >
      <div className="key-overlay-head">
        <span className="key-overlay-title">Key</span>
        <button
          type="button"
          className="key-overlay-close"
          aria-label={`Close the ${label.toLowerCase()}`}
          title="Close (Esc)"
          onClick={close}
        >
          ×
        </button>
      </div>
      {children}
    </div>
  );
}

/** The button that opens and closes the key ("Key", with its expanded state). */
export function KeyToggle({ state, className }: { state: KeyOverlayState; className?: string }) {
  const { setToggle, toggleProps } = state;
  return (
    <button
      type="button"
      className={`button${className ? ` ${className}` : ''}`}
      ref={setToggle}
      aria-expanded={toggleProps['aria-expanded']}
      aria-controls={toggleProps['aria-controls']}
      onClick={toggleProps.onClick}
      onKeyDown={toggleProps.onKeyDown}
    >
      Key
    </button>
  );
}
