'use client';

/**
 * The configurator's first view: the few decisions values.yaml declares (`## @decision`), in its order. A decision
 * with a view of its own (DECISION_VIEWS: one address for how it is reached, one Secret for the credentials) shows
 * it above the form of its values; one whose id names a group with a view of its own (the dependencies,
 * authentication) shows that view's choices; the others get a form of exactly their values (`aeterna.llm`,
 * `aeterna.kms`). Everything else is under "All settings".
 */
import type { ErrorSchema, RJSFSchema } from '@rjsf/utils';
import { lazy, Suspense, useCallback, useMemo, type ComponentType } from 'react';
import type { DecisionComment } from '@/lib/chart/values-comments';
import { mergeUi, pickPaths, slotUi } from '@/lib/schema/form-schema';
import type { JsonObject } from '@/lib/values/coalesce';
import { FormSection } from './FormSection';
import { GroupForm } from './GroupForm';
import { specialGroupView, type GroupViewProps } from './group-views';

// The last two decisions are below the first screen: their code loads with the page's idle work, not its first load.
const DECISION_VIEWS: Readonly<Record<string, ComponentType<Omit<GroupViewProps, 'keys'>>>> = {
  reach: lazy(() => import('./ReachDecision').then((m) => ({ default: m.ReachDecision }))),
  credentials: lazy(() => import('./CredentialsDecision').then((m) => ({ default: m.CredentialsDecision }))),
};

export interface SlotProps {
  /** The form's own data while the user types in it, else the values at its paths (stable objects). */
  slotDataFor: (id: string, paths: readonly (readonly string[])[]) => JsonObject;
  slotErrorsFor: (id: string, paths: readonly (readonly string[])[]) => ErrorSchema | undefined;
  onSlotChange: (id: string, paths: readonly (readonly string[])[], data: JsonObject) => void;
}

function SlotForm({ decision, p, slots }: { decision: DecisionComment; p: Omit<GroupViewProps, 'keys'>; slots: SlotProps }) {
  const paths = useMemo(() => decision.paths.map((d) => d.split('.')), [decision]);
  const schema = useMemo(() => pickPaths(p.schema, paths, p.requirements) as RJSFSchema, [p.schema, paths, p.requirements]);
  const { onSlotChange } = slots;
  const onChange = useCallback((data: JsonObject) => onSlotChange(decision.id, paths, data), [onSlotChange, decision.id, paths]);
  const keys = useMemo(() => [...new Set(paths.map((x) => x[0]!))], [paths]);
  const hidden = p.uiFor(keys);
  const ui = useMemo(() => mergeUi(slotUi(paths, p.schema), hidden ?? {}), [paths, p.schema, hidden]);
  return (
    <GroupForm
      schema={schema}
      uiSchema={ui}
      formData={slots.slotDataFor(decision.id, paths)}
      extraErrors={slots.slotErrorsFor(decision.id, paths)}
      onChange={onChange}
    />
  );
}

export function DecisionsView({
  decisions,
  viewProps,
  slots,
}: {
  decisions: readonly DecisionComment[];
  viewProps: Omit<GroupViewProps, 'keys'>;
  slots: SlotProps;
}) {
  return decisions.map((d) => {
    const Own = DECISION_VIEWS[d.id];
    if (Own) {
      return (
        <FormSection key={d.id} id={`decision-${d.id}`} title={d.title} lazy={false}>
          <Suspense fallback={<p className="text-sm">Loading…</p>}>
            <Own {...viewProps} slotForm={d.paths.length > 0 ? <SlotForm decision={d} p={viewProps} slots={slots} /> : undefined} />
          </Suspense>
        </FormSection>
      );
    }
    const special = specialGroupView(d.id);
    return (
      <FormSection key={d.id} id={`decision-${d.id}`} title={d.title} roomy={special?.roomy} lazy={false}>
        {special ? (
          <special.View
            {...viewProps}
            keys={[...new Set(d.paths.map((x) => x.split('.')[0]!))]}
            compact
            slotForm={<SlotForm decision={d} p={viewProps} slots={slots} />}
          />
        ) : (
          <SlotForm decision={d} p={viewProps} slots={slots} />
        )}
      </FormSection>
    );
  });
}
