/**
 * Entry of the islands, loaded by every page (about 1 KB), the one implementation of the theme toggle, the copy
 * buttons and the site origin in install commands, which work at once; search, the reference filter and the
 * landing page's repository notice load their code where they are used.
 */
import { THEME_STORAGE_KEY } from '@/lib/site/theme';
import { ORIGIN_PLACEHOLDER } from '@/lib/site/install-commands';

const basePath = document.documentElement.dataset.basePath ?? '';

function syncThemeButton(button: HTMLElement): void {
  const dark = document.documentElement.classList.contains('dark');
  button.textContent = dark ? 'Light' : 'Dark';
  button.setAttribute('aria-label', dark ? 'Switch to light theme' : 'Switch to dark theme');
}

for (const b of document.querySelectorAll<HTMLElement>('[data-theme-toggle]')) syncThemeButton(b);

// The server cannot know the origin the site is reached at.
for (const code of document.querySelectorAll<HTMLElement>('[data-site-origin] code')) {
  code.textContent = (code.textContent ?? '').replaceAll(ORIGIN_PLACEHOLDER, window.location.origin);
}

document.addEventListener('click', (e) => {
  const target = e.target as Element;
  const toggle = target.closest<HTMLElement>('[data-theme-toggle]');
  if (toggle) {
    const dark = !document.documentElement.classList.contains('dark');
    document.documentElement.classList.toggle('dark', dark);
    localStorage.setItem(THEME_STORAGE_KEY, dark ? 'dark' : 'light');
    syncThemeButton(toggle);
    return;
  }
  const copy = target.closest<HTMLButtonElement>('[data-copy]');
  if (copy) {
    const code = copy.parentElement?.querySelector('pre code')?.textContent ?? '';
    void navigator.clipboard.writeText(code).then(() => {
      const label = copy.textContent;
      copy.textContent = 'Copied';
      setTimeout(() => (copy.textContent = label), 1500);
    });
  }
});

// The landing page's repository notice: its code loads only where the notice is.
const notice = document.querySelector<HTMLElement>('[data-repo-version-notice]');
if (notice) void import('./repo-version-notice').then((m) => m.check(notice, basePath));

let search: Promise<typeof import('./search')> | undefined;
let filter: Promise<typeof import('./reference-filter')> | undefined;

function searchIsland(input: HTMLInputElement): void {
  search ??= import('./search');
  void search.then((m) => m.attach(input, basePath));
}

function filterIsland(input: HTMLInputElement): void {
  filter ??= import('./reference-filter');
  void filter.then((m) => m.attach(input));
}

// First use loads the code; the island then handles the input itself (including what was typed meanwhile).
document.addEventListener('focusin', (e) => {
  const el = e.target as HTMLElement;
  if (el.matches('[data-search-input]')) searchIsland(el as HTMLInputElement);
  if (el.matches('[data-ref-filter]')) filterIsland(el as HTMLInputElement);
});
document.addEventListener('input', (e) => {
  const el = e.target as HTMLElement;
  if (el.matches('[data-search-input]')) searchIsland(el as HTMLInputElement);
  if (el.matches('[data-ref-filter]')) filterIsland(el as HTMLInputElement);
});
// Typed before this script ran (a fast user, or the browser restoring the field): catch up.
for (const el of document.querySelectorAll<HTMLInputElement>('[data-search-input]')) if (el.value) searchIsland(el);
for (const el of document.querySelectorAll<HTMLInputElement>('[data-ref-filter]')) if (el.value) filterIsland(el);
