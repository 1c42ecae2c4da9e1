import type { ReactNode } from 'react';

/** One group of the form: a section the page's section links jump to (#group-<id>), titled by its heading. */
export function FormSection({
  id,
  title,
  roomy = false,
  lazy = true,
  children,
}: {
  id: string;
  title: string;
  roomy?: boolean;
  /** Laid out only when on screen (configurator.css): for the long "All settings", not the short first view. */
  lazy?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      id={`group-${id}`}
      aria-labelledby={`group-${id}-title`}
      className={`${lazy ? 'form-section ' : ''}${roomy ? 'space-y-4' : 'space-y-2'}`}
    >
      <h2 id={`group-${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
