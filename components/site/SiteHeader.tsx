import Link from 'next/link';
import { NAV_LINKS } from '@/lib/site/nav';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link prefetch={false} href="/" className="font-semibold text-slate-900 dark:text-white">
          Aeterna chart
        </Link>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {NAV_LINKS.map((l) => (
            <li key={l.href}>
              {/* The Helm repository is a file, not a page: a plain anchor avoids client-side routing to it. */}
              {l.href.startsWith('/charts') ? (
                <a
                  className="text-slate-700 hover:underline dark:text-slate-300"
                  href={`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}${l.href}`}
                >
                  {l.label}
                </a>
              ) : (
                <Link prefetch={false} className="text-slate-700 hover:underline dark:text-slate-300" href={l.href}>
                  {l.label}
                </Link>
              )}
            </li>
          ))}
        </ul>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </nav>
    </header>
  );
}
