/**
 * The kinds of value an option can have, each a `{ type, parse }` a table row spreads in: `type`
 * says how the front ends declare it, `parse(value, option)` turns the trimmed text into the
 * field's value or throws an InputError that names the option, quotes the value and states the rule.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors';

export type OptionType = 'string' | 'boolean' | 'integer' | 'enum' | 'list' | 'path';

/** `undefined` when the value is fine, else the rule it breaks, worded to follow the quoted value. */
export type Rule = (value: string) => string | undefined;
export type Parse<T> = (value: string, option: string) => T;

/** A rule that is one regular expression. */
export const matches =
  (re: RegExp, problem: string): Rule =>
  (v) =>
    re.test(v) ? undefined : problem;

export function check(option: string, value: string, problem: string | undefined): void {
  if (problem) throw new InputError(option, value, problem);
}

/** Free text that must meet `rule`; `normalise` runs first (e.g. lowercase). */
export const text = (rule?: Rule, normalise: (v: string) => string = (v) => v) => ({
  type: 'string' as const,
  parse: (value: string, option: string): string => {
    const v = normalise(value);
    if (rule) check(option, v, rule(v));
    return v;
  },
});

/** `true`/`false`, also `1`/`0`, any case. */
export const boolean = {
  type: 'boolean' as const,
  parse: (v: string, option: string): boolean => {
    if (/^(true|1)$/i.test(v)) return true;
    if (/^(false|0)$/i.test(v)) return false;
    throw new InputError(option, v, 'is not a boolean: use true or false');
  },
};

export const integer = (min: number, max: number) => ({
  type: 'integer' as const,
  parse: (v: string, option: string): number => {
    const n = /^\d{1,6}$/.test(v) ? Number(v) : NaN;
    if (!(n >= min && n <= max)) throw new InputError(option, v, `is not a whole number from ${min} to ${max}`);
    return n;
  },
});

/** One of `values`, matched case-insensitively, returned as written here (upper case). */
export const oneOf = <const V extends readonly string[]>(...values: V) => ({
  type: 'enum' as const,
  values,
  parse: (v: string, option: string): V[number] => {
    const found = values.find((value) => value.toUpperCase() === v.toUpperCase());
    if (found === undefined) throw new InputError(option, v, `is not one of ${values.join(', ')}`);
    return found;
  },
});

/** Newline- (and with `commas`, comma-) separated entries, blank ones ignored, each checked by `entry`. */
export const list = (entry: Rule, { commas = false, max = Infinity } = {}) => ({
  type: 'list' as const,
  parse: (v: string, option: string): string[] => {
    const entries = v
      .split(commas ? /[\n,]/ : /\n/)
      .map((s) => s.replace(/\r$/, '').trim())
      .filter((s) => s !== '');
    for (const e of entries) check(option, e, entry(e));
    if (entries.length > max) throw new InputError(option, v, `lists more than ${max} entries`);
    return [...new Set(entries)];
  },
});

/** A path; `mustBe` checks the file it names (existence, contents). */
export const path = (mustBe?: (option: string, path: string) => void) => ({
  type: 'path' as const,
  parse: (v: string, option: string): string => {
    mustBe?.(option, v);
    return v;
  },
});

export function existingFile(option: string, file: string): void {
  if (!existsSync(file) || !statSync(file).isFile()) throw new InputError(option, file, 'is not a readable file');
}

export function jsonFile(option: string, file: string): void {
  existingFile(option, file);
  try {
    JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new InputError(option, file, 'does not contain valid JSON');
  }
}

/** The platforms of a `platform` value: trimmed, each once, in the order given. */
export function platformList(text: string | undefined): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    ),
  ];
}
