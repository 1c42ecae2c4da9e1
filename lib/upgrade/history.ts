/** The chart's version history (charts/aeterna/version-history.json), checked once; browser and server alike. */
import historyJson from '@/charts/aeterna/version-history.json';
import { parseVersionHistory, type VersionHistory } from './version-history';

export const versionHistory: VersionHistory = parseVersionHistory(historyJson);
