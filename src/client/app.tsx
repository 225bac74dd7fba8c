// The sidebar's root component.
import { useEffect, useState } from 'preact/hooks';
import type { SidebarState } from '../shared/rpc';
import { callServer } from './rpc';

export function App() {
  const [state, setState] = useState<SidebarState | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    callServer('getSidebarState', 14).then(setState, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!state) return <p aria-busy="true">Loading…</p>;
  return <main><h1>Rapport</h1><p>Signed in as {state.userEmail}</p></main>;
}
