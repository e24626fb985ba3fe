/** Every front end declares exactly the options and outputs of the one table in src/core/options/table.ts. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { LOGIN_OUTPUTS, OUTPUTS } from '../../src/core/options/outputs';
import { OPTIONS } from '../../src/core/options/table';
import { helpText } from '../../src/frontends/cli';

describe('option table', () => {
  const action = parse(readFileSync('action.yml', 'utf8'));

  it('action.yml declares every option with its default and requiredness, and every output', () => {
    expect(Object.keys(action.inputs)).toEqual(OPTIONS.map((o) => o.name));
    for (const o of OPTIONS) {
      expect(action.inputs[o.name].default).toBe(o.default);
      expect(action.inputs[o.name].required).toBe(Boolean(o.required));
      expect(action.inputs[o.name].description.length).toBeGreaterThan(10);
    }
    // mode: login's outputs follow the delivery's; `registry` is both.
    expect(Object.keys(action.outputs)).toEqual([...OUTPUTS, ...LOGIN_OUTPUTS.filter((o) => o.name !== 'registry')].map((o) => o.name));
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js' });
  });

  it("--help lists every option as a flag but the GitHub Action's own inputs", () => {
    const help = helpText();
    for (const o of OPTIONS) expect(help.includes(`--${o.name} <value>`)).toBe(!o.githubOnly);
  });
});
