// The sidebar's only way to reach the server: a typed promise wrapper over google.script.run.
import type { ServerApi, ServerFunctionName } from '../shared/rpc';

/** The error a failed call rejects with: the server's message, readable as is. */
export class ServerError extends Error {
  constructor(
    readonly functionName: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

type Runner = Record<string, (...args: unknown[]) => void> & {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
};

/** Calls a server function; resolves with its JSON result, rejects with a ServerError. */
export function callServer<K extends ServerFunctionName>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run as unknown as Runner;
    const handled = runner
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(new ServerError(name, messageOf(error))));
    handled[name](...args);
  });
}

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
