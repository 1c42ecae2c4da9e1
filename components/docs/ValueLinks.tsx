import Link from 'next/link';

/** Value paths as comma-separated links to their entries on /reference. */
export function ValueLinks({ paths }: { paths: string[] }) {
  return (
    <>
      {paths.map((p, j) => (
        <span key={p}>
          {j ? ', ' : ''}
          <Link prefetch={false} href={`/reference#${p}`}>
            <code>{p}</code>
          </Link>
        </span>
      ))}
    </>
  );
}
