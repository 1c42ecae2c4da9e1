import { CodeBlock } from '@/components/site/CodeBlock';
import { readChartFile } from '@/lib/docs/chart-sources';
import { Missing } from './Missing';

/** `chart-file <path>`: a file shipped in the chart (e.g. values-production.yaml), with a copy button. */
export function ChartFile({ arg }: { arg: string }) {
  const text = readChartFile(arg);
  return text === null ? <Missing what={`The file ${arg}`} /> : <CodeBlock code={text.trimEnd()} label={`Copy ${arg}`} />;
}
