import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AwsEmulator } from '../test/fixtures/emulator';

/**
 * One OIDC token request to the emulator's GitHub endpoint, as a delivery on GitHub starts it:
 * the token into `dir/oidc-token` (the file a timed delivery reads). Returns the file's path.
 */
export async function fetchOidcToken(emu: Pick<AwsEmulator, 'githubTokenUrl' | 'githubRequestToken'>, dir: string): Promise<string> {
  const res = await fetch(`${emu.githubTokenUrl}&audience=sts.amazonaws.com`, { headers: { authorization: `Bearer ${emu.githubRequestToken}` } });
  if (res.status !== 200) throw new Error(`OIDC token request: ${res.status} ${await res.text()}`);
  const file = path.join(dir, 'oidc-token');
  fs.writeFileSync(file, ((await res.json()) as { value: string }).value);
  return file;
}
