import { Outlet } from 'react-router';
import { useTheme } from './theme/use-theme';
import { ThemeContext } from './theme/theme-context';

/** Theme for every page; each page draws its own header because the briefing has none. */
export function RootLayout() {
  const [preference, setPreference] = useTheme();
  return (
    <ThemeContext.Provider value={{ preference, setPreference }}>
      <Outlet />
    </ThemeContext.Provider>
  );
}
