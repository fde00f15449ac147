import type { SearchReply, SearchRequest } from './search-protocol';
import { searchResponder } from './search-responder';

/**
 * Find's index, built and searched off the page's thread: a 20k-entity story has ~10,000
 * paragraphs for minisearch to index and 20,000 names to rank per keystroke, seconds and tens
 * of milliseconds the page would otherwise freeze for.
 */
const scope = self as unknown as {
  postMessage(message: SearchReply): void;
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
};

const respond = searchResponder();
scope.onmessage = (event) => scope.postMessage(respond(event.data));
