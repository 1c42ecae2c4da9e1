/**
 * The configurator's authentication choice: off, plugin auth (GitHub sign-in), or plugin auth that also accepts
 * Kubernetes ServiceAccount tokens. One choice maps onto two chart values (auth.mode, auth.kubernetes.enabled);
 * the user's file keeps only what differs from the chart's defaults.
 */
import { getIn, setUserValue, type JsonObject } from './coalesce';

export type AuthChoice = 'off' | 'plugin' | 'plugin-kubernetes';

export const AUTH_CHOICES: { id: AuthChoice; label: string; hint: string }[] = [
  { id: 'off', label: 'Off', hint: 'trusts the caller’s tenant and user headers: keep it inside the cluster' },
  { id: 'plugin', label: 'Plugin auth', hint: 'bearer tokens issued after a GitHub sign-in' },
  { id: 'plugin-kubernetes', label: 'Plugin auth + Kubernetes tokens', hint: 'also accepts ServiceAccount tokens (TokenReview)' },
];

/** The choice the effective values express. */
export function authChoiceOf(effective: JsonObject): AuthChoice {
  if (getIn(effective, ['auth', 'mode']) !== 'plugin') return 'off';
  return getIn(effective, ['auth', 'kubernetes', 'enabled']) === true ? 'plugin-kubernetes' : 'plugin';
}

/** The user's values with `choice` applied. */
export function withAuthChoice(user: JsonObject, defaults: JsonObject, choice: AuthChoice): JsonObject {
  let next = setUserValue(user, defaults, ['auth', 'mode'], choice === 'off' ? 'off' : 'plugin');
  next = setUserValue(next, defaults, ['auth', 'kubernetes', 'enabled'], choice === 'plugin-kubernetes');
  return next;
}
