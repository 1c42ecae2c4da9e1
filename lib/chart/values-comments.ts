/**
 * Reads the Bitnami readme-generator style comments of a values.yaml:
 *
 *   ## @section Redis
 *   ## @param redis.enabled Deploy the bundled Bitnami Redis subchart
 *   ## @param redis.auth [object] Credentials of the bundled Redis
 *   ## @skip redis.image
 *   ## @extra aeterna.env[].name Name of an extra variable
 *   ## @group dependencies Dependencies     (before the first section: a group of the configurator, in order)
 *   ## @group dependencies                  (after a @section line: the section belongs to that group)
 *   ## @decision llm LLM provider: aeterna.llm   (before the first section: the configurator's first view shows these
 *                                               values, in this order; "All settings" shows every group)
 *   ## @when aeterna.llm.openai aeterna.llm.provider=openai   (that value applies only while the condition holds:
 *                                                              `path=a|b` one of these values, `path` alone set)
 *   ## @credential auth.a2a   (a block whose `existingSecret` and `...Key` values name a Secret the user creates: the
 *                              configurator can point every such block at one Secret)
 *
 * Only comments are read; the values themselves come from parsing the YAML.
 */

export interface ParamComment {
  path: string;
  description: string;
  /** Modifiers written in brackets after the path, e.g. ["array", "nullable", "default: 1"]. */
  modifiers: string[];
  section: string;
  /** Order of appearance in values.yaml, to list values in the order the chart author chose. */
  order: number;
}

interface SectionComment {
  name: string;
  /** Free text written on `##` lines right after the @section line (before the first @param). */
  description: string;
  /** Id of the configurator group the section belongs to (`## @group <id>` after the @section line). */
  group?: string;
}

/** A group of the configurator's form, declared with `## @group <id> <title>` before the first section. */
interface GroupComment {
  id: string;
  title: string;
}

/** `## @when <path> <condition>`: the values under `path` are used only while the condition holds. */
export interface WhenComment {
  path: string;
  /** The value the condition reads. */
  on: string;
  /** The values it must have; undefined: it must be set (not empty, false or 0). */
  values?: string[];
}

/** `## @decision <id> <Title>: <path>...`: one of the few decisions the configurator opens on, and its values. */
export interface DecisionComment {
  id: string;
  title: string;
  paths: string[];
}

export interface ValuesComments {
  groups: GroupComment[];
  decisions: DecisionComment[];
  when: WhenComment[];
  /** `## @credential <path>`: blocks holding an `existingSecret` and its key names, in order. */
  credentials: string[];
  sections: SectionComment[];
  params: Map<string, ParamComment>;
  skipped: Set<string>;
}

const SECTION = /^\s*##\s*@section\s+(.+?)\s*$/;
const PARAM = /^\s*##\s*@(param|extra)\s+(\S+)(?:\s+\[([^\]]*)\])?(?:\s+(.*?))?\s*$/;
const SKIP = /^\s*##\s*@skip\s+(\S+)/;
const GROUP = /^\s*##\s*@group\s+(\S+)(?:\s+(.*?))?\s*$/;
const DECISION = /^\s*##\s*@decision\s+(\S+)\s+([^:]+):\s*(.*?)\s*$/;
const WHEN = /^\s*##\s*@when\s+(\S+)\s+([^=\s]+)(?:=(\S+))?\s*$/;
const CREDENTIAL = /^\s*##\s*@credential\s+(\S+)\s*$/;
const PLAIN_DOC = /^\s*##\s?(?!\s*@)(.*)$/;

export function parseValuesComments(text: string): ValuesComments {
  const groups: GroupComment[] = [];
  const when: WhenComment[] = [];
  const decisions: DecisionComment[] = [];
  const credentials: string[] = [];
  const sections: SectionComment[] = [];
  const params = new Map<string, ParamComment>();
  const skipped = new Set<string>();
  let current: SectionComment | null = null;
  let collectingSectionText = false;
  let order = 0;

  for (const line of text.split(/\r?\n/)) {
    const section = SECTION.exec(line);
    if (section) {
      current = { name: section[1]!, description: '' };
      sections.push(current);
      collectingSectionText = true;
      continue;
    }
    const group = GROUP.exec(line);
    if (group) {
      if (current) current.group = group[1]!;
      else groups.push({ id: group[1]!, title: group[2] ?? group[1]! });
      continue;
    }
    const param = PARAM.exec(line);
    if (param) {
      collectingSectionText = false;
      const path = param[2]!;
      params.set(path, {
        path,
        description: (param[4] ?? '').trim(),
        modifiers: (param[3] ?? '')
          .split(',')
          .map((m) => m.trim())
          .filter(Boolean),
        section: current?.name ?? '',
        order: order++,
      });
      continue;
    }
    const d = DECISION.exec(line);
    if (d) {
      decisions.push({ id: d[1]!, title: d[2]!.trim(), paths: d[3]!.split(/\s+/).filter(Boolean) });
      continue;
    }
    const w = WHEN.exec(line);
    if (w) {
      when.push({ path: w[1]!, on: w[2]!, ...(w[3] !== undefined ? { values: w[3].split('|') } : {}) });
      continue;
    }
    const credential = CREDENTIAL.exec(line);
    if (credential) {
      credentials.push(credential[1]!);
      continue;
    }
    const skip = SKIP.exec(line);
    if (skip) {
      skipped.add(skip[1]!);
      continue;
    }
    if (collectingSectionText && current) {
      if (!line.trim()) continue;
      const doc = PLAIN_DOC.exec(line);
      if (doc) {
        const t = doc[1]!.trim();
        if (t) current.description = current.description ? `${current.description} ${t}` : t;
        continue;
      }
      collectingSectionText = false;
    }
  }
  return { groups, decisions, when, credentials, sections, params, skipped };
}
