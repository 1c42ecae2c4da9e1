import { parse } from 'yaml';
import { CodeBlock } from '@/components/site/CodeBlock';
import { chartMetadata, readChartText, valuesYamlText } from '@/lib/chart/files';
import { parseGeneratedSecretsTemplate } from '@/lib/chart/generated-secrets';
import { presetExample } from '@/lib/exports/preset-example';
import type { ExportId } from '@/lib/exports/exports';
import { servedDigest } from '@/lib/helm-repo/served-digest';
import { ORIGIN_PLACEHOLDER, helmRepoUrl } from '@/lib/site/install-commands';
import type { JsonObject } from '@/lib/values/coalesce';
import { Missing } from './Missing';

/**
 * `export <id> [preset file]`: the export of a preset (values-production.yaml unless named) as the configurator
 * makes it, pinned to the served archive; for Argo CD first the chart's refusal, then the export once its Secrets
 * are named. The repository URL is the page's own origin (components/islands/bootstrap.ts fills it in).
 */
export function ExportDirective({ arg }: { arg: string }) {
  const [id, file = 'values-production.yaml'] = arg.split(/\s+/).filter(Boolean);
  const presetText = readChartText(file);
  if (presetText === null) return <Missing what={`The file ${file}`} />;
  const version = chartMetadata().version;
  const { result, refusal } = presetExample({
    id: id as ExportId,
    preset: parse(presetText) as JsonObject,
    defaults: parse(valuesYamlText()) as JsonObject,
    generatedSecrets: parseGeneratedSecretsTemplate(readChartText('templates/_generated-secrets.tpl') ?? ''),
    pin: { version, digest: servedDigest(version) },
    repoUrl: helmRepoUrl(ORIGIN_PLACEHOLDER, process.env.NEXT_PUBLIC_BASE_PATH ?? ''),
  });
  return (
    <div data-site-origin data-testid={`docs-export-${id}`}>
      {refusal ? (
        <>
          <p>
            With <code>{file}</code> as it is, the chart refuses to render without the cluster, in these words:
          </p>
          <CodeBlock code={refusal.trim()} label="Copy message" />
          <p>Once those Secrets exist and the values name them, the export is:</p>
        </>
      ) : (
        <p>
          With <code>{file}</code>, the configurator exports:
        </p>
      )}
      {result.ready ? <CodeBlock code={result.text.trimEnd()} label={`Copy ${result.fileName}`} /> : <p role="note">{result.reason}</p>}
    </div>
  );
}
