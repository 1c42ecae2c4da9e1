import { chartPath, readChartText, validationRules } from '@/lib/chart/files';
import { summarizeDashboard, type DashboardSummary } from '../dashboard/dashboard';
import { ruleMessages } from '@/lib/rules/declaration';
import { extractValidationMessages, type ValidationMessage } from '../chart/template-messages';

/** The dashboard JSON of the chart, read at build time (never copied into the site's sources). */
export const DASHBOARD_FILE = chartPath('dashboards/aeterna.json');

/** Public URL (without base path) of the dashboard JSON, served byte for byte by app/dashboards/aeterna.json. */
export const DASHBOARD_URL = '/dashboards/aeterna.json';

/** A file of the chart by its path inside the chart, or null when the chart does not ship it (yet). */
export const readChartFile = (relative: string): string | null => readChartText(relative);

/** The messages the templates can stop with; rule messages come from validation-rules.json, by id. */
export function loadValidationMessages(): ValidationMessage[] {
  const tpl = readChartText('templates/_validation.tpl');
  return tpl === null ? [] : extractValidationMessages(tpl, ruleMessages(validationRules()));
}

export function loadDashboard(): DashboardSummary | null {
  const text = readChartText('dashboards/aeterna.json');
  return text === null ? null : summarizeDashboard(JSON.parse(text));
}

/**
 * The value paths a message is about: those read by its conditions plus those named in its text, keeping only
 * real values and dropping a parent when a child is listed (`redis` goes when `redis.auth.enabled` is there).
 */
export function valuesOfMessage(m: ValidationMessage, knownPaths: Set<string>): string[] {
  const named = (m.message.match(/[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+/g) ?? []).filter((p) => knownPaths.has(p));
  const all = [...new Set([...m.valuePaths, ...named])].filter((p) => knownPaths.has(p));
  return all.filter((p) => !all.some((q) => q !== p && q.startsWith(`${p}.`)));
}
