/**
 * Names of the `<!-- include: name arg -->` directives that components/docs/Generated.tsx fills (its map must
 * handle exactly these: the type check fails otherwise), and that content pages may use.
 */
export const DIRECTIVES = [
  'install-commands',
  'chart-file',
  'fail-messages',
  'dashboard-picture',
  'dashboard-panels',
  'dashboard-inputs',
  'dashboard-download',
  'bitnami-images',
  'bitnami-mirror-values',
  'sizes-table',
  'export',
] as const;

export type DirectiveName = (typeof DIRECTIVES)[number];
