import { run } from '@/lib/tools/run';

/**
 * The OCI path of a release: `helm push` of the packaged archive, then a cosign signature on the pushed
 * artifact. scripts/repo/publish-oci.ts runs it in the publish workflow; test/chart/oci-registry.test.ts runs the same
 * functions against a real registry on loopback.
 */
export interface PushResult {
  /** `<registry>/<path>/aeterna` (no scheme). */
  repository: string;
  tag: string;
  /** Digest of the OCI manifest helm pushed (what cosign signs and `@sha256:` pins). */
  manifestDigest: string;
}

/** `helm push <archive> oci://<registry>`; plainHttp for a loopback registry without TLS. */
export async function pushChart(opts: {
  helm: string;
  archive: string;
  registry: string;
  plainHttp?: boolean;
  env?: NodeJS.ProcessEnv;
}): Promise<PushResult> {
  const args = ['push', opts.archive, `oci://${opts.registry.replace(/^oci:\/\//, '')}`, ...(opts.plainHttp ? ['--plain-http'] : [])];
  const r = await run(opts.helm, args, { env: opts.env, timeoutMs: 300_000 });
  const out = `${r.stdout}\n${r.stderr}`;
  if (r.code !== 0) throw new Error(`helm ${args.join(' ')} failed:\n${out.trim()}`);
  const pushed = /Pushed: (\S+):([^\s:]+)/.exec(out);
  const digest = /Digest: (sha256:[0-9a-f]{64})/.exec(out);
  if (!pushed || !digest) throw new Error(`helm push did not report what it pushed:\n${out.trim()}`);
  return { repository: pushed[1]!, tag: pushed[2]!, manifestDigest: digest[1]! };
}

export interface CosignOptions {
  cosign: string;
  /** Path of the cosign private key (cosign generate-key-pair), its password in COSIGN_PASSWORD. */
  key: string;
  password: string;
  /** A loopback registry without TLS. */
  plainHttp?: boolean;
  /**
   * Offline (tests): no upload to, and no check against, the public transparency log. Publishing uploads there,
   * so anyone can see when the signature was made.
   */
  offline?: boolean;
  env?: NodeJS.ProcessEnv;
}

function cosignEnv(opts: Pick<CosignOptions, 'password' | 'env'>): NodeJS.ProcessEnv {
  return { ...(opts.env ?? process.env), COSIGN_PASSWORD: opts.password };
}

/** Signs the pushed artifact by digest (never by tag, which can move). */
export async function signPushed(pushed: PushResult, opts: CosignOptions): Promise<void> {
  const ref = `${pushed.repository}@${pushed.manifestDigest}`;
  const args = [
    'sign',
    '--yes',
    '--key',
    opts.key,
    ...(opts.plainHttp ? ['--allow-http-registry'] : []),
    ...(opts.offline ? ['--tlog-upload=false'] : []),
    ref,
  ];
  const r = await run(opts.cosign, args, { env: cosignEnv(opts), timeoutMs: 300_000 });
  if (r.code !== 0) throw new Error(`cosign sign ${ref} failed:\n${(r.stderr || r.stdout).trim()}`);
}
