import { nextThemePreference, type ThemePreference } from './theme-preference';

const LABELS: Record<ThemePreference, string> = {
  system: 'Theme: system',
  light: 'Theme: light',
  dark: 'Theme: dark',
};

/** Cycles system → light → dark; the label says the current choice, not just an icon. */
export function ThemeToggle(props: {
  preference: ThemePreference;
  onChange: (next: ThemePreference) => void;
}) {
  const { preference, onChange } = props;
  return (
    <button
      type="button"
      className="button"
      onClick={() => onChange(nextThemePreference(preference))}
      aria-label={`${LABELS[preference]}. Switch to ${nextThemePreference(preference)}`}
      title={`Switch to ${nextThemePreference(preference)} theme`}
    >
      <span aria-hidden="true">◐</span>
      <span className="theme-word">
        {preference[0]?.toUpperCase()}
        {preference.slice(1)}
      </span>
    </button>
  );
}
