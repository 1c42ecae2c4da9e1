/**
 * Key names that say "credential", for the places the chart's schema does not describe (lib/values/secrets.ts) and
 * for masking a form field. Kept apart from secrets.ts so that the configurator's first load (the form imports this)
 * does not carry the schema walk, which only runs when something is saved or shared.
 */

/** Names that say "credential" (password, passwd, apiKey, api_key, token, secret, any case)... */
const SECRET_KEY = /(password|passwd|api_?key|token|secret)$/i;
/**
 * ...except names of Secrets, which a link must keep: `existingSecret` (Bitnami's and ours), `credentialsSecret`
 * (aeterna.llm.google), `certificatesSecret` (Bitnami TLS). Key names (`existingSecretPasswordKey`) and
 * `*SecretName` do not end in one of the words above.
 */
const SECRET_NAME = /^(existing|credentials|certificates)Secret$/;

/** A key whose value is a credential when the schema does not say (also the form's cue to mask a field). */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) && !SECRET_NAME.test(key);
}
