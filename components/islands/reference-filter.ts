/**
 * Filters the server-rendered reference as you type by hiding non-matching entries (elements with
 * `data-ref-entry`, matched on their id, which is the value's path, and their text) and sections left empty.
 * No entry data is sent to the browser twice: the page's HTML is the data.
 */
import { filterText, matchesFilter } from '@/lib/reference/filter';

export function attach(input: HTMLInputElement): void {
  if (input.dataset.attached) return;
  input.dataset.attached = 'true';
  const status = document.querySelector<HTMLElement>('[data-ref-filter-status]');
  const total = Number(input.dataset.total);

  const apply = () => {
    const query = input.value;
    let count = 0;
    for (const el of document.querySelectorAll<HTMLElement>('[data-ref-entry]')) {
      // Path, description, type, default, allowed values; not the rule texts and docs links, which name other
      // values and pages.
      el.dataset.filter ??= filterText(
        el.id,
        ...Array.from(el.children, (c) => (c.tagName === 'UL' || c.classList.contains('ref-docs') ? '' : (c.textContent ?? ''))),
      );
      const ok = matchesFilter(el.dataset.filter, query);
      el.hidden = !ok;
      if (ok) count++;
    }
    for (const sec of document.querySelectorAll<HTMLElement>('[data-ref-section]')) {
      sec.hidden = !sec.querySelector('[data-ref-entry]:not([hidden])');
    }
    if (status) status.textContent = count === total ? `${total} values` : `${count} of ${total} values`;
  };
  input.addEventListener('input', apply);
  if (input.value) apply();
}
