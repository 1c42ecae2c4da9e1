import Link from 'next/link';
import { SITE_NAME } from '@/lib/site/nav';
import { InstallCommands } from './InstallCommands';
import { RepoVersionNotice } from './RepoVersionNotice';

export const LANDING_META = {
  title: SITE_NAME,
  description:
    'Install Aeterna, the memory and knowledge server for AI agents, on Kubernetes: Helm repository, chart reference, docs and configurator.',
};

/** The landing page; `chartVersion` is the version this site documents (read when the page is built). */
export function Landing({ chartVersion }: { chartVersion: string }) {
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Aeterna on Kubernetes</h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          The Helm chart for Aeterna, the memory and knowledge server for AI agents. Redis and PostgreSQL are each either bundled (Bitnami
          subcharts) or an existing service you point the chart at; the chart also runs the database migrations and keeps the server&apos;s
          encryption key and knowledge repository. Qdrant can be bundled too, ahead of a server version that uses it.
        </p>
      </section>

      <section aria-labelledby="install" className="space-y-2">
        <h2 id="install" className="text-xl font-semibold">
          Install from this site&apos;s Helm repository
        </h2>
        <InstallCommands />
        <RepoVersionNotice chartVersion={chartVersion} />
      </section>

      <section aria-labelledby="next" className="grid gap-4 sm:grid-cols-3">
        <h2 id="next" className="sr-only">
          Where to go next
        </h2>
        <Card href="/docs" title="Docs">
          Getting started, bundled or external dependencies, networking, scaling, security, observability.
        </Card>
        <Card href="/reference" title="Chart reference">
          Every value of the chart with its type, default and description.
        </Card>
        <Card href="/configure" title="Configurator">
          Choose bundled or external services and leave with a values.yaml that installs.
        </Card>
      </section>
    </div>
  );
}

function Card({ href, title, children }: { href: string; title: string; children: React.ReactNode }) {
  return (
    <Link
      prefetch={false}
      href={href}
      className="block rounded-lg border border-slate-200 p-4 hover:border-slate-400 dark:border-slate-800 dark:hover:border-slate-600"
    >
      <span className="block font-semibold">{title}</span>
      <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">{children}</span>
    </Link>
  );
}
