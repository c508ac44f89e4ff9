// What a query asks below a field, read from its selection before the field's statement runs, so the statement
// sends only that: e.g. path's statement projects each hop's evidence sentences only as far as
// `hops { evidence(first:) }` asks (the largest `first` among aliases and fragments; 0 when not asked).
// Plain reads of the AST and the schema, no graphql-js helpers: those check `instanceof` against their own copy
// of graphql, and under vitest the schema's types come from the other one (CommonJS beside ESM).
import type { FieldNode, GraphQLField, GraphQLResolveInfo, SelectionSetNode, ValueNode } from 'graphql';

/** The field nodes named `name` in a selection set, fragments followed. */
function fieldsNamed(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string, out: FieldNode[] = []): FieldNode[] {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') {
      if (selection.name.value === name) out.push(selection);
    } else if (selection.kind === 'InlineFragment') {
      fieldsNamed(info, selection.selectionSet, name, out);
    } else {
      fieldsNamed(info, info.fragments[selection.name.value]?.selectionSet, name, out);
    }
  }
  return out;
}

// The field nodes under a path, kept per field being resolved: the parser cache hands the same document (and so the
// same FieldNode objects) for the same query text, so the walk is done once per document and path, not per request
// (selectsField and largestArgument were ≈6% of our layer's CPU on path, src/bench/findings.md item 37). Keyed by
// the first field node; the entries compare the whole fieldNodes list (fragments may merge other nodes beside it).
const walks = new WeakMap<FieldNode, { fieldNodes: readonly FieldNode[]; byPath: Map<string, FieldNode[]> }[]>();
const WALKS_PER_NODE = 16;

function nodesAt(info: GraphQLResolveInfo, path: string[]): FieldNode[] {
  const first = info.fieldNodes[0];
  if (!first) return [];
  let entries = walks.get(first);
  if (!entries) walks.set(first, (entries = []));
  let entry = entries.find((e) => e.fieldNodes.length === info.fieldNodes.length && e.fieldNodes.every((node, i) => node === info.fieldNodes[i]));
  if (!entry) {
    if (entries.length >= WALKS_PER_NODE) entries.length = 0;
    entries.push((entry = { fieldNodes: [...info.fieldNodes], byPath: new Map() }));
  }
  const key = path.join('.');
  let nodes = entry.byPath.get(key);
  if (!nodes) {
    nodes = [...info.fieldNodes];
    for (const name of path) nodes = nodes.flatMap((node) => fieldsNamed(info, node.selectionSet, name));
    entry.byPath.set(key, nodes);
  }
  return nodes;
}

/**
 * The largest value of the argument `argument` of `typeName.field` selected under the path `parents` (field
 * names) of the field being resolved, defaults and variables applied; null when no such field is selected.
 */
export function largestArgument(info: GraphQLResolveInfo, parents: string[], typeName: string, field: string, argument: string): number | null {
  const type = info.schema.getType(typeName) as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | undefined;
  const fallback = type?.getFields?.()[field]?.args.find((arg) => arg.name === argument)?.defaultValue;
  if (fallback === undefined && !type?.getFields?.()[field]) throw new Error(`schema has no ${typeName}.${field}`);
  const nodes = nodesAt(info, [...parents, field]);
  let largest: number | null = null;
  for (const node of nodes) {
    const given = node.arguments?.find((arg) => arg.name.value === argument)?.value;
    const value = (given === undefined ? undefined : valueOf(given, info.variableValues)) ?? fallback;
    if (typeof value === 'number' && (largest === null || value > largest)) largest = value;
  }
  return largest;
}

/** An Int argument's value: a literal, or a variable's (already coerced; null or missing: the default applies). */
function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === 'IntValue') return Number.parseInt(node.value, 10);
  if (node.kind === 'Variable') return variables[node.name.value];
  return undefined;
}

/** Whether the field `field` is selected under the path `parents` (field names) of the field being resolved. */
export function selectsField(info: GraphQLResolveInfo, parents: string[], field: string): boolean {
  return nodesAt(info, [...parents, field]).length > 0;
}
