/**
 * The one door to the chart's files (charts/aeterna): its folder, schema, values text, presets, metadata, upgrade
 * notes, rule messages and dashboard. Routes, scripts and tests read the chart through here, so that a new preset
 * or a moved file is picked up everywhere at once. Server-side only (Node's fs); the configurator's client code
 * gets what it needs from the page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ValidationRules } from '@/lib/rules/declaration';

/** The chart the site documents, serves and tests. */
export const CHART_DIR = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'charts', 'aeterna');

/** A path inside the chart. */
export function chartPath(relative: string, chartDir = CHART_DIR): string {
  return path.join(chartDir, relative);
}

/** A file of the chart as text, or null when it does not exist (or lies outside the chart). */
export function readChartText(relative: string, chartDir = CHART_DIR): string | null {
  const file = path.resolve(chartDir, relative);
  if (!file.startsWith(chartDir + path.sep) || !existsSync(file)) return null;
  return readFileSync(file, 'utf8');
}

function required(relative: string, chartDir: string): string {
  const text = readChartText(relative, chartDir);
  if (text === null) throw new Error(`the chart has no ${relative} (in ${chartDir})`);
  return text;
}

export function valuesYamlText(chartDir = CHART_DIR): string {
  return required('values.yaml', chartDir);
}

export function chartSchema(chartDir = CHART_DIR): Record<string, unknown> {
  return JSON.parse(required('values.schema.json', chartDir)) as Record<string, unknown>;
}

export interface ChartMetadata {
  name: string;
  version: string;
  appVersion: string;
  [key: string]: unknown;
}

export function chartMetadata(chartDir = CHART_DIR): ChartMetadata {
  return parse(required('Chart.yaml', chartDir)) as ChartMetadata;
}

export function upgradeNotesText(chartDir = CHART_DIR): string {
  return required('UPGRADING.md', chartDir);
}

export function validationRules(chartDir = CHART_DIR): ValidationRules {
  return JSON.parse(required('validation-rules.json', chartDir)) as ValidationRules;
}

/** The preset files the chart ships (values-<name>.yaml), found by name, in alphabetical order. */
export function presetFiles(chartDir = CHART_DIR): { file: string; text: string }[] {
  return readdirSync(chartDir)
    .filter((f) => /^values-[a-z0-9-]+\.yaml$/.test(f))
    .sort()
    .map((file) => ({ file, text: required(file, chartDir) }));
}
