import { useId } from 'react';
import { KeyToggle, type KeyOverlayState } from '../../../ui/key-overlay';
import { DownloadMenu, type DownloadChoice } from '../../../ui/download-menu';
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

const EXPORTS: DownloadChoice<'svg' | 'png' | 'geojson'>[] = [
  { key: 'svg', words: 'Map as SVG', label: 'Export map as SVG' },
  { key: 'png', words: 'Map as PNG', label: 'Export map as PNG' },
  {
    key: 'geojson',
    words: 'Places and legs (GeoJSON)',
    label: 'Export places and legs as GeoJSON',
  },
];

/** Play a journey, the list view and exports (zoom sits on the map itself). */
export function MapToolbar(props: Props) {
  const selectId = useId();
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
      <DownloadMenu
        groupLabel="Export"
        choices={EXPORTS}
        onChoose={props.onExport}
        disabled={props.exporting}
        align="end"
      />
    </div>
  );
}
