/**
 * The theme switch, markup only: components/islands/bootstrap.ts, which every page loads, switches the theme and
 * labels the button for the theme in use (before React hydrates, hence suppressHydrationWarning).
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      data-theme-toggle
      suppressHydrationWarning
      aria-label="Switch to dark theme"
      className="rounded border border-slate-300 px-2 py-1 text-sm text-slate-800 dark:border-slate-700 dark:text-slate-200"
    >
      Dark
    </button>
  );
}
