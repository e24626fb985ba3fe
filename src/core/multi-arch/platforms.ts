/**
 * Platforms of a multi-arch image and the tags its parts carry: `<sha>-<os>-<arch>[-<variant>]`,
 * the platform's own words joined by `-` (`linux/arm/v7` → `<sha>-linux-arm-v7`).
 */

/** A platform as image configs and index entries spell it. */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** The tag of one platform's part. */
export const partTag = (sha: string, platform: string): string => `${sha}-${platform.replace(/\//g, '-')}`;

export function parsePlatform(text: string): Platform {
  const [os, architecture, variant] = text.split('/');
  return variant ? { os, architecture, variant } : { os, architecture };
}

/**
 * One spelling per platform, as containerd matches them: arm64's v8 and amd64's v1 are the default
 * variants (left out), 32-bit arm without a variant is v7.
 */
export function platformKey(p: Platform): string {
  let variant = p.variant ?? '';
  if ((p.architecture === 'arm64' && variant === 'v8') || (p.architecture === 'amd64' && variant === 'v1')) variant = '';
  if (p.architecture === 'arm' && !variant) variant = 'v7';
  return [p.os, p.architecture, variant].filter(Boolean).join('/');
}

/** `os/arch[/variant]` of a platform as it is written (for messages). */
export const platformText = (p: Partial<Platform>): string => [p.os ?? '?', p.architecture ?? '?', p.variant].filter(Boolean).join('/');

/** The daemon's `os/arch` and `uname -m` (`docker info`'s Architecture) as a platform: the arm variant from the machine. */
export function daemonPlatform(osArch: string, machine: string): string {
  const variant = osArch.endsWith('/arm') ? /^armv(\d)/.exec(machine)?.[1] : undefined;
  return variant ? `${osArch}/v${variant}` : osArch;
}
