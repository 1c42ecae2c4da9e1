/**
 * Typography for rendered Markdown, as Tailwind arbitrary variants on the wrapper (no typography plugin, no
 * extra CSS file). Colours meet WCAG AA in both themes.
 */
export const PROSE = [
  'max-w-none text-base leading-7 text-slate-800 dark:text-slate-200',
  '[&_h2]:mt-10 [&_h2]:mb-3 [&_h2]:scroll-mt-20 [&_h2]:text-2xl [&_h2]:font-semibold [&_h2]:text-slate-900 dark:[&_h2]:text-white',
  '[&_h3]:mt-8 [&_h3]:mb-2 [&_h3]:scroll-mt-20 [&_h3]:text-xl [&_h3]:font-semibold [&_h3]:text-slate-900 dark:[&_h3]:text-white',
  '[&_h4]:mt-6 [&_h4]:mb-2 [&_h4]:font-semibold',
  '[&_p]:my-3 [&_ul]:my-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:my-1',
  '[&_a]:text-sky-800 [&_a]:underline [&_a]:underline-offset-2 dark:[&_a]:text-sky-300',
  '[&_:not(pre)>code]:rounded [&_:not(pre)>code]:bg-slate-100 [&_:not(pre)>code]:px-1 [&_:not(pre)>code]:py-0.5 [&_:not(pre)>code]:text-[0.9em] [&_:not(pre)>code]:text-slate-900 [&_:not(pre)>code]:break-words',
  'dark:[&_:not(pre)>code]:bg-slate-800 dark:[&_:not(pre)>code]:text-slate-100',
  '[&_pre]:my-4 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-slate-900 [&_pre]:p-4 [&_pre]:text-sm [&_pre]:text-slate-100',
  '[&_blockquote]:my-4 [&_blockquote]:border-l-4 [&_blockquote]:border-amber-500 [&_blockquote]:bg-amber-50 [&_blockquote]:px-4 [&_blockquote]:py-1 [&_blockquote]:text-amber-950',
  'dark:[&_blockquote]:bg-amber-950 dark:[&_blockquote]:text-amber-100',
  '[&_.table-wrap]:my-4 [&_.table-wrap]:overflow-x-auto [&_table]:w-full [&_table]:border-collapse [&_table]:text-sm',
  '[&_th]:border-b [&_th]:border-slate-300 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_th]:font-semibold dark:[&_th]:border-slate-700',
  '[&_td]:border-b [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 [&_td]:align-top dark:[&_td]:border-slate-800',
  '[&_hr]:my-8 [&_hr]:border-slate-200 dark:[&_hr]:border-slate-800',
].join(' ');
