/**
 * The chart's validation rules, one message each, in charts/aeterna/validation-rules.json: the templates stop with
 * them, the schema's cross-field rules take them as descriptions (their `title` is the rule id, with printf
 * arguments after a colon), and the configurator, the docs and the tests read them by id.
 */
export interface ValidationRules {
  messages: Record<string, string>;
}

/** Go's fmt for the verbs the chart's messages use: %s and %v as text, %q as a Go-quoted string, %% as %. */
export function goSprintf(format: string, args: readonly unknown[]): string {
  let i = 0;
  return format.replace(/%([%svq])/g, (_, verb: string) => {
    if (verb === '%') return '%';
    const a = args[i++];
    const text = a === null || a === undefined ? '<nil>' : typeof a === 'object' ? JSON.stringify(a) : String(a);
    return verb === 'q' ? JSON.stringify(text) : text;
  });
}

/** A rule's message with its arguments, as the template prints it. */
export function ruleMessage(rules: ValidationRules, id: string, ...args: unknown[]): string {
  const m = rules.messages[id];
  if (m === undefined) throw new Error(`no validation rule "${id}" in validation-rules.json`);
  return /%[%svq]/.test(m) ? goSprintf(m, args) : m;
}

/** `password-breaks-url:externalPostgresql.password` → the rule id and its arguments. */
export function parseRuleTitle(title: string): { id: string; args: string[] } {
  const [id, rest] = title.split(/:(.*)/s) as [string, string | undefined];
  return { id, args: rest ? rest.split(',') : [] };
}
