/**
 * The comment a values file from the configurator starts with: which chart version it was written for, so that
 * the upgrade assistant (and a person) can tell later. One line, recognised again when the file comes back.
 */

const HEADER = /^#\s*Values for the aeterna chart (\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b.*$/m;

export function valuesFileHeader(version: string, appVersion: string): string {
  return `# Values for the aeterna chart ${version} (Aeterna ${appVersion}), from the configurator.`;
}

/** The chart version a file's header names, or null: only comment lines before the first value count. */
export function chartVersionOf(text: string): string | null {
  const lead = text.split('\n');
  const comments: string[] = [];
  for (const line of lead) {
    if (line.trim() === '' || line.startsWith('#')) comments.push(line);
    else break;
  }
  return HEADER.exec(comments.join('\n'))?.[1] ?? null;
}

/** The file with its header naming `version`: an existing header is replaced, else one is put on top. */
export function withValuesFileHeader(text: string, version: string, appVersion: string): string {
  const header = valuesFileHeader(version, appVersion);
  if (chartVersionOf(text) !== null) return text.replace(HEADER, header);
  return `${header}\n${text}`;
}
