import { createContext } from 'react';
import type { ThemePreference } from './theme-preference';

export const ThemeContext = createContext<{
  preference: ThemePreference;
  setPreference: (p: ThemePreference) => void;
}>({ preference: 'system', setPreference: () => undefined });
