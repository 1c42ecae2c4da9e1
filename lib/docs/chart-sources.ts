import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHART_DIR } from '@/lib/reference/load';
import { summarizeDashboard, type DashboardSummary } from './dashboard';
import { extractValidationMessages, type ValidationMessage } from './validation-messages';

/** Files of charts/aeterna the docs read at build time (never copied into the site's sources). */
export const DASHBOARD_FILE = path.join(CHART_DIR, 'dashboards', 'aeterna.json');
const VALIDATION_FILE = path.join(CHART_DIR, 'templates', '_validation.tpl');
const RULES_FILE = path.join(CHART_DIR, 'validation-rules.json');

/** Public URL (without base path) of the dashboard JSON, served byte for byte by app/dashboards/aeterna.json. */
export const DASHBOARD_URL = '/dashboards/aeterna.json';

/** A file of the chart by its path inside the chart, or null when the chart does not ship it (yet). */
export function readChartFile(relative: string): string | null {
  const file = path.resolve(CHART_DIR, relative);
  if (!file.startsWith(CHART_DIR + path.sep) || !existsSync(file)) return null;
  return readFileSync(file, 'utf8');
}

/** The messages the templates can stop with; rule messages come from validation-rules.json, by id. */
export function loadValidationMessages(): ValidationMessage[] {
  if (!existsSync(VALIDATION_FILE)) return [];
  const rules = existsSync(RULES_FILE) ? ((JSON.parse(readFileSync(RULES_FILE, 'utf8')) as { messages?: Record<string, string> }).messages ?? {}) : {};
  return extractValidationMessages(readFileSync(VALIDATION_FILE, 'utf8'), rules);
}

export function loadDashboard(): DashboardSummary | null {
  return existsSync(DASHBOARD_FILE) ? summarizeDashboard(JSON.parse(readFileSync(DASHBOARD_FILE, 'utf8'))) : null;
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
