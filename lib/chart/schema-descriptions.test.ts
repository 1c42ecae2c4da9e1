import { describe, expect, it } from 'vitest';
import { withDescriptionsFromValues, type SchemaNode } from './schema-descriptions';

const schema: SchemaNode = {
  type: 'object',
  properties: {
    image: { type: 'object', description: 'Kept: no @param for the object', properties: { tag: { type: 'string', description: 'old' } } },
  },
};

describe('withDescriptionsFromValues', () => {
  it('writes each @param text into the matching property and leaves the input untouched', () => {
    const { schema: out, unknownPaths } = withDescriptionsFromValues(
      schema,
      '## @param image.tag Image tag; empty means v + appVersion\nimage:\n  tag: ""\n',
    );
    expect(out.properties?.image?.properties?.tag?.description).toBe('Image tag; empty means v + appVersion');
    expect(out.properties?.image?.description).toBe('Kept: no @param for the object');
    expect(schema.properties?.image?.properties?.tag?.description).toBe('old');
    expect(unknownPaths).toEqual([]);
  });

  it('reports a documented value the schema does not declare', () => {
    const { unknownPaths } = withDescriptionsFromValues(schema, '## @param image.tga Typo\n');
    expect(unknownPaths).toEqual(['image.tga']);
  });
});
