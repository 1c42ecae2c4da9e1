import { mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { run } from '@/lib/tools/run';

/**
 * The key `helm package --sign` signs with, from the environment:
 *
 *   HELM_SIGNING_KEY             the ASCII-armored OpenPGP secret key (a CI secret; locally an env var)
 *   HELM_SIGNING_KEY_PASSPHRASE  its passphrase, when it has one
 *
 * Helm reads the legacy GnuPG keyring format (secring.gpg), which GnuPG 2.1+ no longer keeps: the key is
 * imported into a throwaway GnuPG home and exported in that format there. Nothing is written outside it.
 */
export interface SigningKey {
  /** Legacy secret keyring for `helm package --keyring`. */
  keyring: string;
  /** User id `helm package --key` selects the key by. */
  name: string;
  /** Upper-case hex fingerprint (Artifact Hub's signKey.fingerprint). */
  fingerprint: string;
  /** The public key, ASCII-armored, to publish next to the repository. */
  publicKey: string;
  /** File holding the passphrase, for `helm package --passphrase-file`. */
  passphraseFile?: string;
  cleanup(): Promise<void>;
}

class SigningKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningKeyError';
  }
}

async function gpg(home: string, args: string[], input?: string): Promise<string> {
  const r = await run('gpg', ['--homedir', home, '--batch', '--no-tty', '--pinentry-mode', 'loopback', ...args], {
    timeoutMs: 60_000,
    ...(input !== undefined ? { input } : {}),
  });
  if (r.code !== 0) throw new SigningKeyError(`gpg ${args[0]} failed: ${r.stderr.trim()}`);
  return r.stdout;
}

/** The key named by the environment, or null when none is configured (packaging then goes on unsigned). */
export async function signingKeyFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<SigningKey | null> {
  const armored = env.HELM_SIGNING_KEY?.trim();
  if (!armored) return null;
  if (!armored.includes('BEGIN PGP PRIVATE KEY BLOCK')) {
    throw new SigningKeyError('HELM_SIGNING_KEY must hold an ASCII-armored OpenPGP secret key (gpg --armor --export-secret-keys <id>).');
  }
  const home = await mkdtemp(path.join(os.tmpdir(), 'aeterna-gnupg-'));
  await chmod(home, 0o700);
  const cleanup = async () => {
    // GnuPG starts an agent per home; it must not outlive the packaging.
    await run('gpgconf', ['--homedir', home, '--kill', 'gpg-agent']);
    await rm(home, { recursive: true, force: true });
  };
  try {
    const passphrase = env.HELM_SIGNING_KEY_PASSPHRASE ?? '';
    const passphraseFile = path.join(home, 'passphrase');
    await writeFile(passphraseFile, passphrase, { mode: 0o600 });
    const pass = ['--passphrase-file', passphraseFile];
    await gpg(home, ['--import'], armored);
    const listing = await gpg(home, ['--with-colons', '--list-secret-keys']);
    const lines = listing.split('\n');
    const fingerprint = lines.find((l) => l.startsWith('fpr:'))?.split(':')[9];
    const uid = lines.find((l) => l.startsWith('uid:'))?.split(':')[9];
    if (!fingerprint || !uid) throw new SigningKeyError('HELM_SIGNING_KEY holds no secret key with a user id.');
    const keyring = path.join(home, 'secring.gpg');
    const secret = await run(
      'gpg',
      [
        '--homedir',
        home,
        '--batch',
        '--no-tty',
        '--pinentry-mode',
        'loopback',
        ...pass,
        '--output',
        keyring,
        '--export-secret-keys',
        fingerprint,
      ],
      {
        timeoutMs: 60_000,
      },
    );
    if (secret.code !== 0) throw new SigningKeyError(`gpg --export-secret-keys failed: ${secret.stderr.trim()}`);
    const publicKey = await gpg(home, ['--armor', '--export', fingerprint]);
    return {
      keyring,
      // gpg escapes some characters in --with-colons output (e.g. \x3a for ':').
      name: uid.replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      fingerprint: fingerprint.toUpperCase(),
      publicKey,
      ...(passphrase ? { passphraseFile } : {}),
      cleanup,
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}
