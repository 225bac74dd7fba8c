// Finds a bundle's top-level function declarations: the only functions Apps Script can call.
import { parse } from 'acorn';

/**
 * A `vm` context cannot tell a declared function from one assigned to the global object, but Apps
 * Script lists and calls only declarations, so the bundle is checked with a parser.
 */
export function topLevelFunctionNames(source: string): string[] {
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'script' });
  const names: string[] = [];
  for (const node of program.body) {
    if (node.type === 'FunctionDeclaration' && node.id) names.push(node.id.name);
  }
  return names;
}
