/**
 * Throwaway OpenPGP keys for the signing tests, made with Debian's GnuPG in a GnuPG home of their own (never the
 * user's): the armored secret key packaging signs with, and binary public keyrings for `helm --keyring`.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from '../../lib/tools/run';

export interface ThrowawayKey {
  /** ASCII-armored secret key (HELM_SIGNING_KEY). */
  secretKey: string;
  passphrase: string;
  /** Binary public keyring holding only this key, for `helm pull|install|verify --keyring`. */
  keyring: string;
  fingerprint: string;
}

async function gpg(home: string, args: string[]): Promise<string> {
  const r = await run('gpg', ['--homedir', home, '--batch', '--no-tty', '--pinentry-mode', 'loopback', ...args], { timeoutMs: 120_000 });
  if (r.code !== 0) throw new Error(`gpg ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Generates a signing key for `uid` under `dir` (created) and exports what the tests need. */
export async function throwawayKey(folder: string, uid: string, passphrase: string): Promise<ThrowawayKey> {
  const dir = path.resolve(folder);
  const home = path.join(dir, 'gnupg');
  await mkdir(home, { recursive: true });
  await chmod(home, 0o700);
  await gpg(home, ['--passphrase', passphrase, '--quick-gen-key', uid, 'rsa2048', 'sign', 'never']);
  const fingerprint = (await gpg(home, ['--with-colons', '--list-secret-keys']))
    .split('\n')
    .find((l) => l.startsWith('fpr:'))!
    .split(':')[9]!;
  const secretKey = await gpg(home, ['--passphrase', passphrase, '--armor', '--export-secret-keys', fingerprint]);
  const keyring = path.join(dir, 'pubring.gpg');
  await gpg(home, ['--output', keyring, '--export', fingerprint]);
  // GnuPG started an agent for this home: nothing needs it any more, and nothing may be left running.
  await run('gpgconf', ['--homedir', home, '--kill', 'gpg-agent']);
  return { secretKey, passphrase, keyring, fingerprint };
}

/** Writes the key's facts next to it, for the tests that run in another process than the one that made it. */
export async function writeKeyInfo(file: string, key: ThrowawayKey): Promise<void> {
  await writeFile(file, JSON.stringify({ keyring: key.keyring, fingerprint: key.fingerprint }));
}
