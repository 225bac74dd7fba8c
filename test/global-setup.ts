// Jest global setup: every test runs against a fresh build of dist/, the artifact clasp pushes.
import { buildAll } from '../scripts/build';

export default async function globalSetup(): Promise<void> {
  await buildAll();
}
