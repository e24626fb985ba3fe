/**
 * Reading options: every front end hands parseOptions a `RawOptions` (inputs, orb parameters as
 * env, flags); each value passes the checks every option shares, then its row's parser, then the
 * checks between options (checks.ts), whose implied values are applied here.
 */
import { InputError } from '../errors';
import { crossChecks, loginOnly } from './checks';
import { OPTIONS, type OptionName, type OptionSpec, type Options, type OptionValue } from './table';

const MAX_VALUE = 4096;
const MAX_LIST_VALUE = 65536;

/** Where a front end reads raw values from: a missing or empty value means "not given". */
export type RawOptions = (name: string) => string | undefined;

/** The given text, trimmed (lists keep their lines), after the checks every option shares; undefined when not given. */
export function givenValue(spec: Pick<OptionSpec, 'name' | 'type'>, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const isList = spec.type === 'list';
  const given = isList ? value : value.trim();
  const limit = isList ? MAX_LIST_VALUE : MAX_VALUE;
  if (given.length > limit) throw new InputError(spec.name, given, `is longer than ${limit} characters`);
  // Only list options may span lines; no option may carry other control characters.
  const controls = isList ? /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/ : /[\x00-\x1f\x7f]/;
  if (controls.test(given)) throw new InputError(spec.name, given, 'contains control characters');
  return given;
}

/** One option's value, parsed by the table's rules: undefined when neither given nor defaulted. */
export function parseOption<N extends OptionName>(name: N, raw: string | undefined): OptionValue<N> | undefined {
  const spec = OPTIONS.find((o) => o.name === name)!;
  const value = givenValue(spec, raw) ?? spec.default;
  return value === undefined ? undefined : (spec.parse(value, name) as OptionValue<N>);
}

/**
 * Read every option through `raw`, validate all of it, and return typed options. No I/O but file
 * checks. `login` mode (credentials + docker login only) needs no repository and builds nothing.
 */
export function parseOptions(raw: RawOptions, mode: 'deliver' | 'login' = 'deliver'): Options {
  const parsed: Record<string, unknown> = {};
  for (const spec of OPTIONS) {
    const value = givenValue(spec, raw(spec.name)) ?? spec.default;
    if (value !== undefined) parsed[spec.field] = spec.parse(value, spec.name);
    else if (spec.type === 'list') parsed[spec.field] = [];
    else if (spec.required && mode === 'login') parsed[spec.field] = '';
    else if (spec.required) throw new InputError(spec.name, '', 'is required');
  }
  const options = parsed as Options;
  return { ...options, ...crossChecks(options, mode) };
}

/** The GitHub Action's own inputs: `mode`, and what `login` mode does after the job. */
export function parseActionMode(raw: RawOptions): { mode: Options['mode']; skipLogout: boolean; dockerCredentialsOutput: boolean } {
  const mode = parseOption('mode', raw('mode'))!;
  const dockerCredentialsOutput = parseOption('docker-credentials-output', raw('docker-credentials-output'))!;
  loginOnly(mode, dockerCredentialsOutput);
  return { mode, skipLogout: parseOption('skip-logout', raw('skip-logout'))!, dockerCredentialsOutput };
}
