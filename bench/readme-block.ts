import * as fs from 'node:fs';

/**
 * Replaces the README's text between `<!-- NAME:start -->` and `<!-- NAME:end -->` (placed by hand
 * where the block belongs) with `block`; false when the markers are missing.
 */
export function writeReadmeBlock(readme: string, name: string, block: string): boolean {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = fs.readFileSync(readme, 'utf8');
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return false;
  fs.writeFileSync(readme, `${text.slice(0, i + start.length)}\n${block}\n${text.slice(j)}`);
  return true;
}
