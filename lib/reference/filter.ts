/** Text an entry is filtered on: its path (also split into words) and its description, in lower case. */
export function filterText(path: string, ...rest: string[]): string {
  return [path, path.replace(/[.[\]]+/g, ' '), ...rest].join(' ').toLowerCase();
}

/** True when every word of the query occurs in the entry's filter text (so "redis host" finds externalRedis.host). */
export function matchesFilter(text: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => text.includes(w));
}
