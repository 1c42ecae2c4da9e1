/**
 * values.yaml's `## @param path description` comments are the one place a value is described; this writes them into
 * values.schema.json's `description`s (which Helm, IDEs, the reference page and the configurator read), so the two
 * can never disagree. Objects without a `@param` of their own keep the description written in the schema, since
 * values.yaml has nowhere to say it.
 */
import { parseValuesComments } from '@/lib/chart/values-comments';

export interface SchemaNode {
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  [key: string]: unknown;
}

export interface DescriptionResult {
  schema: SchemaNode;
  /** `@param` paths with no property in the schema: a typo in values.yaml or a value missing from the schema. */
  unknownPaths: string[];
}

/** A copy of `schema` whose descriptions are those of values.yaml's `@param` comments. */
export function withDescriptionsFromValues(schema: SchemaNode, valuesYaml: string): DescriptionResult {
  const copy = structuredClone(schema);
  const unknownPaths: string[] = [];
  for (const param of parseValuesComments(valuesYaml).params.values()) {
    let node: SchemaNode | undefined = copy;
    for (const key of param.path.split('.')) node = node?.properties?.[key];
    if (!node) unknownPaths.push(param.path);
    else node.description = param.description;
  }
  return { schema: copy, unknownPaths };
}

/** The schema file's text as the generator writes it (two-space JSON, trailing newline). */
export function schemaText(schema: SchemaNode): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
