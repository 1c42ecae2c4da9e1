'use client';

import type { Group } from '@/lib/schema/groups';
import { FormSection } from './FormSection';
import { groupView, type GroupViewProps } from './group-views';

/** Every value of the chart, in the groups values.yaml declares (`## @group`), with links to each group. */
export function AllSettings({ groups, viewProps }: { groups: readonly Group[]; viewProps: Omit<GroupViewProps, 'keys'> }) {
  return (
    <div id="view-all" role="tabpanel" aria-labelledby="tab-all" className="space-y-6">
      <nav aria-label="Form sections" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {groups.map((g) => (
          <a key={g.id} href={`#group-${g.id}`} className="underline">
            {g.title}
          </a>
        ))}
      </nav>
      {groups.map((g) => {
        const { View, roomy } = groupView(g.id);
        return (
          <FormSection key={g.id} id={g.id} title={g.title} roomy={roomy}>
            <View {...viewProps} keys={g.keys} />
          </FormSection>
        );
      })}
    </div>
  );
}
