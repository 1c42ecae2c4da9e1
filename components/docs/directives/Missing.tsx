/** Said where a directive names something this version of the chart does not ship. */
export function Missing({ what }: { what: string }) {
  return (
    <p role="note" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      {what} is not in this version of the chart.
    </p>
  );
}
