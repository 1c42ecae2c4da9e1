/** localStorage key holding the user's explicit theme choice ("light" | "dark"); absent means "follow the system". */
export const THEME_STORAGE_KEY = 'aeterna-theme';

/** Inline script run in <head> before paint; kept tiny and dependency-free on purpose. */
export const themeBootScript = `(function(){try{var s=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)});var d=s==='dark'||(s!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);if(d)document.documentElement.classList.add('dark');}catch(e){}})();`;
