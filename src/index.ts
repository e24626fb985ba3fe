#!/usr/bin/env node
import { circleciMain } from './frontends/circleci';
import { cliMain } from './frontends/cli';
/**
 * One script, three front ends. Arguments mean the CLI; otherwise the CI that runs us decides:
 * GitHub runs us as an action (main, then post), the orb runs us on CircleCI.
 */
import { githubMain, githubPost, isGitHubPost } from './frontends/github/action';

async function main(): Promise<void> {
  const env = process.env;
  const args = process.argv.slice(2);
  if (args.length === 0 && env.GITHUB_ACTIONS === 'true' && Object.keys(env).some((k) => k.startsWith('INPUT_'))) {
    return isGitHubPost(env) ? githubPost() : githubMain();
  }
  if (args.length === 0 && env.CIRCLECI === 'true') return circleciMain();
  return cliMain(args);
}

void main();
