/**
 * values.yaml's `## @param path description` comments are the one place a value is described; this writes them into
 * values.schema.json's `description`s (which Helm, IDEs, the reference page and the configurator read), so the two
 * can never disagree. Objects without a `@param` of their own keep the description written in the schema, since
 * values.yaml has nowhere to say it.
 */
import { parseValuesComments } from '@/lib/reference/values-comments';
import { parseRuleTitle, ruleMessage, type ValidationRules } from './validation-rules';

export interface SchemaNode {
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  allOf?: SchemaNode[];
  [key: string]: unknown;
}

export interface DescriptionResult {
  schema: SchemaNode;
  /** `@param` paths with no property in the schema: a typo in values.yaml or a value missing from the schema. */
  unknownPaths: string[];
  /** Cross-field rules (root allOf) without a title naming a rule of validation-rules.json. */
  unknownRules: string[];
}

/**
 * A copy of `schema` whose descriptions are those of values.yaml's `@param` comments, and whose cross-field rules
 * (root allOf, titled with the rule id) are described by their message in validation-rules.json.
 */
export function withDescriptionsFromValues(schema: SchemaNode, valuesYaml: string, rules: ValidationRules = { messages: {} }): DescriptionResult {
  const copy = structuredClone(schema);
  const unknownPaths: string[] = [];
  const unknownRules: string[] = [];
  for (const [i, rule] of (copy.allOf ?? []).entries()) {
    const { id, args } = parseRuleTitle(rule.title ?? '');
    if (!(id in rules.messages)) unknownRules.push(`allOf[${i}] ${rule.title ?? '(no title)'}`);
    else rule.description = ruleMessage(rules, id, ...args);
  }
  for (const param of parseValuesComments(valuesYaml).params.values()) {
    let node: SchemaNode | undefined = copy;
    for (const key of param.path.split('.')) node = node?.properties?.[key];
    if (!node) unknownPaths.push(param.path);
    else node.description = param.description;
  }
  return { schema: copy, unknownPaths, unknownRules };
}

/** The schema file's text as the generator writes it (two-space JSON, trailing newline). */
export function schemaText(schema: SchemaNode): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
