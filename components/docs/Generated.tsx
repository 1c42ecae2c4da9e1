import type { ComponentType } from 'react';
import type { DirectiveName } from '@/lib/docs/directives';
import { BitnamiImages, BitnamiMirrorValues } from './directives/bitnami';
import { ChartFile } from './directives/chart-file';
import { DashboardDownload, DashboardInputs, DashboardPanelsDirective, DashboardPictureDirective } from './directives/dashboard';
import { ExportDirective } from './directives/export';
import { FailMessagesDirective } from './directives/fail-messages';
import { InstallCommandsDirective } from './directives/install-commands';
import { SizesTable } from './directives/sizes';

/**
 * Content generated at build time from the chart, placed in a Markdown page with `<!-- include: name arg -->`: one
 * component per directive (components/docs/directives/), each saying what it shows. The map must name exactly the
 * directives of lib/docs/directives.ts: the type check fails otherwise.
 */
const DIRECTIVE_VIEWS: Record<DirectiveName, ComponentType<{ arg: string }>> = {
  'install-commands': InstallCommandsDirective,
  'chart-file': ChartFile,
  'fail-messages': FailMessagesDirective,
  'dashboard-picture': DashboardPictureDirective,
  'dashboard-panels': DashboardPanelsDirective,
  'dashboard-inputs': DashboardInputs,
  'dashboard-download': DashboardDownload,
  'bitnami-images': BitnamiImages,
  'bitnami-mirror-values': BitnamiMirrorValues,
  'sizes-table': SizesTable,
  export: ExportDirective,
};

export function Generated({ name, arg }: { name: string; arg: string }) {
  const View = DIRECTIVE_VIEWS[name as DirectiveName] as ComponentType<{ arg: string }> | undefined;
  if (!View) throw new Error(`Unknown docs directive "include: ${name}"`);
  return <View arg={arg} />;
}
