import { describe, expect, it } from 'vitest';
import { readChartText } from './files';
import { notesWarnings } from './notes-warnings';

describe('NOTES warnings', () => {
  it('reads a literal WARNING under an if, its lines joined as one', () => {
    const src =
      '{{- if and .Values.a (not .Values.b) }}\nWARNING: a is on\n   but b is off.\n{{- end }}\n{{- if .Values.c }}\nWARNING: c is {{ .Values.c }}\n{{- end }}';
    // The second embeds an action: not a fixed text, not reported.
    expect(notesWarnings(src)).toEqual([{ condition: 'and .Values.a (not .Values.b)', text: 'WARNING: a is on but b is off.' }]);
  });

  it("finds the chart's capability warnings", () => {
    const found = notesWarnings(readChartText('templates/NOTES.txt')!);
    expect(
      found.find((w) => w.condition === 'and .Values.metrics.serviceMonitor.enabled (not (include "aeterna.serviceMonitor.render" .))')
        ?.text,
    ).toBe(
      'WARNING: metrics.serviceMonitor.enabled is true but the cluster does not serve monitoring.coreos.com/v1: no ServiceMonitor was created. Install the Prometheus Operator CRDs, or set metrics.serviceMonitor.forceRender=true.',
    );
  });
});
