/** What a run reports: the outputs every front end writes (step outputs, `export` lines, JSON). */

/** The GitHub Action's `mode: login` outputs; the credentials only with `docker-credentials-output`. */
export const LOGIN_OUTPUTS: readonly { name: string; description: string }[] = [
  { name: 'registry', description: 'The target registry host, as ECR returns it.' },
  { name: 'registries', description: 'Every registry host logged in to (the target, then the `pull-registries`), comma-separated.' },
  { name: 'docker-username', description: 'With `docker-credentials-output`: the registry user name.' },
  { name: 'docker-password', description: 'With `docker-credentials-output`: the registry password, valid 12 hours (masked).' },
];

/**
 * Outputs stay typed in the core (`type`: `boolean`, `list`, else a string) until a front end
 * writes them with outputText: booleans as `true`/`false`, lists comma-joined. Adding one is an
 * entry here plus the value the pipeline returns for it (`Outputs` makes that required).
 */
export const OUTPUTS = [
  { name: 'registry', description: 'Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`.' },
  { name: 'repository-uri', description: 'Repository URI, `<registry>/<repository>`.' },
  { name: 'image', description: 'Image reference with the commit SHA tag, `<repository-uri>:<sha>`.' },
  { name: 'digest', description: 'Digest (`sha256:…`) of the pushed manifest.' },
  { name: 'image-ref', description: 'Image reference pinned by digest, `<repository-uri>@<digest>`.' },
  { name: 'tags', type: 'list', description: 'Tags applied, comma-separated, the SHA first.' },
  {
    name: 'pushed',
    type: 'boolean',
    description: '`true`, or `false` when nothing was uploaded (skip-existing hit, immutable SHA already there, or push: false).',
  },
  { name: 'scan-findings', description: 'With `scan-wait`: counts by severity as JSON, e.g. `{"CRITICAL":0,"HIGH":2}`; empty without a scan.' },
] as const satisfies readonly { name: string; type?: 'boolean' | 'list'; description: string }[];

type OutputSpec = (typeof OUTPUTS)[number];
export type OutputName = OutputSpec['name'];
export type Outputs = {
  -readonly [O in OutputSpec as O['name']]: O extends { type: 'boolean' } ? boolean : O extends { type: 'list' } ? string[] : string;
};

/** An output as every front end writes it (step output, `export` line, JSON value). */
export function outputText(outputs: Outputs, name: OutputName): string {
  const value: string | boolean | string[] = outputs[name];
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** All outputs in their written form, in table order. */
export function outputTexts(outputs: Outputs): Record<OutputName, string> {
  return Object.fromEntries(OUTPUTS.map(({ name }) => [name, outputText(outputs, name)])) as Record<OutputName, string>;
}
