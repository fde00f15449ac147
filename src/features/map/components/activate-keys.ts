/** The parts of a keyboard event the handler needs (React's and the DOM's both fit). */
interface KeyPress {
  key: string;
  preventDefault: () => void;
  stopPropagation: () => void;
}

/** Enter and Space activate an SVG element with role="button", as they do a real button. */
export function onActivateKey(action: () => void) {
  return (event: KeyPress) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };
}
