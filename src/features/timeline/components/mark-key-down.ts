/** What the handler reads of a key event (React's or the DOM's). */
export interface MarkKeyEvent {
  key: string;
  preventDefault: () => void;
}

const MOVES = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/**
 * The keys every timeline mark answers the same way: Enter/Space act on it, arrows and
 * Home/End move focus along time (the chart knows the order).
 */
export function markKeyDown(
  id: string,
  activate: () => void,
  navigate: (id: string, key: string) => void,
): (event: MarkKeyEvent) => void {
  return (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate();
    } else if (MOVES.includes(event.key)) {
      event.preventDefault();
      navigate(id, event.key);
    }
  };
}
