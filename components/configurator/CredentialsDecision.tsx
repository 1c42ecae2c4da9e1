'use client';

import { useId } from 'react';
import { getIn } from '@/lib/values/coalesce';
import { sharedKeys, sharedSecretOf, withSharedSecret } from '@/lib/values/shared-secret';
import type { GroupViewProps } from './group-views';

/**
 * Every credential the choices above need, from one existing Secret (lib/values/shared-secret.ts): one name
 * typed here points each block values.yaml declares with `@credential` at it, each under a key of its own.
 */
export function CredentialsDecision(p: Omit<GroupViewProps, 'keys'>) {
  const id = useId();
  const blocks = p.credentials;
  const name = sharedSecretOf(blocks, p.effective);
  const keys = sharedKeys(blocks);
  const replaces = name === '' && blocks.some((b) => getIn(p.effective, [...b.path.split('.'), 'existingSecret']));
  if (blocks.length === 0) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">The choices above need no credential from a Secret of yours.</p>;
  }
  return (
    <div className="dependency rounded-lg border border-slate-200 p-4 dark:border-slate-700" data-testid="shared-secret">
      <label htmlFor={id} className="block font-medium">
        One existing Secret for every credential
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        className="mt-1 w-full rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
        placeholder="e.g. aeterna-credentials; empty: each credential names its own Secret above"
        value={name}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const next = e.target.value;
          p.onFileChange((user, defaults) => withSharedSecret(user, defaults, blocks, next));
        }}
      />
      <p id={`${id}-help`} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        The Secret holds {keys.length === 1 ? 'the key' : 'the keys'}{' '}
        {keys.map((k, i) => (
          <span key={k}>
            {i > 0 ? ', ' : ''}
            <code>{k}</code>
          </span>
        ))}
        . The chart never sees the credentials themselves: the commands with the result create the Secret.
      </p>
      {replaces ? (
        <p className="mt-1 text-sm font-medium text-amber-800 dark:text-amber-300" data-testid="shared-secret-replaces">
          The credentials above already name Secrets of their own: a name here replaces them (and their key names).
        </p>
      ) : null}
    </div>
  );
}
