/** The site's name, in every page title. */
export const SITE_NAME = 'Aeterna Helm chart';

/** Top-level navigation: static pages (pages/), the configurator (app/) and the Helm repository (a file route in app/). */
export const NAV_LINKS: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/docs', label: 'Docs' },
  { href: '/reference', label: 'Reference' },
  { href: '/configure', label: 'Configurator' },
  { href: '/charts/index.yaml', label: 'Helm repository' },
];
