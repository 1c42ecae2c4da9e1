import { loadValidationMessages, valuesOfMessage } from '@/lib/docs/chart-sources';
import { loadReference } from '@/lib/reference/load';
import { chartRuleInstances } from '@/lib/rules/chart-rules';
import { schemaExpressible } from '@/lib/rules/declaration';
import { FailMessages } from '../FailMessages';

/** `fail-messages`: every validation message, once, marked where editors check the same rule as you type. */
export function FailMessagesDirective() {
  const known = new Set(loadReference().entries.map((e) => e.path));
  const schemaRuleIds = new Set(chartRuleInstances.filter(schemaExpressible).map((r) => r.id));
  return <FailMessages messages={loadValidationMessages()} valuesOf={(m) => valuesOfMessage(m, known)} schemaRuleIds={schemaRuleIds} />;
}
