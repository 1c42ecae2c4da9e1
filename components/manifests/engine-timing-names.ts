/**
 * The names of the manifests view's User Timing entries (./engine-timing.ts measures them), apart so that the page
 * marks the click that opens the view without loading the rest before it.
 */
export const TIMING = {
  /** Marked by the click that opens the view (components/configurator/ManifestsPanel.tsx). */
  opened: 'helm-engine: opened',
  viewCode: 'helm-engine: view code',
  worker: 'helm-engine: worker',
  /** Its `detail.transferSize` is the module's bytes over the network (0 from the browser's cache). */
  loadAndCompile: 'helm-engine: load and compile',
  start: 'helm-engine: start',
  render: 'helm-engine: render',
  /** From the click to the task after the frame that paints the first manifests. */
  firstManifests: 'helm-engine: first manifests',
} as const;
