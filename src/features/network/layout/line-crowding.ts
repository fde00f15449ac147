/** How a picture draws its lines when it shows many (the canvas and the SVG writer agree). */
export interface LineCrowding {
  /** Hairlines (1 px) with flat ends instead of the relation's own width. */
  crowded: boolean;
  /** The lines' opacity: the more there are, the fainter, so shapes and a selection still read. */
  opacity: number;
}

/**
 * Past 800 lines in view a picture is a mesh: every line drawn at its full width and ink made
 * a 5,000-entity download a black mass. Fainter and thinner as the count grows.
 */
export function lineCrowding(lines: number): LineCrowding {
  const crowded = lines > 800;
  const opacity = lines > 4000 ? 0.18 : lines > 1500 ? 0.3 : crowded ? 0.5 : 1;
  return { crowded, opacity };
}
