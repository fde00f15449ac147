import { LEG_DASH } from '../geo/leg-style';
import type { LegendModel } from '../geo/legend-model';
import { pointerPath } from '../geo/label-geometry';
import { travellerClass } from './leg-mark';

function LineSample(props: { className: string; dash: string | null }) {
  return (
    <svg className="map-legend-swatch" width="28" height="12" aria-hidden="true">
      <path className={props.className} d="M2,6H26" strokeDasharray={props.dash ?? undefined} />
    </svg>
  );
}

/**
 * What the colours, lines and marks mean, a row only for what the map draws. Every colour also
 * has a word: travellers are named, line styles say their basis, groupings list their members.
 */
export function MapLegend({ legend }: { legend: LegendModel }) {
  return (
    <div className="map-legend" role="group" aria-label="Map legend">
      {legend.travellers.length > 0 && (
        <div className="map-legend-row">
          <span className="map-legend-heading">Travellers</span>
          <ul>
            {legend.travellers.map((t) => (
              <li key={t.id} className={travellerClass(t.index)}>
                <LineSample className="map-legend-traveller" dash={null} />
                {t.name}
              </li>
            ))}
          </ul>
        </div>
      )}
      {legend.styles.length > 0 && (
        <div className="map-legend-row">
          <span className="map-legend-heading">Legs</span>
          <ul>
            {legend.styles.map((s) => (
              <li key={s.style} title={s.note}>
                <LineSample className="map-legend-style" dash={LEG_DASH[s.style]} />
                {s.label}
              </li>
            ))}
          </ul>
        </div>
      )}
      {legend.groups.length > 0 && (
        <div className="map-legend-row">
          <span className="map-legend-heading">Groupings</span>
          <ul>
            {legend.groups.map((g) => (
              <li key={g.id}>
                <span className={`map-legend-fill tone-${g.tone}`} aria-hidden="true" />
                {g.name}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="map-legend-row">
        <span className="map-legend-heading">Marks</span>
        <ul>
          <li>
            <svg className="map-legend-swatch" width="14" height="12" aria-hidden="true">
              <circle className="map-dot" cx="7" cy="6" r="4.5" />
            </svg>
            Place
          </li>
          {legend.hasCountryMarks && (
            <li>
              <svg className="map-legend-swatch" width="14" height="12" aria-hidden="true">
                <rect className="map-square" x="3.5" y="2.5" width="7" height="7" />
              </svg>
              Country, at its capital
            </li>
          )}
          {legend.hasContextPlaces && (
            <li>
              <svg className="map-legend-swatch" width="14" height="12" aria-hidden="true">
                <circle className="map-dot is-context" cx="7" cy="6" r="3.5" />
              </svg>
              Also named
            </li>
          )}
          {legend.offFrame.length > 0 && (
            <li>
              <svg className="map-legend-swatch" width="16" height="12" aria-hidden="true">
                <path className="map-pointer" d={pointerPath([7, 6], 0)} />
              </svg>
              Off the map: {legend.offFrame.join(', ')}
            </li>
          )}
        </ul>
      </div>
      {legend.undrawn.length > 0 && (
        <p className="map-legend-note">Not on the map: {legend.undrawn.join('; ')}.</p>
      )}
    </div>
  );
}
