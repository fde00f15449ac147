import type { Bundle } from '../../../bundle/bundle-schema';
import { indexBundle } from '../../../model/bundle-index';
import { describeLeg, describeWhen } from '../../../model/describe-items';
import { evidenceText } from '../../../model/evidence-text';
import { orderedLegs } from '../geo/leg-order';
import { legBasisWords } from '../geo/leg-style';
import { travellerClass } from './leg-mark';

interface Props {
  bundle: Bundle;
  selectedLeg: string | null;
  drawn: ReadonlySet<string>;
  onSelect: (legId: string) => void;
}

const EXCERPT = 160;

/** Cuts a quotation at a word boundary, marking the cut. */
function excerpt(text: string): string {
  if (text.length <= EXCERPT) return text;
  const cut = text.lastIndexOf(' ', EXCERPT);
  return `${text.slice(0, cut > 0 ? cut : EXCERPT)} …`;
}

/**
 * The map as a list: every leg in order, with who, where, when (in the article's words), how
 * sure, and the passage it rests on. The route cell selects the leg, as a click on the map does.
 */
export function ItineraryTable({ bundle, selectedLeg, drawn, onSelect }: Props) {
  const index = indexBundle(bundle);
  const name = (id: string) => index.entities.get(id)?.name ?? id;
  return (
    <div className="map-itinerary">
      <table>
        <caption>Itinerary: every journey in the article, leg by leg</caption>
        <thead>
          <tr>
            <th scope="col">Traveller</th>
            <th scope="col">Leg</th>
            <th scope="col">From → to</th>
            <th scope="col">Date</th>
            <th scope="col">Basis</th>
            <th scope="col">Passage</th>
          </tr>
        </thead>
        <tbody>
          {orderedLegs(bundle).map((o) => {
            const indexed = index.legs.get(o.id);
            if (!indexed) return null;
            const { leg } = indexed;
            const selected = selectedLeg === leg.id;
            const quote = evidenceText(bundle.article.text, leg.evidence);
            return (
              <tr key={leg.id} className={selected ? 'is-selected' : undefined}>
                <td>
                  <span
                    className={`map-itinerary-key ${travellerClass(o.travelerIndex)}`}
                    aria-hidden="true"
                  />
                  {name(o.traveler)}
                </td>
                <td className="map-itinerary-number">
                  {o.number} of {o.of}
                </td>
                <td>
                  <button
                    type="button"
                    className="map-itinerary-route"
                    aria-label={describeLeg(bundle, indexed)}
                    aria-current={selected ? 'true' : undefined}
                    onClick={() => onSelect(leg.id)}
                  >
                    {name(leg.from)} → {name(leg.to)}
                  </button>
                  {!drawn.has(leg.id) && (
                    <span className="map-itinerary-note"> (not on the map)</span>
                  )}
                </td>
                <td>{leg.when ? describeWhen(leg.when) : 'not given'}</td>
                <td>{legBasisWords(leg)}</td>
                <td className="map-itinerary-quote">{quote ? `“${excerpt(quote)}”` : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
