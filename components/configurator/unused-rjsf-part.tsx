/**
 * Stands in for the parts of @rjsf/core's default registry the configurator never uses (next.config.mjs
 * resolveAlias): the layout-grid fields (only for `ui:field` LayoutGridField) and the file, rating and alt-date
 * widgets (only for `format: data-url` and `ui:widget` rating or alt-date). Its test checks the chart's schema and
 * the configurator's uiSchemas ask for none of them; one that did would say so here rather than render wrong.
 */
export default function UnusedRjsfPart(): never {
  throw new Error('This rjsf field or widget is left out of the configurator bundle (components/configurator/unused-rjsf-part.tsx).');
}
