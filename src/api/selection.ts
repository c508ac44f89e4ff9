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

/**
 * The largest value of the argument `argument` of `typeName.field` selected under the path `parents` (field
 * names) of the field being resolved, defaults and variables applied; null when no such field is selected.
 */
export function largestArgument(info: GraphQLResolveInfo, parents: string[], typeName: string, field: string, argument: string): number | null {
  const type = info.schema.getType(typeName) as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | undefined;
  const fallback = type?.getFields?.()[field]?.args.find((arg) => arg.name === argument)?.defaultValue;
  if (fallback === undefined && !type?.getFields?.()[field]) throw new Error(`schema has no ${typeName}.${field}`);
  let nodes: FieldNode[] = [...info.fieldNodes];
  for (const parent of [...parents, field]) nodes = nodes.flatMap((node) => fieldsNamed(info, node.selectionSet, parent));
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
  let nodes: FieldNode[] = [...info.fieldNodes];
  for (const name of [...parents, field]) nodes = nodes.flatMap((node) => fieldsNamed(info, node.selectionSet, name));
  return nodes.length > 0;
}
