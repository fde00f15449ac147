import type { UrlProblem, ViewState } from './view-state';
import { QUERY_KEYS, viewField, type QueryKey } from './view-fields';

export { formatSelection, parseSelection } from './view-fields';

/** The state with every field at its default: what an empty link shows. */
export function defaultViewState(bundleId: string, slide: number | null = null): ViewState {
  // Filled field by field just below, so a new table entry needs no line here.
  const state = { bundleId, slide } as ViewState;
  for (const key of QUERY_KEYS) setInitial(key, state);
  return state;
}

function setInitial<K extends QueryKey>(key: K, state: ViewState): void {
  state[key] = viewField(key).initial();
}

function readField<K extends QueryKey>(
  key: K,
  search: URLSearchParams,
  state: ViewState,
  problems: UrlProblem[],
): void {
  const field = viewField(key);
  const raw = search.get(field.param);
  if (raw === null) return;
  const read = field.parse(raw);
  state[key] = read.value;
  if (read.problem !== undefined)
    problems.push({ param: field.param, value: raw, message: read.problem });
}

/**
 * The one place the URL becomes a ViewState, field by field from the table in view-fields.ts.
 * Anything it cannot honour falls back to the default and is reported, so a bad link still opens
 * the article and says what was wrong. `slideParam` is given on the briefing route only.
 */
export function parseViewState(
  bundleId: string,
  search: URLSearchParams,
  slideParam?: string,
): { state: ViewState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const state = defaultViewState(bundleId);
  for (const key of QUERY_KEYS) readField(key, search, state, problems);

  if (slideParam !== undefined) {
    if (/^\d{1,4}$/.test(slideParam) && Number(slideParam) >= 1) state.slide = Number(slideParam);
    else {
      state.slide = 1;
      problems.push({
        param: 'slide',
        value: slideParam,
        message: `No slide “${slideParam}”; showing slide 1.`,
      });
    }
  }
  return { state, problems };
}

function writeField<K extends QueryKey>(key: K, state: ViewState, params: URLSearchParams): void {
  const field = viewField(key);
  const text = field.format(state[key]);
  if (text !== null) params.set(field.param, text);
}

/** ViewState back to a query string; defaults are left out so links stay short. */
export function serialiseViewSearch(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of QUERY_KEYS) writeField(key, state, params);
  const s = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return s === '' ? '' : `?${s}`;
}

/** The path of a state: workspace or briefing slide. */
export function viewStatePath(state: ViewState): string {
  const base = `/b/${encodeURIComponent(state.bundleId)}`;
  return state.slide === null ? base : `${base}/briefing/${state.slide}`;
}

/** Path and query together: the href of a state. */
export function viewStateHref(state: ViewState): string {
  return `${viewStatePath(state)}${serialiseViewSearch(state)}`;
}
