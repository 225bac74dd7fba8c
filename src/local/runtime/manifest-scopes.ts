// The OAuth scopes a bundle's manifest (appsscript.json beside Code.js) grants.
import { existsSync, readFileSync } from 'node:fs';

/**
 * The manifest's `oauthScopes` as a set, or null when there is no manifest or it sets none: Apps
 * Script then determines the scopes by scanning the code (editor add-on scopes guide) [C], so
 * nothing is refused (throwaway test bundles have no manifest). A manifest that cannot be read as
 * JSON, or whose `oauthScopes` is not a list of strings, is an error naming the file.
 */
export function manifestScopes(file: string): ReadonlySet<string> | null {
  if (!existsSync(file)) return null;
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`The add-on's manifest ${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const scopes = (manifest as { oauthScopes?: unknown }).oauthScopes;
  if (scopes === undefined) return null;
  if (!Array.isArray(scopes) || !scopes.every((scope) => typeof scope === 'string')) {
    throw new Error(`The add-on's manifest ${file} has an oauthScopes that is not a list of scope URLs.`);
  }
  return new Set(scopes);
}
