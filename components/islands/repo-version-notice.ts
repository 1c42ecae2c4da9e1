/**
 * The landing page's repository notice (components/site/RepoVersionNotice.tsx): shown when the served index does
 * not list the chart version the site documents, or cannot be read. Loaded only by a page that has the notice.
 */
import { indexListsVersion } from '@/lib/helm-repo/index-lists';

export async function check(notice: HTMLElement, basePath: string): Promise<void> {
  const version = notice.dataset.repoVersionNotice ?? '';
  const listed = await fetch(`${basePath}/charts/index.yaml`)
    .then((r) => (r.ok ? r.text() : ''))
    .then((text) => indexListsVersion(text, version))
    .catch(() => false);
  notice.hidden = listed;
}
