import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import type { ZoomTransform } from '../../../ui/use-zoom';
import { edgeControl } from '../canvas/canvas-hit';
import type { CanvasScene } from '../canvas/canvas-scene';
import { tieAttribute } from '../graph/derived-ties';

/** What a button of the layer does. */
export interface A11yHandlers {
  selectEntity: (id: string) => void;
  selectRelation: (id: string) => void;
  /** Arrow keys on an entity: move to the neighbour in that direction. */
  keyDownEntity: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
  /** Focus came or went: the canvas draws its ring (-1: none). */
  focusEntity: (index: number) => void;
  focusRelation: (index: number) => void;
  register: (id: string, element: HTMLButtonElement | null) => void;
}

interface Props {
  scene: CanvasScene;
  transform: ZoomTransform;
  /**
   * Entities given a button, in Tab order (the selection's subject and what it concerns first,
   * then the node the keyboard stands on, then the main nodes); the first is the network's
   * entry for a skip link and F6.
   */
  entities: readonly number[];
  relations: readonly number[];
  /** Words for each: the accessible names the SVG drawing gives its marks. */
  entityLabel: (index: number) => string;
  relationLabel: (index: number) => string;
  selected: (id: string) => boolean;
  subject: (id: string) => boolean;
  handlers: A11yHandlers;
}

type Place = CSSProperties & Record<'--x' | '--y' | '--r', number>;

const EntityButton = memo(function EntityButton(props: {
  index: number;
  id: string;
  x: number;
  y: number;
  r: number;
  label: string;
  selected: boolean;
  subject: boolean;
  /** Where a skip link or F6 lands in the network. */
  entry: boolean;
  handlers: A11yHandlers;
}) {
  const { index, id, handlers } = props;
  const place: Place = { '--x': props.x, '--y': props.y, '--r': props.r };
  return (
    <button
      ref={(el) => handlers.register(id, el)}
      type="button"
      className="net-a11y-node"
      style={place}
      aria-label={props.label}
      data-entity={id}
      data-selected={props.selected ? 'true' : undefined}
      data-subject={props.subject ? 'true' : undefined}
      // A skip link or F6 lands here, past the toolbar: straight on a node, as in the SVG.
      data-focus-entry={props.entry ? 'true' : undefined}
      onClick={() => handlers.selectEntity(id)}
      onKeyDown={(e) => handlers.keyDownEntity(e, index)}
      onFocus={() => handlers.focusEntity(index)}
      onBlur={() => handlers.focusEntity(-1)}
    />
  );
});

const RelationButton = memo(function RelationButton(props: {
  index: number;
  /** data-relation, data-leg or data-event: what the line stands for. */
  attribute: ReturnType<typeof tieAttribute>;
  id: string;
  x: number;
  y: number;
  label: string;
  selected: boolean;
  subject: boolean;
  handlers: A11yHandlers;
}) {
  const { index, id, handlers } = props;
  const place: Place = { '--x': props.x, '--y': props.y, '--r': 4 };
  return (
    <button
      type="button"
      className="net-a11y-relation"
      style={place}
      aria-label={props.label}
      {...{ [props.attribute]: id }}
      data-selected={props.selected ? 'true' : undefined}
      data-subject={props.subject ? 'true' : undefined}
      onClick={() => handlers.selectRelation(id)}
      onFocus={() => handlers.focusRelation(index)}
      onBlur={() => handlers.focusRelation(-1)}
    />
  );
});

/**
 * The large network's accessible layer: real buttons over the canvas, each where its node or
 * relation is drawn (transparent, so the canvas shows through; a focus ring when focused), with
 * the testing contract's data-entity / data-relation / data-selected / data-subject and the
 * same accessible names as the SVG drawing's marks. Not every node has one (20,000 Tab stops
 * would help no one): the selection and everything it concerns, the node the keyboard is on and
 * its neighbours (so arrow keys always land on a button), and the most important nodes as ways
 * in. The table lists everything. Zooming moves the layer with three CSS variables, without
 * drawing a single button again.
 */
export function NetworkA11yLayer(props: Props) {
  const { scene, transform, handlers } = props;
  const view: CSSProperties & Record<'--k' | '--tx' | '--ty', number> = {
    '--k': transform.k,
    '--tx': transform.x,
    '--ty': transform.y,
  };
  return (
    <div className="net-a11y" style={view} role="group" aria-label="Entities and relations">
      {props.entities.map((i, n) => {
        const id = scene.ids[i] ?? '';
        return (
          <EntityButton
            key={id}
            index={i}
            id={id}
            x={scene.x[i] ?? 0}
            y={scene.y[i] ?? 0}
            r={scene.outer[i] ?? 0}
            label={props.entityLabel(i)}
            selected={props.selected(id)}
            subject={props.subject(id)}
            entry={n === 0}
            handlers={handlers}
          />
        );
      })}
      {props.relations.map((e) => {
        const id = scene.edges.ids[e] ?? '';
        const s = scene.edges.source[e] ?? 0;
        const t = scene.edges.target[e] ?? 0;
        const c = edgeControl(scene, e);
        // The middle of the line (of the curve, for a pair's several relations).
        const mx = c
          ? 0.25 * (scene.x[s] ?? 0) + 0.5 * c.cx + 0.25 * (scene.x[t] ?? 0)
          : ((scene.x[s] ?? 0) + (scene.x[t] ?? 0)) / 2;
        const my = c
          ? 0.25 * (scene.y[s] ?? 0) + 0.5 * c.cy + 0.25 * (scene.y[t] ?? 0)
          : ((scene.y[s] ?? 0) + (scene.y[t] ?? 0)) / 2;
        return (
          <RelationButton
            key={id}
            index={e}
            attribute={tieAttribute(scene.edges.from[e] ?? 'relation')}
            id={id}
            x={mx}
            y={my}
            label={props.relationLabel(e)}
            selected={props.selected(id)}
            subject={props.subject(id)}
            handlers={handlers}
          />
        );
      })}
    </div>
  );
}
