import { useId } from 'react';

interface Props {
  /** How far the layout has got, 0–1. */
  done: number;
  /** How many entities are being laid out. */
  count: number;
}

/**
 * Shown while the layout is made in its worker: how far it has got, in words and as a bar, so
 * a large story says what it is doing instead of looking frozen (the page stays usable).
 */
export function NetworkProgress({ done, count }: Props) {
  const percent = Math.round(done * 100);
  const labelId = useId();
  return (
    <div className="net-progress" data-layout="running">
      <p id={labelId}>
        Laying out {count.toLocaleString('en-GB')} {count === 1 ? 'entity' : 'entities'}…
      </p>
      <div
        className="net-progress-bar"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="net-progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
