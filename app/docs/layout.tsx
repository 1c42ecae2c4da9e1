import type { ReactNode } from 'react';
import { SearchBox } from '@/components/docs/SearchBox';

export default function DocsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-6">
      <div className="max-w-xl">
        <SearchBox />
      </div>
      {children}
    </div>
  );
}
