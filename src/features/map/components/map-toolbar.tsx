import { useId, useState } from 'react';
import { KeyToggle, type KeyOverlayState } from '../../../ui/key-overlay';
import type { MapTraveller } from '../geo/map-model';

interface Props {
  travellers: MapTraveller[];
  traveller: string;
  onTraveller: (id: string) => void;
  playing: boolean;
  onPlay: () => void;
  onStop: () => void;
  showTable: boolean;
  onToggleTable: () => void;
  onExport: (format: 'svg' | 'png' | 'geojson') => void;
  exporting: boolean;
  /** The Key button: opens and closes the key over the map. */
  keyToggle: KeyOverlayState;
}

/** Play a journey, the list view and exports (zoom sits on the map itself). */
export function MapToolbar(props: Props) {
  const selectId = useId();
  const [downloadOpen, setDownloadOpen] = useState(false);
  return (
    <div className="map-toolbar">
      <div className="map-toolbar-group" role="group" aria-label="Play a journey">
        <label htmlFor={selectId} className="map-sr-only">
          Traveller
        </label>
        <select
          id={selectId}
          className="map-select"
          value={props.traveller}
          onChange={(e) => props.onTraveller(e.target.value)}
        >
          {props.travellers.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        {props.playing ? (
          <button type="button" className="button" onClick={props.onStop}>
            Stop
          </button>
        ) : (
          <button type="button" className="button" onClick={props.onPlay}>
            Play journey
          </button>
        )}
      </div>
      <button
        type="button"
        className="button"
        aria-pressed={props.showTable}
        onClick={props.onToggleTable}
      >
        Show itinerary table
      </button>
      <KeyToggle state={props.keyToggle} />
      {/* The exports fold into one menu, so the toolbar keeps to one row in a stacked pane and
          the map keeps its height. */}
      <details
        className="map-download"
        open={downloadOpen}
        onToggle={(e) => setDownloadOpen(e.currentTarget.open)}
      >
        <summary className="button">Download</summary>
        <div className="map-download-menu" role="group" aria-label="Export">
          {(['svg', 'png', 'geojson'] as const).map((f) => (
            <button
              key={f}
              type="button"
              className="button"
              disabled={props.exporting}
              aria-label={`Export ${f === 'geojson' ? 'places and legs as GeoJSON' : `map as ${f.toUpperCase()}`}`}
              onClick={() => {
                setDownloadOpen(false);
                props.onExport(f);
              }}
            >
              {f === 'geojson' ? 'Places and legs (GeoJSON)' : `Map as ${f.toUpperCase()}`}
            </button>
          ))}
        </div>
      </details>
    </div>
  );
}
