'use client';

/**
 * What each group of the form shows: a group with a view of its own (authentication as one choice, the
 * dependencies as bundled-or-external pairs), or else one form per top-level key. A new special group is one
 * entry in GROUP_VIEWS; the groups themselves are declared in values.yaml (`## @group`).
 */
import type { ErrorSchema, RJSFSchema } from '@rjsf/utils';
import { memo, useMemo, type ComponentType, type ReactNode } from 'react';
import { pickSchema, type Schema } from '@/lib/schema/form-schema';
import type { DependencyPair } from '@/lib/schema/groups';
import type { SchemaIssue } from '@/lib/schema/validate';
import { authChoiceOf, type AuthChoice as Choice } from '@/lib/values/auth-choice';
import type { JsonObject } from '@/lib/values/coalesce';
import type { CredentialBlock } from '@/lib/values/shared-secret';
import { AuthChoice } from './AuthChoice';
import { DependenciesGroup } from './DependenciesGroup';
import { GroupForm } from './GroupForm';
import type { FileChange } from './useWholeFileChanges';

/** Everything a group's view may need, the same for every group. */
export interface GroupViewProps {
  keys: readonly string[];
  schema: Schema;
  pairs: readonly DependencyPair[];
  effective: JsonObject;
  issues: readonly SchemaIssue[];
  requirements: Record<string, string[]>;
  formDataFor: (keys: readonly string[]) => JsonObject;
  errorsFor: (keys: readonly string[]) => ErrorSchema | undefined;
  /** One handler per top-level key, stable across renders (a form re-renders only when its own props change). */
  handlerFor: (key: string) => (data: JsonObject) => void;
  /** What to hide in the form of these keys: the blocks that do not apply now (stable while that does not change). */
  uiFor: (keys: readonly string[]) => Record<string, unknown> | undefined;
  onChange: (keys: readonly string[], data: JsonObject) => void;
  onAuthChoice: (choice: Choice) => void;
  onDependencyMode: (pair: DependencyPair, external: boolean) => void;
  /** A choice that sets several values at once (the public address, the shared credentials Secret). */
  onFileChange: (change: FileChange) => void;
  /** The credential blocks (values.yaml `@credential`) that apply to the current choices. */
  credentials: readonly CredentialBlock[];
  /** The first view: each group's choices only (see DependenciesGroup). */
  compact?: boolean;
  /** The first view: the form of the decision's own values, where the group's view shows a form (authentication). */
  slotForm?: ReactNode;
}

const EXPOSURE_RULES = new Set(['published-without-auth', 'published-a2a-without-key']);

function AuthGroup(p: GroupViewProps) {
  return (
    <AuthChoice
      schema={p.schema}
      requirements={p.requirements}
      formData={p.formDataFor(p.keys)}
      choice={authChoiceOf(p.effective)}
      exposureRefused={p.issues.some((i) => i.ruleId !== undefined && EXPOSURE_RULES.has(i.ruleId))}
      hiddenUi={p.uiFor(p.keys)}
      form={p.compact ? p.slotForm : undefined}
      errorsFor={p.errorsFor}
      onChoiceChange={p.onAuthChoice}
      onChange={p.onChange}
    />
  );
}

function Dependencies(p: GroupViewProps) {
  return (
    <DependenciesGroup
      keys={p.keys}
      pairs={p.pairs}
      schema={p.schema}
      effective={p.effective}
      issues={p.issues}
      requirements={p.requirements}
      formDataFor={p.formDataFor}
      errorsFor={p.errorsFor}
      onModeChange={p.onDependencyMode}
      onChange={p.onChange}
      compact={p.compact}
    />
  );
}

/** The form of one top-level key, rendered by rjsf from that key's slice of the schema (rebuilt only when the rules' requirements change). */
// memo: its props are stable while its key's values and errors are (useKeyForms), so an edit elsewhere skips it.
const KeySchemaForm = memo(function KeySchemaForm(props: {
  schema: Schema;
  name: string;
  requirements: Record<string, string[]>;
  formData: JsonObject;
  extraErrors: ErrorSchema | undefined;
  uiSchema: Record<string, unknown> | undefined;
  onChange: (data: JsonObject) => void;
}) {
  const { schema, name, requirements } = props;
  const sub = useMemo(() => pickSchema(schema, [name], requirements) as RJSFSchema, [schema, name, requirements]);
  return (
    <GroupForm schema={sub} uiSchema={props.uiSchema} formData={props.formData} extraErrors={props.extraErrors} onChange={props.onChange} />
  );
});

function KeyForms(p: GroupViewProps) {
  return p.keys.map((k) => (
    <KeySchemaForm
      key={k}
      schema={p.schema}
      name={k}
      requirements={p.requirements}
      formData={p.formDataFor([k])}
      extraErrors={p.errorsFor([k])}
      uiSchema={p.uiFor([k])}
      onChange={p.handlerFor(k)}
    />
  ));
}

interface GroupView {
  View: ComponentType<GroupViewProps>;
  /** More space between the blocks (the dependency pairs). */
  roomy?: boolean;
}

const GROUP_VIEWS: Readonly<Record<string, GroupView>> = {
  auth: { View: AuthGroup },
  dependencies: { View: Dependencies, roomy: true },
};

export function groupView(groupId: string): GroupView {
  return GROUP_VIEWS[groupId] ?? { View: KeyForms };
}

/** A group with a view of its own, if `id` names one (the first view's decisions reuse them). */
export function specialGroupView(id: string): GroupView | undefined {
  return GROUP_VIEWS[id];
}
