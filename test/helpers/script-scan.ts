// Reads a script's syntax tree (acorn), not its text, for what the bundle and privacy checks ask: names read, properties, strings, calls and dynamic code.
import { parse } from 'acorn';

type Node = { type: string; [key: string]: unknown };

export interface ScriptScan {
  /** Names read as identifiers anywhere (not property names). */
  identifiers: Set<string>;
  /** Property names: `a.b`, `{ b: 1 }`, and computed ones given as a string literal (`a['b']`). */
  properties: Set<string>;
  /** Every string literal and template text. */
  strings: string[];
  /** The callee of every call and `new`: an identifier's name or the property called. */
  callees: Set<string>;
  /** `import(...)` expressions: code loaded at run time. */
  dynamicImports: number;
  /** Calls `h('tag', { props })` with a literal tag, as JSX compiles: the tag and its literal prop names, or null when they cannot be read (a spread, a variable). */
  elements: { tag: string; props: string[] | null }[];
}

const literalString = (node: Node | undefined): string | null => (node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null);

function propertyName(node: Node, key: 'property' | 'key'): string | null {
  const name = node[key] as Node;
  if (!node.computed) return name.type === 'Identifier' ? (name.name as string) : literalString(name);
  return literalString(name);
}

function calleeName(callee: Node): string | null {
  if (callee.type === 'Identifier') return callee.name as string;
  if (callee.type === 'MemberExpression') return propertyName(callee, 'property');
  return null;
}

function elementOf(call: Node): ScriptScan['elements'][number] | null {
  const [tagNode, propsNode] = call.arguments as Node[];
  const tag = literalString(tagNode);
  if (tag === null || !/^[a-z][a-z0-9-]*$/.test(tag)) return null;
  if (propsNode === undefined || propsNode.type !== 'ObjectExpression') return { tag, props: propsNode === undefined || propsNode.type === 'Literal' ? [] : null };
  const props: string[] = [];
  for (const property of propsNode.properties as Node[]) {
    const name = property.type === 'Property' ? propertyName(property, 'key') : null;
    if (name === null) return { tag, props: null };
    props.push(name);
  }
  return { tag, props };
}

/** Parses `source` as a script (throws on a syntax error) and collects what the checks look at. */
export function scanScript(source: string): ScriptScan {
  const scan: ScriptScan = { identifiers: new Set(), properties: new Set(), strings: [], callees: new Set(), dynamicImports: 0, elements: [] };
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node;
    switch (n.type) {
      case 'Identifier':
        scan.identifiers.add(n.name as string);
        break;
      case 'Literal':
        if (typeof n.value === 'string') scan.strings.push(n.value);
        break;
      case 'TemplateElement':
        scan.strings.push(((n.value as { cooked?: string; raw: string }).cooked ?? (n.value as { raw: string }).raw));
        break;
      case 'ImportExpression':
        scan.dynamicImports += 1;
        break;
      case 'CallExpression':
      case 'NewExpression': {
        const name = calleeName(n.callee as Node);
        if (name !== null) scan.callees.add(name);
        const element = elementOf(n);
        if (element) scan.elements.push(element);
        break;
      }
    }
    for (const [key, child] of Object.entries(n)) {
      const isPropertyName = (n.type === 'MemberExpression' && key === 'property') || (n.type === 'Property' && key === 'key');
      if (isPropertyName) {
        const name = propertyName(n, key === 'key' ? 'key' : 'property');
        if (name !== null) scan.properties.add(name);
        if (n.computed) visit(child);
      } else visit(child);
    }
  };
  visit(parse(source, { ecmaVersion: 'latest', sourceType: 'script' }));
  return scan;
}
