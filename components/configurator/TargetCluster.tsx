'use client';

/**
 * The cluster the release is for, folded behind a one-line summary of it (lib/cluster/presets.ts describeProfile):
 * most users deploy to a cluster like the default, and the first view stays short. Its controls
 * (./TargetClusterBody.tsx: the presets, the Kubernetes version, a paste of what kubectl prints) load when it is
 * first opened, and stay mounted after, so that what was typed survives folding it again.
 */
import { lazy, Suspense, useState } from 'react';
import { describeProfile } from '@/lib/cluster/presets';
import type { ClusterProfile } from '@/lib/cluster/profile';

const TargetClusterBody = lazy(() => import('./TargetClusterBody').then((m) => ({ default: m.TargetClusterBody })));

export interface TargetClusterProps {
  profile: ClusterProfile;
  onChange: (profile: ClusterProfile) => void;
  /** Helm's refusal of this Kubernetes version (lib/cluster/warnings.ts), shown under the version. */
  versionWarning?: string;
}

export function TargetCluster(props: TargetClusterProps) {
  const [opened, setOpened] = useState(false);
  return (
    <section
      aria-labelledby="target-cluster-title"
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-700"
      data-testid="target-cluster"
    >
      <details className="space-y-3" data-testid="target-cluster-details" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary className="cursor-pointer">
          <h2 id="target-cluster-title" className="inline text-lg font-semibold">
            Target cluster
          </h2>{' '}
          <span className="text-sm text-slate-700 dark:text-slate-300" data-testid="target-cluster-summary">
            {describeProfile(props.profile)}
          </span>
        </summary>
        {opened ? (
          <Suspense fallback={<p className="text-sm">Loading the cluster settings…</p>}>
            <TargetClusterBody {...props} />
          </Suspense>
        ) : null}
      </details>
    </section>
  );
}
