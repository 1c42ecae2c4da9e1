/**
 * YAML for the exports, written by the `yaml` package (never by string concatenation: values may hold any text),
 * with comments where a tool cannot do what the export would want (pin a digest, check a signature).
 */
import { Document, Scalar, visit } from 'yaml';

export interface CommentedObject {
  /** Comment lines above the object (without "#"). */
  comment?: string[];
  object: unknown;
}

/** Without line folding: a long value stays one line, exactly as written. */
const OPTIONS = { lineWidth: 0 } as const;

/**
 * kubectl, Helm, Argo CD and Flux read YAML with go-yaml's YAML 1.1 rules, where `off`, `yes` or `y` are booleans
 * and Go's number syntax (`0o12`, `1_000`) is a number: written as YAML 1.1, and every string that starts like a
 * number quoted, a string stays a string.
 */
function newDocument(value: unknown): Document {
  const doc = new Document(value, { version: '1.1' });
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value === 'string' && /^[-+]?\.?[0-9]/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc;
}

function documentText({ comment, object }: CommentedObject): string {
  const doc = newDocument(object);
  // The yaml package prints each comment line after "#"; a leading space keeps "# text".
  if (comment?.length) doc.commentBefore = comment.map((l) => (l ? ` ${l}` : '')).join('\n');
  return doc.toString(OPTIONS);
}

/** One or more objects as a multi-document YAML stream. */
export function yamlStream(objects: CommentedObject[]): string {
  return objects.map(documentText).join('---\n');
}

/** A plain YAML text of a value (a values file). */
export function yamlText(value: unknown): string {
  return newDocument(value).toString(OPTIONS);
}
