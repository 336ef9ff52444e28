// Validates JSON-LD against the schema.org vocabulary as published in schema-dts (Google's
// package generated from schema.org): every @type must be a schema.org class, every property
// must belong to the type or its ancestors, and every value must fit the property's range
// (text where text is expected, a node of a fitting type where a thing is expected).
// The vocabulary is read from schema-dts's declaration file with the TypeScript parser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

interface Vocabulary {
  /** Class name → its Base interface name. */
  classes: Map<string, string>;
  /** Base interface → the bases it extends and its own properties (property → range names). */
  bases: Map<string, { extends: string[]; properties: Map<string, string[]> }>;
  /** Type name → the names it is a union of (a class and its subclasses, or data types). */
  unions: Map<string, string[]>;
}

const DATA_TYPES = new Set([
  'Text',
  'URL',
  'Date',
  'DateTime',
  'Time',
  'Number',
  'Integer',
  'Float',
  'Boolean',
  'CssSelectorType',
  'XPathType',
  'PronounceableText',
]);

let vocabulary: Vocabulary | undefined;

function load(): Vocabulary {
  if (vocabulary) return vocabulary;
  const packageJson = createRequire(import.meta.url).resolve('schema-dts/package.json');
  const file = path.join(path.dirname(packageJson), 'dist', 'schema.d.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const v: Vocabulary = { classes: new Map(), bases: new Map(), unions: new Map() };
  const names = (node: ts.TypeNode): string[] =>
    ts.isUnionTypeNode(node)
      ? node.types.flatMap(names)
      : ts.isTypeReferenceNode(node)
        ? [node.typeName.getText(source)]
        : ts.isLiteralTypeNode(node)
          ? ['Text']
          : [];
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      const name = statement.name.text;
      const parents = (statement.heritageClauses ?? []).flatMap((h) =>
        h.types.map((t) => t.expression.getText(source)),
      );
      if (name.endsWith('Leaf')) {
        const typeMember = statement.members.find((m) => m.name?.getText(source) === '"@type"');
        const literal =
          typeMember && ts.isPropertySignature(typeMember) && typeMember.type?.getText(source);
        if (literal && parents[0]) v.classes.set(literal.replace(/"/g, ''), parents[0]);
        continue;
      }
      const properties = new Map<string, string[]>();
      for (const member of statement.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const property = member.name.getText(source).replace(/"/g, '');
        const valueType = member.type;
        const range =
          ts.isTypeReferenceNode(valueType) &&
          valueType.typeName.getText(source) === 'SchemaValue' &&
          valueType.typeArguments?.[0]
            ? names(valueType.typeArguments[0])
            : names(valueType);
        properties.set(property, range);
      }
      v.bases.set(name, { extends: parents, properties });
    } else if (ts.isTypeAliasDeclaration(statement)) {
      v.unions.set(statement.name.text, names(statement.type));
    }
  }
  return (vocabulary = v);
}

/** The range of `property` on class `type`, or undefined when the class does not have it. */
function rangeOf(v: Vocabulary, type: string, property: string): string[] | undefined {
  const visit = (base: string): string[] | undefined => {
    const b = v.bases.get(base);
    if (!b) return undefined;
    return b.properties.get(property) ?? b.extends.map(visit).find(Boolean);
  };
  const base = v.classes.get(type);
  return base ? visit(base) : undefined;
}

/** Every class and data type a range name stands for (a class includes its subclasses). */
function expand(v: Vocabulary, name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const member of v.unions.get(name) ?? []) expand(v, member.replace(/Leaf$/, ''), seen);
  return seen;
}

/** Problems found in a JSON-LD document; empty when it is valid. */
export function schemaOrgProblems(data: unknown): string[] {
  const v = load();
  const problems: string[] = [];
  const checkNode = (node: Record<string, unknown>, at: string, expected: string[] | null) => {
    const type = node['@type'];
    if (typeof type !== 'string') {
      if (!('@id' in node)) problems.push(`${at}: a node without @type`);
      return;
    }
    if (!v.classes.has(type)) {
      problems.push(`${at}: "${type}" is not a schema.org type`);
      return;
    }
    if (expected) {
      const allowed = new Set(expected.flatMap((n) => [...expand(v, n)]));
      if (!allowed.has(type))
        problems.push(`${at}: a ${type} where the property expects ${expected.join(' or ')}`);
    }
    for (const [property, value] of Object.entries(node)) {
      if (property.startsWith('@')) continue;
      // Potential Actions annotate a property with -input/-output (e.g. query-input).
      if (/-(input|output)$/.test(property) && type.endsWith('Action')) continue;
      const range = rangeOf(v, type, property);
      if (!range) {
        problems.push(`${at}: ${type} has no property "${property}"`);
        continue;
      }
      for (const [i, item] of (Array.isArray(value) ? value : [value]).entries()) {
        const where = Array.isArray(value) ? `${at}.${property}[${i}]` : `${at}.${property}`;
        checkValue(item, where, range);
      }
    }
  };
  const checkValue = (value: unknown, at: string, range: string[]) => {
    const kinds = new Set(range.flatMap((n) => [...expand(v, n)]));
    if (value !== null && typeof value === 'object') {
      checkNode(
        value as Record<string, unknown>,
        at,
        range.filter((n) => !DATA_TYPES.has(n)),
      );
      return;
    }
    // Data types, and enumerations (named sets of values, not classes); an IdReference is an
    // object with @id, never a bare value.
    const fitsData = [...kinds].some(
      (k) => DATA_TYPES.has(k) || (!v.classes.has(k) && k !== 'IdReference' && v.unions.has(k)),
    );
    if (!fitsData)
      problems.push(`${at}: a ${typeof value} where ${range.join(' or ')} is expected`);
  };
  const root = data as Record<string, unknown>;
  if (root['@context'] !== 'https://schema.org' && root['@context'] !== 'http://schema.org')
    problems.push('$: @context is not schema.org');
  checkNode(root, '$', null);
  return problems;
}
