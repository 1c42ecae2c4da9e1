'use client';

/**
 * The chart's validators: the schema's (precompiled), its cross-field rules (schema allOf, their conditions) and
 * the template-only rules. They load right after the page is interactive, keeping the first load small (about
 * 45 KB gzip); until then the verdict says it is still checking.
 */
import { useEffect, useState } from 'react';
import type { CompiledSchema } from '@/lib/schema/validate';

export type ChartRules = Pick<CompiledSchema, 'validateValues' | 'validateRules' | 'ruleIfs' | 'templateRules'>;

export function useChartRules(): ChartRules {
  const [rules, setRules] = useState<ChartRules>({});
  useEffect(() => {
    let cancelled = false;
    void Promise.all([
      import('@/lib/schema/generated/chart-validators.js'),
      import('@/lib/schema/generated/chart-rules.js'),
      import('@/lib/schema/template-rules'),
    ]).then(([v, m, t]) => {
      if (!cancelled)
        setRules({
          validateValues: v.validateValues,
          validateRules: m.validateRules,
          ruleIfs: m.ruleIfs,
          templateRules: t.templateRuleIssues,
        });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return rules;
}
