import type { ReactNode } from 'react';
import { useViewState } from '../../../view-state/use-view-state';
import type { Selection } from '../../../view-state/view-state';

/** A row in the inspector that selects an item (pushing history, so Back returns here). */
export function ItemButton(props: {
  selection: Selection;
  label: string;
  children: ReactNode;
  dataAttr: 'data-entity' | 'data-relation' | 'data-event' | 'data-leg';
}) {
  const { update } = useViewState();
  const id = props.selection.kind === 'passage' ? '' : props.selection.id;
  return (
    <button
      type="button"
      className="item-button"
      aria-label={props.label}
      {...{ [props.dataAttr]: id }}
      onClick={() => update({ selection: props.selection })}
    >
      {props.children}
    </button>
  );
}
