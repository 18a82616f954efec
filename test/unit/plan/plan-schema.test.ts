import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKEND, DEFAULT_EJECT, DEFAULT_FINALIZE, DEFAULT_MEDIA, DEFAULT_SESSION_OPTIONS } from '../../../src/plan/plan-model.js';
import { planSchema } from '../../../src/plan/plan-schema.js';

type SchemaNode = { [key: string]: unknown };
const schema = planSchema() as SchemaNode;
const definitions = schema['definitions'] as Record<string, SchemaNode>;

/** Follows a `$ref` such as `#/definitions/session` or `#/definitions/disc/properties/id`. */
function resolve(node: SchemaNode): SchemaNode {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return node;
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<SchemaNode>((at, key) => at[key] as SchemaNode, schema);
}

describe('the plan schema', () => {
  it('is the source of the TypeScript types and the validator: the generated files are up to date', async () => {
    const result = await execa('node', ['scripts/generate-from-schema.js', '--check'], { reject: false });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });

  it('describes every property, for editors', () => {
    const undescribed: string[] = [];
    const visit = (node: SchemaNode, where: string) => {
      const properties = (node['properties'] ?? {}) as Record<string, SchemaNode>;
      for (const [name, property] of Object.entries(properties)) {
        if (typeof resolve(property)['description'] !== 'string') undescribed.push(`${where}.${name}`);
      }
    };
    visit(schema, 'plan');
    for (const [name, definition] of Object.entries(definitions)) visit(definition, name);
    expect(undescribed).toEqual([]);
  });

  it('offers the same settings in defaults and in each session', () => {
    const defaultsKeys = Object.keys(definitions['sessionDefaults']!['properties'] as object);
    const sessionKeys = Object.keys(definitions['session']!['properties'] as object);
    expect(sessionKeys).toEqual(['label', 'imported', 'acceptCutShort', 'files', 'exclude', ...defaultsKeys]);
    expect(defaultsKeys.sort()).toEqual(Object.keys(DEFAULT_SESSION_OPTIONS).concat('publisher', 'preparer', 'recovery').sort());
  });

  it('has the defaults the code applies', () => {
    const disc = definitions['disc']!['properties'] as Record<string, SchemaNode>;
    const top = schema['properties'] as Record<string, SchemaNode>;
    expect(disc['media']!['default']).toBe(DEFAULT_MEDIA);
    expect(disc['backend']!['default']).toBe(DEFAULT_BACKEND);
    expect(top['finalize']!['default']).toBe(DEFAULT_FINALIZE);
    expect(top['eject']!['default']).toBe(DEFAULT_EJECT);
    for (const [key, value] of Object.entries(DEFAULT_SESSION_OPTIONS)) {
      expect(definitions[key]!['default'], key).toBe(value);
    }
  });
});
