import { Deadline, type RunLifetime } from '../../src/core/deadline';
import { CancelledError, DeadlineError } from '../../src/core/errors';
import { processLifetime } from '../../src/io/lifetime';

/** A lifetime whose children are recorded instead of stopped. */
function fakeLifetime(): RunLifetime & { controller: AbortController; events: string[] } {
  const controller = new AbortController();
  const events: string[] = [];
  return {
    controller,
    events,
    cancelled: controller.signal,
    stopChildren: async (graceMs) => {
      events.push(`stopChildren ${graceMs}`);
    },
  };
}

const never = () => new Promise<never>(() => undefined);

describe('Deadline', () => {
  it('a cancel aborts the calls in flight, stops the children, then fails naming the signal and what was waiting', async () => {
    const lifetime = fakeLifetime();
    const deadline = new Deadline(60, lifetime);
    const run = deadline.bound(() => deadline.watch('ECR BatchGetImage', never));
    await Promise.resolve();
    lifetime.controller.abort('SIGTERM');
    await expect(run).rejects.toThrow(new CancelledError('SIGTERM', ['ECR BatchGetImage']));
    expect(deadline.signal.aborted).toBe(true);
    expect(lifetime.events).toEqual(['stopChildren 3000']);
  });

  it('a cancel that came before the run started ends it at once, and no step starts after it', async () => {
    const lifetime = fakeLifetime();
    lifetime.controller.abort('SIGINT');
    const deadline = new Deadline(60, lifetime);
    const started: string[] = [];
    const run = deadline.bound(async () => {
      await Promise.resolve();
      return deadline.watch('docker build', async () => {
        started.push('docker build');
      });
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(started).toEqual([]);
    expect(await run.catch((e: unknown) => e)).toMatchObject({ name: 'CancelledError', exitCode: 130 });
  });

  it('timeout-seconds passing fails with DeadlineError naming what was still waiting', async () => {
    const lifetime = fakeLifetime();
    const deadline = new Deadline(0.05, lifetime);
    const run = deadline.bound(() => deadline.watch('docker push', never));
    await expect(run).rejects.toThrow(new DeadlineError(0.05, ['docker push']));
    expect(lifetime.events).toEqual(['stopChildren 3000']);
  });

  it('a run that ends in time stops no children and leaves no listener on the cancel', async () => {
    const lifetime = fakeLifetime();
    const deadline = new Deadline(60, lifetime);
    await expect(deadline.bound(async () => 'done')).resolves.toBe('done');
    lifetime.controller.abort('SIGTERM');
    await new Promise((r) => setImmediate(r));
    expect(lifetime.events).toEqual([]);
    expect(deadline.signal.aborted).toBe(false);
  });
});

describe('processLifetime', () => {
  it('turns SIGTERM into an abort with the signal name, and end() removes its handlers', () => {
    const before = process.listenerCount('SIGTERM');
    const beforeInt = process.listenerCount('SIGINT');
    const lifetime = processLifetime();
    expect([process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')]).toEqual([before + 1, beforeInt + 1]);
    process.emit('SIGTERM', 'SIGTERM');
    expect(lifetime.cancelled.aborted).toBe(true);
    expect(lifetime.cancelled.reason).toBe('SIGTERM');
    lifetime.end();
    expect([process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')]).toEqual([before, beforeInt]);
  });
});
