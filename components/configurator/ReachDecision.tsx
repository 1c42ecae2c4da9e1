'use client';

import { useId, useState } from 'react';
import {
  addressOf,
  ADDRESS_EXAMPLE,
  controllerNamespaceOf,
  namespaceProblem,
  parseAddress,
  tlsSecretFor,
  withAddress,
  withControllerNamespace,
} from '@/lib/values/public-address';
import type { GroupViewProps } from './group-views';

/**
 * "How it is reached" as one address (lib/values/public-address.ts), above the form of the Ingress and Service
 * values it sets. What the user types stays in the box while it is not an address yet; each valid address is
 * applied at once, so the YAML and the checks follow the typing.
 */
export function ReachDecision(p: Omit<GroupViewProps, 'keys'>) {
  const id = useId();
  const current = addressOf(p.effective);
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? undefined : parseAddress(draft);
  const shown = draft ?? current ?? '';
  const now = parseAddress(shown);
  const several = current === undefined && draft === null;

  function onType(text: string) {
    setDraft(text);
    const next = parseAddress(text);
    if (next.ok) p.onFileChange((user, defaults) => withAddress(user, defaults, next));
  }

  return (
    <div className="dependency rounded-lg border border-slate-200 p-4 dark:border-slate-700" data-testid="reach-address">
      <label htmlFor={id} className="block font-medium">
        Public address
      </label>
      <input
        id={id}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        className="mt-1 w-full rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
        placeholder={`${ADDRESS_EXAMPLE}, or empty to keep it inside the cluster`}
        value={shown}
        disabled={several}
        aria-invalid={parsed !== undefined && !parsed.ok}
        aria-describedby={`${id}-help`}
        onChange={(e) => onType(e.target.value)}
        onBlur={() => {
          if (parsed?.ok) setDraft(null);
        }}
      />
      <p id={`${id}-help`} className="mt-1 text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        {parsed !== undefined && !parsed.ok ? (
          <span className="font-medium text-red-800 dark:text-red-300" data-testid="reach-address-error">
            {parsed.message}
          </span>
        ) : several ? (
          'This Ingress has several hosts or TLS blocks: edit them in the form below.'
        ) : now.ok && 'host' in now ? (
          now.tls ? (
            <>
              An Ingress for <code>{now.host}</code> with TLS; its certificate is in the Secret{' '}
              <code>{currentTlsSecret(p.effective) ?? tlsSecretFor(now.host)}</code> (cert-manager creates it when the Ingress is
              annotated).
            </>
          ) : (
            <>
              An Ingress for <code>{now.host}</code> without TLS (type https:// for TLS).
            </>
          )
        ) : (
          'Empty: no Ingress, the server stays inside the cluster (the Service type is below). https://<host> gives an Ingress with TLS, http://<host> one without.'
        )}
      </p>
      {now.ok && 'host' in now && (p.effective.networkPolicy as { enabled?: boolean } | undefined)?.enabled === true ? (
        <ControllerNamespace {...p} />
      ) : null}
      <div className="mt-3">{p.slotForm}</div>
    </div>
  );
}

function currentTlsSecret(effective: GroupViewProps['effective']): string | undefined {
  const tls = (effective.ingress as { tls?: { secretName?: string }[] } | undefined)?.tls;
  return tls?.[0]?.secretName || undefined;
}

/** The ingress controller's namespace, which the NetworkPolicy admits (networkPolicy.allowedClients). */
function ControllerNamespace(p: Omit<GroupViewProps, 'keys'>) {
  const id = useId();
  const current = controllerNamespaceOf(p.effective);
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? current ?? '';
  const problem = draft === null ? undefined : namespaceProblem(draft.trim());
  if (current === undefined && draft === null)
    return <p className="mt-2 text-sm">The NetworkPolicy admits the peers listed in networkPolicy.allowedClients (below).</p>;
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-medium">
        Namespace of your ingress controller
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        className="mt-1 w-full rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
        value={shown}
        aria-invalid={problem !== undefined}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          setDraft(e.target.value);
          const ns = e.target.value.trim();
          if (!namespaceProblem(ns)) p.onFileChange((user, defaults) => withControllerNamespace(user, defaults, ns));
        }}
        onBlur={() => {
          if (!problem) setDraft(null);
        }}
      />
      <p id={`${id}-help`} className="mt-1 text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        {problem ? (
          <span className="font-medium text-red-800 dark:text-red-300">{problem}</span>
        ) : (
          'The NetworkPolicy lets only this namespace and the pods labelled as clients reach the server.'
        )}
      </p>
    </div>
  );
}
