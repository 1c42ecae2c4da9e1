/** Name of the URL-fragment parameter holding a shared configuration (kept apart so checking for it costs no lz-string). */
export const SHARE_PARAM = 'values';
/** Name of the parameter holding the target cluster (lib/cluster/profile.ts); a link without it means the plain cluster. */
export const CLUSTER_PARAM = 'cluster';
