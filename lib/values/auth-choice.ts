/**
 * The configurator's authentication choice: off, plugin auth (GitHub sign-in), or plugin auth that also accepts
 * Kubernetes ServiceAccount tokens. One choice maps onto two chart values (auth.mode, auth.kubernetes.enabled);
 * the user's file keeps only what differs from the chart's defaults.
 */
import { getIn, isPlainObject, setIn, type Json, type JsonObject } from './coalesce';

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

/** Sets a value in the user's file, or removes it (and the objects it leaves empty) when it is the chart's default. */
function setUserValue(user: JsonObject, defaults: JsonObject, path: string[], value: Json): JsonObject {
  if (getIn(defaults, path) !== value) return setIn(user, path, value);
  let next = setIn(user, path, undefined);
  for (let i = path.length - 1; i > 0; i--) {
    const parent = getIn(next, path.slice(0, i));
    if (isPlainObject(parent) && Object.keys(parent).length === 0) next = setIn(next, path.slice(0, i), undefined);
  }
  return next;
}

/** The user's values with `choice` applied. */
export function withAuthChoice(user: JsonObject, defaults: JsonObject, choice: AuthChoice): JsonObject {
  let next = setUserValue(user, defaults, ['auth', 'mode'], choice === 'off' ? 'off' : 'plugin');
  next = setUserValue(next, defaults, ['auth', 'kubernetes', 'enabled'], choice === 'plugin-kubernetes');
  return next;
}
