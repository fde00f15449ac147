/**
 * The key: every encoding in words beside a sample of it, so status never rests on colour or
 * line style alone. One short line, so a timeline strip keeps its height for the events.
 */
export function TimelineLegend(props: { hasCompressed: boolean; hasAsOf: boolean }) {
  return (
    <ul className="tl-legend" aria-label="Key to the timeline">
      <li>
        <span
          className="tl-swatch tl-mark"
          data-status="happened"
          data-shape="point"
          aria-hidden="true"
        />
        happened
      </li>
      <li>
        <span
          className="tl-swatch tl-mark"
          data-status="planned"
          data-shape="point"
          aria-hidden="true"
        />
        planned
      </li>
      <li>
        <span
          className="tl-swatch tl-mark"
          data-status="expected"
          data-shape="point"
          aria-hidden="true"
        />
        expected
      </li>
      <li>
        <span
          className="tl-swatch tl-mark"
          data-status="happened"
          data-shape="band"
          aria-hidden="true"
        />
        a month or a year: its whole span
      </li>
      {props.hasAsOf && (
        <li>
          <span className="tl-swatch tl-mark tl-swatch-unsure" data-shape="band" aria-hidden="true">
            ?
          </span>
          unsure on the day · greyed: later
        </li>
      )}
      <li>
        <span className="tl-swatch tl-swatch-rule" aria-hidden="true" />
        posted
      </li>
      {props.hasCompressed && (
        <li>
          <span className="tl-swatch tl-swatch-hatch" aria-hidden="true" />
          time compressed
        </li>
      )}
    </ul>
  );
}
