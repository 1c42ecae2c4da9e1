/** `sizes-table`: what each of the chart's sizes (charts/aeterna/sizes.json) gives every workload. */
import { SIZES, WORKLOADS, resourcesText } from '@/lib/chart/sizes';
import { ScrollTable } from '../ScrollTable';

export function SizesTable() {
  return (
    <ScrollTable label="What each size sets" columns={['Workload', 'Set by', ...SIZES.map((s) => s.id)]}>
      {WORKLOADS.map((w) => (
        <tr key={w.id}>
          <td>{w.label}</td>
          <td>
            <code>{w.preset ?? w.resources}</code>
          </td>
          {SIZES.map((s) => (
            <td key={s.id}>{resourcesText(s.resources[w.id])}</td>
          ))}
        </tr>
      ))}
    </ScrollTable>
  );
}
