import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedValidationFiles } from './generated-files';

describe('the files generated from validation-rules.json', () => {
  it.each(generatedValidationFiles().map((f) => [f.file, f.text] as const))(
    '%s is current (else run: npx tsx scripts/generate/validation.ts)',
    (file, text) => {
      expect(readFileSync(file, 'utf8') === text).toBe(true);
    },
  );
});
