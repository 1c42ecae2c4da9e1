/**
 * The offline bundle: everything an installation without internet access needs, in one zip: the chart archive
 * the site serves (and its provenance file when the site has one; never a made-up one), the values rewritten for
 * the private registry, the image list, the script that copies the images, and the values schema. Pure: the
 * caller fetches the files and zips them (fflate, loaded on click); this module decides names and contents.
 */
import type { MirrorCopy } from './private-registry';
import { copyScript, imagesText } from './copy-script';

export interface BundleInput {
  chart: { name: string; version: string };
  /** The chart archive as /charts serves it. */
  archive: Uint8Array;
  /** Its `.prov`, or null when the site serves none. */
  provenance: Uint8Array | null;
  /** The user's values with the rewrite merged in (private-registry.ts valuesWithPrivateRegistry). */
  values: string;
  /** values.schema.json as the chart ships it. */
  schemaText: string;
  registry: string;
  copies: readonly MirrorCopy[];
  clashes: readonly string[][];
}

export interface BundleFile {
  path: string;
  content: Uint8Array;
  executable?: boolean;
}

/** A `$ref` that leaves the file: an offline install cannot resolve it, so the bundle refuses to carry it. */
export function remoteRefs(schema: unknown): string[] {
  const found: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === '$ref' && typeof x === 'string' && !x.startsWith('#')) found.push(x);
        else walk(x);
      }
    }
  };
  walk(schema);
  return found;
}

function bundleFolder(chart: { name: string; version: string }): string {
  return `${chart.name}-${chart.version}-offline`;
}

/** The bundle's files, in the order the README lists them. Throws when the schema is not self-contained. */
export function bundleFiles(input: BundleInput): BundleFile[] {
  const refs = remoteRefs(JSON.parse(input.schemaText));
  if (refs.length) throw new Error(`values.schema.json refers to other files (${refs.join(', ')}): an offline install cannot read them`);
  const enc = new TextEncoder();
  const dir = bundleFolder(input.chart);
  const archiveName = `${input.chart.name}-${input.chart.version}.tgz`;
  const files: BundleFile[] = [
    { path: `${dir}/README.md`, content: enc.encode(readme(input, archiveName)) },
    { path: `${dir}/${archiveName}`, content: input.archive },
  ];
  if (input.provenance) files.push({ path: `${dir}/${archiveName}.prov`, content: input.provenance });
  files.push(
    { path: `${dir}/values.yaml`, content: enc.encode(input.values) },
    { path: `${dir}/images.txt`, content: enc.encode(imagesText(input.copies)) },
    { path: `${dir}/copy-images.sh`, content: enc.encode(copyScript(input.copies, input.registry)), executable: true },
    { path: `${dir}/values.schema.json`, content: enc.encode(input.schemaText) },
  );
  return files;
}

function readme(input: BundleInput, archiveName: string): string {
  const { name, version } = input.chart;
  const provenance = input.provenance
    ? [
        `- \`${archiveName}.prov\`: its provenance file. Check it before installing:`,
        `  \`helm verify ${archiveName} --keyring <the maintainers' public keyring>\`.`,
      ]
    : [
        `- There is **no provenance file**: the site that made this bundle serves \`${archiveName}\` unsigned, so the`,
        '  archive cannot be verified with `helm verify`. Compare its checksum with the one your source publishes.',
      ];
  const clashes = input.clashes.length
    ? [
        '',
        '## Images that land on the same name',
        '',
        'These images have the same path in different registries, so they would overwrite each other in',
        `\`${input.registry}\`. Give them paths of their own (their image values) before copying:`,
        '',
        ...input.clashes.map((c) => `- ${c.map((r) => `\`${r}\``).join(' and ')}`),
      ]
    : [];
  return [
    `# ${name} ${version} without internet access`,
    '',
    `Everything needed to install the chart from a private registry, \`${input.registry}\`:`,
    '',
    `- \`${archiveName}\`: the chart, as the site serves it (its subcharts inside).`,
    ...provenance,
    `- \`values.yaml\`: your values, with every image moved to \`${input.registry}\` through the charts' own image`,
    "  values (`global.imageRegistry`, Bitnami's `global.security.allowInsecureImages`, each image's own keys).",
    `- \`images.txt\`: the ${input.copies.length} images the release pulls today, one a line (by digest where pinned).`,
    '- `copy-images.sh`: copies each of them into the private registry with crane or skopeo, every platform.',
    "- `values.schema.json`: the chart's values schema, self-contained, for editors and CI.",
    ...clashes,
    '',
    '## Steps',
    '',
    '1. Where both registries can be reached, log in to them and run `./copy-images.sh crane` (or `skopeo`).',
    '2. Carry this folder to where the cluster is, and install from the archive:',
    '',
    '   ```bash',
    `   helm upgrade --install ${name} ./${archiveName} --namespace ${name} --create-namespace -f values.yaml`,
    '   ```',
    '',
    'The image list follows the values it was made with: after changing a value that adds a workload (metrics,',
    'replicas, Qdrant), make the bundle again.',
    '',
  ].join('\n');
}
