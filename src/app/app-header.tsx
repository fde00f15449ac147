import { useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Bundle } from '../bundle/bundle-schema';
import { formatPublished } from '../model/format-date';
import { ThemeContext } from './theme/theme-context';
import { ThemeToggle } from './theme/theme-toggle';
import './app-header.css';

/**
 * The article's identity, always in sight: title, publisher, date, byline. `primary` actions
 * (Find) stay in sight on every screen; on a phone the other `actions` fold behind a Menu button,
 * so the header and the pane tabs keep to about a tenth of the screen.
 */
export function AppHeader(props: {
  bundle: Bundle | null;
  primary?: ReactNode;
  actions?: ReactNode;
}) {
  const { preference, setPreference } = useContext(ThemeContext);
  const article = props.bundle?.article;
  const menuId = useId();
  const header = useRef<HTMLElement>(null);
  // The menu is open for the page it was opened on: any navigation closes it.
  const { key } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === key;
  const setOpen = useCallback(
    (next: boolean | ((was: boolean) => boolean)) =>
      setOpenOn((was) => ((typeof next === 'function' ? next(was === key) : next) ? key : null)),
    [key],
  );

  // It also closes on a tap or focus outside it, and on Escape.
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event.target instanceof Node && header.current?.contains(event.target)) return;
      setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('focusin', close);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('focusin', close);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, setOpen]);

  return (
    <header className="app-header" ref={header}>
      <div className="app-header-title">
        <Link to="/" className="brand">
          Article Atlas
        </Link>
        {article && (
          <div className="app-header-article">
            <h1 className="app-header-headline" title={article.title}>
              {article.title}
            </h1>
            <p className="app-header-meta">
              <span>{article.publisher}</span>
              <span aria-hidden="true"> · </span>
              <time dateTime={article.published}>{formatPublished(article.published)}</time>
              <span aria-hidden="true"> · </span>
              <span>{article.byline}</span>
            </p>
          </div>
        )}
      </div>
      <div className="app-header-bar">
        {props.primary}
        <button
          type="button"
          className="button app-header-menu-button"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((v) => !v)}
        >
          Menu
        </button>
        <div className="app-header-actions" id={menuId} data-open={open}>
          {props.actions}
          <ThemeToggle preference={preference} onChange={setPreference} />
        </div>
      </div>
    </header>
  );
}
