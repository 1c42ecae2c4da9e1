import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** External PostgreSQL with a client certificate and key from the Secret pg-tls. */
export const CLIENT_KEY_VALUES = {
  postgresql: { enabled: false },
  externalPostgresql: {
    host: 'pg.example',
    existingSecret: 'pg',
    admin: { existingSecret: 'pg-admin' },
    tls: { sslMode: 'verify-full', existingSecret: 'pg-tls', certKey: 'tls.crt', keyKey: 'tls.key' },
  },
};

/** The chart's refusal of a key that is not PKCS#8, for CLIENT_KEY_VALUES. */
export const CLIENT_KEY_MESSAGE =
  'externalPostgresql.tls: the client key in Secret pg-tls, key tls.key, is not an unencrypted PKCS#8 PEM key (its first line must be -----BEGIN PRIVATE KEY-----). The server and the migration Job load it with native-tls (Identity::from_pkcs8), which refuses PKCS#1 (BEGIN RSA PRIVATE KEY), SEC1 (BEGIN EC PRIVATE KEY) and encrypted keys, although psql accepts them. Convert it with: openssl pkcs8 -topk8 -nocrypt -in client.key -out client.pk8.key, then store client.pk8.key under the key tls.key.';

/**
 * Writes into `dir` a key in every form a user may hold, made by openssl: pkcs8.pem and ec-pkcs8.pem (the ones the
 * server loads), pkcs1.pem, sec1.pem, encrypted.pem and crlf-pkcs1.pem.
 */
export function makeClientKeys(dir: string): void {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'pkcs8.pem');
  openssl('pkey', '-in', 'pkcs8.pem', '-traditional', '-out', 'pkcs1.pem');
  openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'sec1.pem');
  openssl('pkcs8', '-topk8', '-in', 'pkcs8.pem', '-passout', 'pass:secret', '-out', 'encrypted.pem');
  openssl('pkcs8', '-topk8', '-nocrypt', '-in', 'sec1.pem', '-out', 'ec-pkcs8.pem');
  writeFileSync(path.join(dir, 'crlf-pkcs1.pem'), readFileSync(path.join(dir, 'pkcs1.pem'), 'utf8').replace(/\n/g, '\r\n'));
}
