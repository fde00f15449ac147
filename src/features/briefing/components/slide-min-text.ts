/**
 * The smallest text a slide's pictures may hold on a stage of this size: 24 px at 1920×1080
 * (DESIGN.md), in proportion on other screens, and never below 13 px (a phone still reads it).
 */
export function slideMinText(stage: { width: number; height: number }): number {
  if (stage.width <= 0 || stage.height <= 0) return 24;
  // 1000, not 1080: the control bar takes a little of a 1080 px screen, and the promise is for
  // 1920×1080 with it.
  const scale = Math.min(stage.width / 1920, stage.height / 1000);
  return Math.max(13, Math.round(24 * scale * 10) / 10);
}
