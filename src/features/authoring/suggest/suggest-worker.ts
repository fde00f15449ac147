import nlp from 'compromise';
import * as chrono from 'chrono-node/en';
import countryData from '../places/data/countries.json';
import gazetteerData from '../places/data/gazetteer.json';
import { makeGazetteer } from '../places/gazetteer';
import type { CountryRow, GazetteerData } from '../places/gazetteer-types';
import type { SuggestReply, SuggestRequest } from './suggest-protocol';
import { suggestSteps, type SuggestTools } from './suggest-steps';

/**
 * New story's suggestion worker: compromise's tagging of a long article takes seconds, which on
 * the page's thread froze typing. Here a run gives way every few tens of milliseconds to read
 * its messages, and stops as soon as a newer text has arrived (the newest edit wins).
 */
const scope = self as unknown as {
  postMessage(message: SuggestReply): void;
  onmessage: ((event: MessageEvent<SuggestRequest>) => void) | null;
};

/**
 * The gazetteer is part of the worker (one chunk, no import within it), so every run, the first
 * included, sees it: a result never depends on what had loaded.
 */
const ready: SuggestTools = {
  compromise: nlp,
  chrono,
  countries: countryData as CountryRow[],
  isPlace: makeGazetteer(gazetteerData as GazetteerData).has,
};

let newest: SuggestRequest | null = null;
let running = false;

/** A macrotask: lets queued messages in (a message channel is not clamped like setTimeout). */
const breathe = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

async function drain(): Promise<void> {
  running = true;
  while (newest !== null) {
    const request = newest;
    newest = null;
    try {
      const steps = suggestSteps(request, ready);
      let last = performance.now();
      let step = steps.next();
      while (step.done !== true) {
        if (performance.now() - last > 30) {
          await breathe();
          last = performance.now();
          if (newest !== null) break;
        }
        step = steps.next();
      }
      if (step.done === true)
        scope.postMessage({ id: request.id, type: 'done', result: step.value });
      else scope.postMessage({ id: request.id, type: 'stale' });
    } catch (error) {
      scope.postMessage({ id: request.id, type: 'failed', message: String(error) });
    }
  }
  running = false;
}

scope.onmessage = (event) => {
  newest = event.data;
  if (!running) void drain();
};
