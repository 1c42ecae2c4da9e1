/** Top-level navigation of the site; each entry is a route owned by its own feature folder in app/. */
export const NAV_LINKS: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/docs', label: 'Docs' },
  { href: '/reference', label: 'Reference' },
  { href: '/configure', label: 'Configurator' },
  { href: '/charts/index.yaml', label: 'Helm repository' },
];
