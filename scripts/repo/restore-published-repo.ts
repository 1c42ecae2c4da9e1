/** Usage: tsx scripts/repo/restore-published-repo.ts <repository URL> <folder>. See lib/helm-repo/restore.ts. */
import { restorePublishedRepo } from '@/lib/helm-repo/restore';

const [url, dir] = process.argv.slice(2);
if (!url || !dir || !/^https?:\/\//.test(url)) {
  console.error('usage: tsx scripts/repo/restore-published-repo.ts <https://site/charts> <folder>');
  process.exit(2);
}
restorePublishedRepo(url, dir).then(
  (files) => console.log(`[restore] ${files.length ? files.join(', ') : 'no published repository yet: first publication'}`),
  (err: unknown) => {
    console.error(`[restore] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
