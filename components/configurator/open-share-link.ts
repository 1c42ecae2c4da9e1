/**
 * What opening a share link does (useRestoreOnce), loaded only when the address has one: lz-string and this
 * decision stay out of the configurator's first load. A link opened over saved work that differs from it does not
 * replace that work unasked: the saved work is shown and the page asks (LinkQuestion), since a link is easy to
 * open by mistake and the work may be hours of it.
 */
import type { JsonSchema } from '@/lib/schema/schema';
import { deepEqual, type JsonObject } from '@/lib/values/coalesce';
import type { ClusterProfile } from '@/lib/cluster/profile';
import { decodeShareCluster, decodeShareHash } from '@/lib/values/share-link';
import type { Saved } from './saved-state';
import type { LinkAnswers } from './useRestoreOnce';

interface Openers {
  fromStorage: (saved: Saved) => void;
  /** The link's values and target cluster (the plain cluster when it names none). */
  fromShare: (shared: JsonObject, cluster: ClusterProfile) => void;
  ask: (answers: LinkAnswers | null) => void;
  /**
   * Why the link was not opened (larger than the configurator opens; the saved work is restored as usual), or
   * why its target cluster was not used (the values are opened).
   */
  refused?: (message: string) => void;
}

/** Later reloads restore the latest edits (saved by the caller), not the link's starting point. */
function dropFragment(): void {
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

/** `saved`: what this browser holds (readSaved), passed in so that saved-state.ts stays out of this chunk. */
export function openShareLink(
  hash: string,
  schema: JsonSchema,
  saved: Saved | null,
  { fromStorage, fromShare, ask, refused }: Openers,
): void {
  const shared = decodeShareHash(hash, schema, refused);
  if (!shared) {
    if (saved) fromStorage(saved);
    return;
  }
  const cluster = decodeShareCluster(hash, refused);
  if (saved && Object.keys(saved.user).length > 0 && !deepEqual(saved.user, shared)) {
    fromStorage(saved);
    ask({
      replace: () => {
        ask(null);
        fromShare(shared, cluster);
        dropFragment();
      },
      keep: () => {
        ask(null);
        dropFragment();
      },
    });
    return;
  }
  fromShare(shared, cluster);
  dropFragment();
}
