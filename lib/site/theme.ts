/** localStorage key holding the user's explicit theme choice ("light" | "dark"); absent means "follow the system". */
export const THEME_STORAGE_KEY = 'aeterna-theme';

export type Theme = 'light' | 'dark';

/** Resolves the theme to apply from a stored choice and the system preference. */
export function resolveTheme(stored: string | null, systemPrefersDark: boolean): Theme {
  if (stored === 'light' || stored === 'dark') return stored;
  return systemPrefersDark ? 'dark' : 'light';
}

/** Inline script run in <head> before paint; kept tiny and dependency-free on purpose. */
export const themeBootScript = `(function(){try{var s=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)});var d=s==='dark'||(s!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);if(d)document.documentElement.classList.add('dark');}catch(e){}})();`;
