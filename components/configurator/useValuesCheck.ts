'use client';

/**
 * What the chart says of the current values file: the effective values (the file over the chart's defaults),
 * every problem (the schema's, the rules'), and the fields the rules that apply now make required.
 */
import { useEffect, useMemo, useRef } from 'react';
import { whenIdle } from '@/lib/site/when-idle';
import { activeRequirements, type Schema } from '@/lib/schema/form-schema';
import { createValuesValidator, type SchemaIssue } from '@/lib/schema/validate';
import type { JsonObject } from '@/lib/values/coalesce';
import type { EditingSession } from '@/lib/values/editing-session';
import { useChartRules } from './useChartRules';

export function useValuesCheck(schema: Schema, defaults: JsonObject, session: EditingSession, user: JsonObject) {
  const rules = useChartRules();
  const validator = useMemo(() => createValuesValidator(schema, defaults, rules), [schema, defaults, rules]);
  // The session computes the effective values once per values file (`user` changes exactly when it does).
  const effective = useMemo(() => session.effective(user), [session, user]);
  const issues: SchemaIssue[] = useMemo(() => {
    try {
      return validator.validateValues(effective);
    } catch (e) {
      // A check that fails on these values is a problem with them, listed like the others, not a broken page.
      const message = `The chart's checks could not run on these values: ${e instanceof Error ? e.message : String(e)}`;
      return [{ path: [], message, keyword: 'check' }];
    }
  }, [validator, effective]);
  // The chart's validator is one very large generated function: its first runs, in V8's interpreter, cost the
  // first keystroke about 10 ms. Two more runs while the page is idle after the rules load get it compiled first.
  const latest = useRef(effective);
  useEffect(() => {
    latest.current = effective;
  });
  useEffect(() => {
    if (!validator.rulesLoaded) return;
    const run = () => {
      try {
        validator.validateValues(latest.current);
      } catch {
        // The check itself lists what fails on these values.
      }
    };
    let cancel = whenIdle(() => {
      run();
      cancel = whenIdle(run);
    });
    return () => cancel();
  }, [validator]);
  const requirementsKey = useMemo(() => {
    try {
      return JSON.stringify(activeRequirements(schema, effective, validator.ruleApplies));
    } catch {
      return '{}';
    }
  }, [schema, effective, validator]);
  const requirements = useMemo(() => JSON.parse(requirementsKey) as Record<string, string[]>, [requirementsKey]);
  return { effective, issues, requirements, rulesLoaded: validator.rulesLoaded };
}
