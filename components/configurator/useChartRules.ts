'use client';

/**
 * The chart's cross-field rules (schema allOf, their conditions, the template-only rules). They load right after
 * the page is interactive, keeping the first load small; until then the verdict says it is still checking them.
 */
import { useEffect, useState } from 'react';
import type { CompiledSchema } from '@/lib/schema/validate';

export type ChartRules = Pick<CompiledSchema, 'validateRules' | 'ruleIfs' | 'templateRules'>;

export function useChartRules(): ChartRules {
  const [rules, setRules] = useState<ChartRules>({});
  useEffect(() => {
    let cancelled = false;
    void Promise.all([import('@/lib/schema/generated/chart-rules.js'), import('@/lib/schema/template-rules')]).then(([m, t]) => {
      if (!cancelled) setRules({ validateRules: m.validateRules, ruleIfs: m.ruleIfs, templateRules: t.templateRuleIssues });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return rules;
}
