import type { KeyTarget } from '../presenter/presenter-keys';

const WIDGET_ROLES = new Set([
  'slider',
  'spinbutton',
  'listbox',
  'grid',
  'tree',
  'menu',
  'menubar',
  'tablist',
  'combobox',
  'radiogroup',
  'separator',
  'scrollbar',
]);

/** What kind of element a key press landed on, for presenterAction. */
export function keyTargetOf(target: EventTarget | null): KeyTarget {
  if (!(target instanceof Element)) return 'other';
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return 'text';
  const role = target.closest('[role]')?.getAttribute('role') ?? '';
  if (WIDGET_ROLES.has(role)) return 'widget';
  if (target.closest('button, a[href], summary, [role="button"], [role="link"]')) return 'button';
  return 'other';
}
