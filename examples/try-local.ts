/**
 * The local try-out's launcher (run by examples/try-local.sh, bundled with scripts/bundle.mjs): starts a docker
 * engine, a registry and the test suite's STS + ECR emulator on 127.0.0.1, then runs the real
 * `dist/index.js` against them to deliver examples/hello, exactly as it would run against AWS:
 * the only difference is AWS_ENDPOINT_URL_ECR / _STS pointing at the emulator, and a static key.
 *
 * Usage: node launcher.js REPOSITORY_ROOT [extra ecr-deliver flags …]
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { AwsEmulator } from '../test/fixtures/emulator';
import { ensureDockerd, startRegistry, type Registry } from '../test/fixtures/services';

/** The repository root, from examples/try-local.sh (an argument: the bundle runs from a temporary folder). */
const ROOT = resolve(process.argv[2] ?? '.');
const CONTEXT = join(ROOT, 'examples/hello');
const REPOSITORY = 'examples/hello';
const KEY_ID = 'AKIATRYLOCALEXAMPLE1';
const SECRET = randomBytes(24).toString('base64url');

const say = (line: string) => process.stderr.write(process.stderr.isTTY ? `\x1b[1m== ${line}\x1b[0m\n` : `== ${line}\n`);

async function commitSha(): Promise<string | undefined> {
  const result = await runChild('git', ['rev-parse', 'HEAD'], process.env).catch(() => undefined);
  const sha = result?.code === 0 ? result.stdout.trim() : '';
  return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
}

/**
 * Runs a child with stdout captured and stderr passed through. Never synchronously: the emulator
 * answering the child (and the docker daemon behind it) lives in this process's event loop.
 */
function runChild(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string }> {
  return new Promise((done, failed) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.on('error', failed);
    child.on('close', (code) => done({ code: code ?? 1, stdout }));
  });
}

async function docker(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const result = await runChild('docker', args, env);
  if (result.code !== 0) throw new Error(`docker ${args.join(' ')} failed with exit code ${result.code}`);
  return result.stdout;
}

async function main(): Promise<number> {
  const started = Date.now();
  say('docker engine');
  await ensureDockerd();
  say('local registry and AWS emulator (STS + ECR) on 127.0.0.1');
  const registry: Registry = await startRegistry();
  const emulator = new AwsEmulator({ registry, region: 'us-east-1' });
  const dockerConfig = mkdtempSync(join(tmpdir(), 'ecr-deliver-try-docker-'));
  try {
    await emulator.start();
    emulator.addStaticKey(KEY_ID, SECRET, { userName: 'try-local' });
    process.stderr.write(`   registry ${registry.host}, ECR answers with proxyEndpoint ${emulator.registryFrontUrl}, API ${emulator.url}\n`);

    // The sample app needs a static busybox in its context (FROM scratch: nothing to pull).
    copyFileSync('/bin/busybox', join(CONTEXT, 'busybox'));

    // A clean environment: nothing from the user's own AWS or ecr-deliver settings leaks in.
    const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(AWS_|ECR_DELIVER_)/.test(k)));
    Object.assign(env, {
      AWS_ENDPOINT_URL_ECR: emulator.url,
      AWS_ENDPOINT_URL_STS: emulator.url,
      AWS_ACCESS_KEY_ID: KEY_ID,
      AWS_SECRET_ACCESS_KEY: SECRET,
      AWS_REGION: emulator.region,
      // The try-out's own docker config (a delivery logs in to a private one it removes; the
      // pull-back logs in here with `login`), never the user's ~/.docker/config.json.
      DOCKER_CONFIG: dockerConfig,
    });
    const sha = (await commitSha()) ?? randomBytes(20).toString('hex');
    const args = ['dist/index.js', '--repository', REPOSITORY, '--context', relative(ROOT, CONTEXT), '--commit-sha', sha, '--tags', 'latest', '--json', ...process.argv.slice(3)];
    say(`node ${args.join(' ')}`);
    const result = await runChild(process.execPath, args, env);
    if (result.code !== 0) {
      say(`ecr-deliver failed with exit code ${result.code}`);
      return result.code;
    }
    const outputs = JSON.parse(result.stdout) as Record<string, string>;
    say('outputs (the JSON ecr-deliver printed on stdout)');
    process.stdout.write(`${JSON.stringify(outputs, null, 2)}\n`);

    if (outputs.digest) {
      say(`pull it back from the registry by digest and run it: docker run --rm ${outputs['image-ref']}`);
      for (const tag of outputs.tags.split(',')) await docker(['image', 'rm', `${outputs['repository-uri']}:${tag}`], env);
      // The delivery's login went with its private docker config: log this one in for the pull.
      const login = await runChild(process.execPath, ['dist/index.js', 'login'], env);
      if (login.code !== 0) throw new Error(`ecr-deliver login failed with exit code ${login.code}`);
      process.stdout.write(await docker(['run', '--rm', '--pull', 'always', outputs['image-ref']], env));
    }
    say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s, no AWS account involved; the registry and the emulator stop now`);
    return 0;
  } finally {
    await emulator.stop();
    await registry.stop();
    rmSync(dockerConfig, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`try-local: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
