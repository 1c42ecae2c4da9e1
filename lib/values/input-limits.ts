/**
 * How much the configurator accepts, in one place, and what it says when something is larger. Each limit is far
 * above what a real values file needs and far below what makes the page slow or crash: the chart's own full
 * values.yaml (every default, every comment) is 52 KB, and a values file of differences is a few KB.
 */

/**
 * The values text (pasted, typed, opened or restored), in UTF-8 bytes: 20 times the chart's full values.yaml. Parsing
 * 1 MB takes about 0.5 s on a busy 2-core machine (10 MB took 8.5 s, on every keystroke), so above this the page
 * refuses the text instead of freezing; helm itself has no such limit, which is where a bigger file can go.
 */
export const MAX_VALUES_BYTES = 1_000_000;

/**
 * The values after aliases are expanded, in characters of keys and strings (about their JSON size). Aliases are
 * shared in memory but copied by everything after the parse (coalescing, validation, the form, saving): 0.6 MB of
 * aliases to one long string came to more than V8's longest string and crashed the page. Twice the text limit leaves
 * room for a file that uses anchors for repeated blocks.
 */
export const MAX_EXPANDED_VALUES = 2 * MAX_VALUES_BYTES;

/** How deeply maps and lists nest: the chart's values go 6 levels deep; the code that walks them recurses. */
const MAX_NESTING = 100;

/**
 * Above this length (characters) the text is parsed once typing pauses (PARSE_PAUSE_MS), not on every keystroke:
 * parsing 200 KB takes about 100 ms here, the most a keystroke may wait.
 */
export const LARGE_TEXT_CHARS = 200_000;
export const PARSE_PAUSE_MS = 300;

/**
 * A share link's packed fragment (lz-string, URI-safe characters). The largest file the chart ships,
 * values-production.yaml, packs to 1,974 characters; 6,000 is three times that. lz-string unpacks at most about
 * 5 million characters from 6,000 (10 million from 8,334), and only in full, so this is checked before unpacking.
 */
export const MAX_SHARE_PACKED_CHARS = 6_000;

/**
 * A share link's packed target cluster (lib/cluster/profile.ts): the three presets together pack to about 400
 * characters, a pasted `kubectl api-versions` of a cluster with 100 CRD groups to about 1,500.
 */
export const MAX_SHARE_CLUSTER_PACKED_CHARS = 6_000;

/** A share link's unpacked values (JSON characters), checked before JSON.parse: the same as a values file. (The
 * messages are in ./share-link.ts, which is loaded only when a link is opened.) */
export const MAX_SHARE_JSON_CHARS = 1_000_000;

/** UTF-8 length of `text`, counted without encoding it (a 10 MB paste is not copied to be measured). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** "10.0 MB", "1.25 MB", "8.4 KB" (a limit is written round: "1 MB"). */
export function formatSize(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e7 ? 1 : 2)} MB`;
  return `${(n / 1e3).toFixed(1)} KB`;
}

/** A limit, written round: "1 MB". */
export const formatLimit = (n: number) => `${n / 1e6} MB`;

/** A size over `limit`, in bytes when rounding would make it read as the limit itself. */
export function formatSizeOver(n: number, max: number): string {
  return (n / 1e6).toFixed(2) === (max / 1e6).toFixed(2) ? `${n.toLocaleString('en-US')} bytes` : formatSize(n);
}

const HELM_INSTEAD = 'helm upgrade --install aeterna aeterna/aeterna -f values.yaml';

/** The values text's size problem, or null when it is within the limit. Costs no parse. */
export function valuesTextTooLarge(text: string): string | null {
  // Most texts are decided by their length alone: a UTF-8 byte count is between 1 and 3 times it.
  if (text.length * 3 <= MAX_VALUES_BYTES) return null;
  const bytes = utf8Bytes(text);
  if (bytes <= MAX_VALUES_BYTES) return null;
  return `The text is ${formatSizeOver(bytes, MAX_VALUES_BYTES)}; the configurator accepts values files up to ${formatLimit(MAX_VALUES_BYTES)} (the chart's full values.yaml is 52 KB). Undo (Ctrl+Z) in the editor brings back your text from before; for a file this large, split it or use helm directly: ${HELM_INSTEAD}`;
}

export const VALUES_EXPAND_TOO_FAR = `The file's aliases (*name) expand its values to more than ${formatLimit(MAX_EXPANDED_VALUES)}: a values file never needs that much. Write the values out, or use fewer aliases.`;

export const VALUES_NEST_TOO_DEEP = `The values nest more than ${MAX_NESTING} levels deep (the chart's go 6 deep): this is not a values file.`;

/**
 * Whether `value` (the parse's result, aliases shared) is within MAX_EXPANDED_VALUES and MAX_NESTING once expanded;
 * the walk stops as soon as it is not, so it costs at most the limit's worth of steps.
 */
export function expandedValuesProblem(value: unknown): string | null {
  let budget = MAX_EXPANDED_VALUES;
  const walk = (v: unknown, depth: number): string | null => {
    if (depth > MAX_NESTING) return VALUES_NEST_TOO_DEEP;
    if (typeof v === 'string') budget -= v.length + 2;
    else if (Array.isArray(v)) {
      budget -= 2;
      for (const x of v) {
        const p = walk(x, depth + 1);
        if (p) return p;
        if (budget < 0) return VALUES_EXPAND_TOO_FAR;
      }
    } else if (typeof v === 'object' && v !== null) {
      budget -= 2;
      for (const [k, x] of Object.entries(v)) {
        budget -= k.length + 3;
        const p = walk(x, depth + 1);
        if (p) return p;
        if (budget < 0) return VALUES_EXPAND_TOO_FAR;
      }
    } else budget -= 4;
    return budget < 0 ? VALUES_EXPAND_TOO_FAR : null;
  };
  return walk(value, 0);
}

/**
 * Pasted `kubectl version` / `kubectl api-versions` output (lib/cluster/kubectl-output.ts), in characters, checked
 * before anything splits or parses it: `kubectl version -o json` prints about 1 KB, and `kubectl api-versions` of a
 * cluster with 300 CRD groups about 12 KB.
 */
export const MAX_KUBECTL_PASTE_CHARS = 100_000;
