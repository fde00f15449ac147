import {
  DEFAULT_VIEWS,
  PANE_NAMES,
  SELECTION_KINDS,
  VIEW_NAMES,
  type PaneName,
  type Selection,
  type UrlProblem,
  type ViewName,
  type ViewState,
} from './view-state';
import { isRealDate } from '../bundle/is-real-date';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const KIND_PATTERN = /^[a-z][a-z0-9-]*$/;

export function parseSelection(value: string): Selection | null {
  const colon = value.indexOf(':');
  if (colon <= 0) return null;
  const kind = value.slice(0, colon);
  const rest = value.slice(colon + 1);
  if (!(SELECTION_KINDS as readonly string[]).includes(kind)) return null;
  if (kind === 'passage') {
    const m = /^(\d{1,7})-(\d{1,7})$/.exec(rest);
    if (!m) return null;
    const start = Number(m[1]);
    const end = Number(m[2]);
    return end > start ? { kind: 'passage', start, end } : null;
  }
  if (!ID_PATTERN.test(rest)) return null;
  return { kind: kind as Exclude<Selection['kind'], 'passage'>, id: rest };
}

export function formatSelection(selection: Selection): string {
  return selection.kind === 'passage'
    ? `passage:${selection.start}-${selection.end}`
    : `${selection.kind}:${selection.id}`;
}

function parseList(value: string | null): string[] {
  if (value === null || value === '') return [];
  return value.split(',').filter((v) => v !== '');
}

/**
 * The one place the URL becomes a ViewState. Anything it cannot honour falls back to the default
 * and is reported, so a bad link still opens the article and says what was wrong.
 */
export function parseViewState(
  bundleId: string,
  search: URLSearchParams,
  slideParam?: string,
): { state: ViewState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];

  let views: ViewName[] = DEFAULT_VIEWS;
  const viewsParam = search.get('views');
  if (viewsParam !== null) {
    const wanted = parseList(viewsParam);
    const known = wanted.filter((v): v is ViewName =>
      (VIEW_NAMES as readonly string[]).includes(v),
    );
    const unknown = wanted.filter((v) => !known.includes(v as ViewName));
    if (unknown.length > 0)
      problems.push({
        param: 'views',
        value: viewsParam,
        message: `Unknown view ${unknown.map((u) => `“${u}”`).join(', ')}; the views are ${VIEW_NAMES.join(', ')}.`,
      });
    views = [...new Set(known)].slice(0, 2);
  }

  let pane: PaneName = 'article';
  const paneParam = search.get('pane');
  if (paneParam !== null) {
    if ((PANE_NAMES as readonly string[]).includes(paneParam)) pane = paneParam as PaneName;
    else
      problems.push({ param: 'pane', value: paneParam, message: `Unknown pane “${paneParam}”.` });
  }

  let selection: Selection | null = null;
  const selParam = search.get('sel');
  if (selParam !== null) {
    selection = parseSelection(selParam);
    if (selection === null)
      problems.push({
        param: 'sel',
        value: selParam,
        message: `The selection “${selParam}” in the link is malformed; expected e.g. entity:choe-son-hui.`,
      });
  }

  let asOf: string | null = null;
  const asOfParam = search.get('asof');
  if (asOfParam !== null) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(asOfParam) && isRealDate(asOfParam)) asOf = asOfParam;
    else
      problems.push({
        param: 'asof',
        value: asOfParam,
        message: `“${asOfParam}” is not a date (YYYY-MM-DD); showing every date.`,
      });
  }

  const filterList = (param: string): string[] => {
    const raw = search.get(param);
    const list = parseList(raw);
    const bad = list.filter((v) => !KIND_PATTERN.test(v));
    if (bad.length > 0 && raw !== null)
      problems.push({ param, value: raw, message: `Ignored malformed filter ${bad.join(', ')}.` });
    return [...new Set(list.filter((v) => KIND_PATTERN.test(v)))].sort();
  };
  const hiddenKinds = filterList('hide');
  const hiddenRelations = filterList('hiderel');

  let slide: number | null = null;
  if (slideParam !== undefined) {
    if (/^\d{1,4}$/.test(slideParam) && Number(slideParam) >= 1) slide = Number(slideParam);
    else {
      slide = 1;
      problems.push({
        param: 'slide',
        value: slideParam,
        message: `No slide “${slideParam}”; showing slide 1.`,
      });
    }
  }

  return {
    state: { bundleId, views, pane, selection, asOf, hiddenKinds, hiddenRelations, slide },
    problems,
  };
}

/** ViewState back to a query string; defaults are left out so links stay short. */
export function serialiseViewSearch(state: ViewState): string {
  const params = new URLSearchParams();
  const isDefaultViews =
    state.views.length === DEFAULT_VIEWS.length &&
    state.views.every((v, i) => v === DEFAULT_VIEWS[i]);
  if (!isDefaultViews) params.set('views', state.views.join(','));
  if (state.pane !== 'article') params.set('pane', state.pane);
  if (state.selection !== null) params.set('sel', formatSelection(state.selection));
  if (state.asOf !== null) params.set('asof', state.asOf);
  if (state.hiddenKinds.length > 0) params.set('hide', [...state.hiddenKinds].sort().join(','));
  if (state.hiddenRelations.length > 0)
    params.set('hiderel', [...state.hiddenRelations].sort().join(','));
  const s = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return s === '' ? '' : `?${s}`;
}

/** The path of a state: workspace or briefing slide. */
export function viewStatePath(state: ViewState): string {
  const base = `/b/${encodeURIComponent(state.bundleId)}`;
  return state.slide === null ? base : `${base}/briefing/${state.slide}`;
}
