/** The directives about the images Bitnami's subcharts default to (docker.io/bitnamilegacy since 2025). */
import Link from 'next/link';
import { CodeBlock } from '@/components/site/CodeBlock';
import { legacyBitnamiImages, mirrorValuesYaml } from '@/lib/chart/bitnami-images';
import { loadReference } from '@/lib/reference/load';
import { ScrollTable } from '../ScrollTable';

/** `bitnami-images`: every image that defaults to bitnamilegacy, with its values. */
export function BitnamiImages() {
  const images = legacyBitnamiImages(loadReference().entries);
  return (
    <ScrollTable label="Images that default to bitnamilegacy" columns={['Values', 'Default image']}>
      {images.map((i) => (
        <tr key={i.path}>
          <td>
            <Link prefetch={false} href={`/reference#${i.path}.repository`}>
              <code>{i.path}</code>
            </Link>
          </td>
          <td>
            <code>{`${i.registry}/${i.repository}:${i.tag}`}</code>
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}

/** `bitnami-mirror-values`: a values file that points every such image at a mirror. */
export function BitnamiMirrorValues() {
  return <CodeBlock code={mirrorValuesYaml(legacyBitnamiImages(loadReference().entries)).trimEnd()} />;
}
