import { useContext, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Bundle } from '../bundle/bundle-schema';
import { formatPublished } from '../model/format-date';
import { ThemeContext } from './theme/theme-context';
import { ThemeToggle } from './theme/theme-toggle';

/** The article's identity, always in sight: title, publisher, date, byline. */
export function AppHeader(props: { bundle: Bundle | null; actions?: ReactNode }) {
  const { preference, setPreference } = useContext(ThemeContext);
  const article = props.bundle?.article;
  return (
    <header className="app-header">
      <div className="app-header-title">
        <Link to="/" className="brand">
          Article Atlas
        </Link>
        {article && (
          <div className="app-header-article">
            <h1 className="app-header-headline">{article.title}</h1>
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
      <div className="app-header-actions">
        {props.actions}
        <ThemeToggle preference={preference} onChange={setPreference} />
      </div>
    </header>
  );
}
