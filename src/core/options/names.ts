/**
 * An option's spellings beyond its kebab-case name (input, flag): the environment variable the CLI
 * and the orb read, the orb's parameter, and the variables CircleCI exports outputs under.
 */
export const envName = (option: string): string => `ECR_DELIVER_${option.toUpperCase().replace(/-/g, '_')}`;

// CircleCI exports outputs under a prefix of their own (ECR_DELIVERED_*), so a later
// ecr-deliver run in the same job never reads an output (`image`, `tags`) back as an option.
export const outputEnvName = (output: string): string => `ECR_DELIVERED_${output.toUpperCase().replace(/-/g, '_')}`;
export const orbName = (option: string): string => option.replace(/-/g, '_');
