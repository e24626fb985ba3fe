/**
 * Rules between options, run once each option has passed its own. Pure: a check reads the options
 * and either throws the InputError a user sees or returns what the options imply together (the
 * registry type a public.ecr.aws/ repository chooses); parsing applies what they return.
 */
import { existsSync, statSync } from 'node:fs';
import { buildSecretsOf, hasBuildSecrets } from '../build-secrets';
import { InputError } from '../errors';
import { check, existingFile, platformList } from './parsers';
import { isPublicRepository, publicAlias, publicRepositoryName, rules } from './rules';
import { OPTIONS, type OptionName, type Options } from './table';

/** What the options settle together, beyond each one's own value. */
export type Implied = Pick<Options, 'registryType'>;

/** Every rule between options; returns what they imply, for parsing to apply. */
export function crossChecks(o: Readonly<Options>, mode: 'deliver' | 'login'): Implied {
  if (o.kmsKey !== undefined && o.encryptionType !== 'KMS') throw new InputError('kms-key', o.kmsKey, 'needs `encryption-type: KMS`');
  const implied: Implied = { registryType: registryType(o) };
  const settled = { ...o, ...implied };
  registryChecks(settled);
  loginOnly(o.mode, o.dockerCredentialsOutput);
  scanChecks(settled);
  multiArchChecks(settled);
  if (mode === 'deliver' && o.mode !== 'merge') checkBuildInputs(settled);
  return implied;
}

/** The run's registry type: a repository given as public.ecr.aws/<alias>/<name> makes it an ECR Public one. */
export function registryType(o: Pick<Options, 'repository' | 'registryType'>): Options['registryType'] {
  if (!isPublicRepository(o.repository)) return o.registryType;
  check('repository', o.repository, publicAlias(o.repository) ?? rules.repository(publicRepositoryName(o.repository)));
  return 'public';
}

/** Options that belong to one registry type only. */
function registryChecks(o: Readonly<Options>): void {
  if (o.registryType === 'public' && o.lifecyclePolicy !== undefined)
    throw new InputError('lifecycle-policy', o.lifecyclePolicy, 'does not apply to ECR Public, which has no lifecycle policies');
  if (o.registryType === 'private') {
    for (const [name, value] of [
      ['catalog-description', o.catalogDescription],
      ['catalog-about', o.catalogAbout],
      ['catalog-usage', o.catalogUsage],
    ] as const) {
      if (value !== undefined) throw new InputError(name, value, 'applies to ECR Public only: set `registry-type: public`');
    }
  }
}

/** The GitHub Action's login-mode options mean nothing to a delivery. */
export function loginOnly(mode: Options['mode'], dockerCredentialsOutput: boolean): void {
  if (mode !== 'login' && dockerCredentialsOutput) throw new InputError('docker-credentials-output', 'true', 'applies to `mode: login` only');
}

/**
 * A part is one platform; a merge puts two or more parts together and builds nothing, so an
 * option of building or pushing set to other than its default (every front end passes defaults) is a mistake.
 */
function multiArchChecks(o: Readonly<Options>): void {
  const count = platformList(o.platform).length;
  if (o.mode === 'part' && count > 1)
    throw new InputError('platform', o.platform!, 'takes one platform with `mode: part` (one job per platform; `mode: merge` puts the parts together)');
  if (o.mode !== 'merge') return;
  if (count < 2) throw new InputError('platform', o.platform ?? '', 'needs at least two platforms with `mode: merge`, e.g. `linux/amd64,linux/arm64`');
  if (o.registryType === 'public') throw new InputError('mode', 'merge', "works with private ECR only: ECR Public's API cannot read a part's config");
  const values = o as Readonly<Record<string, unknown>>;
  for (const spec of OPTIONS.filter((s) => s.builds)) {
    const value = values[spec.field];
    const unset =
      spec.default !== undefined ? String(value) === String(spec.parse(spec.default, spec.name)) : Array.isArray(value) ? !value.length : value === undefined;
    // Lists may hold build-arg values and secrets: never quoted.
    if (!unset)
      throw new InputError(
        spec.name,
        Array.isArray(value) ? '***' : String(value),
        'cannot be combined with `mode: merge`, which builds and pushes nothing (the parts did)',
      );
  }
}

/** The scan options only mean something while the run waits for the scan. */
function scanChecks(o: Readonly<Options>): void {
  if (o.scanWait && o.registryType === 'public') throw new InputError('scan-wait', 'true', 'does not apply to ECR Public, which does not scan images');
  if (o.scanWait) return;
  if (o.scanStart) throw new InputError('scan-start', 'true', 'needs `scan-wait: true` (a started scan is only useful when the run waits for it)');
  if (o.failOnSeverity !== 'none')
    throw new InputError('fail-on-severity', o.failOnSeverity, 'needs `scan-wait: true`: the gate reads the scan the run waits for');
}

/**
 * The build inputs must exist unless nothing will be built: with `image` nothing is, and with
 * skip-existing the Dockerfile may legitimately be gone (checked again if a build turns out needed).
 */
function checkBuildInputs(o: Readonly<Options>): void {
  if (o.image !== undefined) {
    // Build-arg values may be tokens: the message shows their names.
    const buildInputs: [OptionName, string | undefined][] = [
      ['dockerfile', o.dockerfile],
      ['target', o.target],
      ['platform', o.platform],
      ['builder', o.builder],
      ['build-args', o.buildArgs.map((a) => `${a.split('=')[0]}=***`).join('\n') || undefined],
      ['labels', o.labels.join('\n') || undefined],
    ];
    for (const [name, value] of buildInputs) {
      if (value !== undefined) throw new InputError(name, value, 'cannot be combined with `image` (nothing is built)');
    }
    const secrets = hasBuildSecrets(buildSecretsOf(o));
    if (secrets) throw new InputError(secrets, '***', 'cannot be combined with `image` (nothing is built)');
    return;
  }
  if (o.skipExisting) return;
  requireBuildFiles(o);
}

export function requireBuildFiles(o: Pick<Options, 'context' | 'dockerfile'>): void {
  if (!existsSync(o.context) || !statSync(o.context).isDirectory()) throw new InputError('context', o.context, 'is not a directory');
  existingFile('dockerfile', dockerfilePath(o));
}

export function dockerfilePath(o: Pick<Options, 'context' | 'dockerfile'>): string {
  return o.dockerfile ?? `${o.context.replace(/\/+$/, '')}/Dockerfile`;
}
