import type { ReactNode } from 'react';
import { SearchBox } from './SearchBox';

/** The docs pages' frame: the search box above the content. */
export function DocsShell({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-6">
      <div className="max-w-xl">
        <SearchBox />
      </div>
      {children}
    </div>
  );
}
