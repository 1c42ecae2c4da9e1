/**
 * The bundle as a zip (fflate: small, no dependencies, the same code in the browser and in the tests that open
 * it). Loaded only when the user asks for the bundle. Unix modes are written so that `unzip` keeps the copy
 * script executable; the chart archive is stored, not deflated again (it is gzip already).
 */
import { zipSync, type Zippable } from 'fflate';
import type { BundleFile } from './bundle';

const UNIX = 3;

export function zipBundle(files: readonly BundleFile[], mtime = new Date()): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) {
    entries[f.path] = [
      f.content,
      { os: UNIX, attrs: (f.executable ? 0o100755 : 0o100644) << 16, mtime, level: f.path.endsWith('.tgz') ? 0 : 6 },
    ];
  }
  return zipSync(entries);
}
