import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { useBundle } from './bundle-store';
import { useViewState } from '../view-state/use-view-state';
import { BundleErrorView } from './bundle-error-view';
import { formatPublishedDay } from '../model/format-date';

/**
 * The briefing route. Until decks arrive it presents the story's title slide with its source,
 * and Escape returns to the workspace.
 */
export function BriefingPage() {
  const { state, hrefFor } = useViewState();
  const loaded = useBundle(state.bundleId);
  const navigate = useNavigate();
  const back = hrefFor({ slide: null });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') void navigate(back);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, back]);

  if (loaded.status === 'loading') return <main aria-busy="true">Loading the story…</main>;
  if (loaded.status === 'error')
    return (
      <main>
        <BundleErrorView error={loaded.error} headingLevel={1} />
      </main>
    );
  const { article } = loaded.bundle;
  return (
    <main className="briefing" aria-label="Briefing">
      <section
        className="slide"
        aria-roledescription="slide"
        aria-label={`Slide ${state.slide ?? 1}`}
      >
        <p className="slide-kicker">{article.publisher}</p>
        <h1 className="slide-title">{article.title}</h1>
        <p className="slide-caption">
          {article.byline} ·{' '}
          <time dateTime={article.published}>{formatPublishedDay(article.published)}</time>
        </p>
        <p className="slide-source">
          Source: {article.byline.split(',')[0]}, {article.publisher},{' '}
          {formatPublishedDay(article.published)}.
        </p>
      </section>
      <Link className="button briefing-exit" to={back}>
        Back to the workspace (Esc)
      </Link>
    </main>
  );
}
