/**
 * MiniSearch options shared by the build (which indexes) and the browser (which loads the index): they must
 * be identical on both sides. Kept free of Node imports so the search box can bundle it.
 */

export interface SearchDoc {
  id: string;
  kind: 'docs' | 'value';
  /** Section heading, or the value path. */
  title: string;
  /** Page the hit is on: doc title, or the reference section. */
  page: string;
  url: string;
  text: string;
  excerpt: string;
}

export type SearchHit = Pick<SearchDoc, 'id' | 'kind' | 'title' | 'page' | 'url' | 'excerpt'>;

const SPLIT = /[\n\r\s\-.,;:!?'"`()[\]{}<>|/\\=*#+&@$%^~]+/u;

/**
 * Words, plus any dotted path kept whole (`redis.auth.enabled`, `extraEnv[].name`), so that searching a
 * value's exact path ranks that value first while its parts still match on their own.
 */
export function tokenize(text: string): string[] {
  const words = text.split(SPLIT).filter(Boolean);
  const paths = (text.match(/[A-Za-z0-9_]+(?:\[\])?(?:\.[A-Za-z0-9_]+(?:\[\])?)+/g) ?? []).filter((p) => /[A-Za-z]/.test(p));
  return [...words, ...paths];
}

const SEARCH_FIELDS = ['title', 'page', 'text'] as const;
const STORE_FIELDS = ['kind', 'title', 'page', 'url', 'excerpt'] as const;

const searchOptions = {
  boost: { title: 4, page: 1.5, text: 1 },
  prefix: true,
  fuzzy: (term: string) => (term.length > 4 && !term.includes('.') ? 0.15 : 0),
  combineWith: 'AND' as const,
};

export const miniSearchOptions = {
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORE_FIELDS],
  tokenize,
  searchOptions,
};

/** Where the built site serves the serialized index (relative to the base path). */
export const SEARCH_INDEX_PATH = '/search-index.json';
