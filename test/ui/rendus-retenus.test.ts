import { afterEach, describe, expect, it, vi } from 'vitest';
import { options } from 'preact';
import { RETENUE_MAX_MS, retenirRendus, retenirRendusDesFiltres } from '../../src/ui/rendus-retenus.ts';

const microtaches = () => new Promise<void>((ok) => setTimeout(ok, 0));

describe('retenirRendusDesFiltres', () => {
  afterEach(() => {
    options.debounceRendering = undefined;
    vi.useRealTimers();
  });

  it('renders at the end of the task with no filter in flight', async () => {
    retenirRendusDesFiltres();
    const rendre = vi.fn();
    options.debounceRendering!(rendre);
    expect(rendre).not.toHaveBeenCalled();
    await microtaches();
    expect(rendre).toHaveBeenCalledTimes(1);
  });

  it('holds a render while a filter is in flight, and renders once its answer is in', async () => {
    retenirRendusDesFiltres();
    const liberer = retenirRendus();
    const rendre = vi.fn();
    options.debounceRendering!(rendre);
    await microtaches();
    expect(rendre).not.toHaveBeenCalled();
    liberer();
    liberer(); // a second call does nothing
    await Promise.resolve();
    expect(rendre).toHaveBeenCalledTimes(1);
  });

  it('waits for the last of overlapping filters', async () => {
    retenirRendusDesFiltres();
    const a = retenirRendus();
    const b = retenirRendus();
    const rendre = vi.fn();
    options.debounceRendering!(rendre);
    a();
    await microtaches();
    expect(rendre).not.toHaveBeenCalled();
    b();
    await microtaches();
    expect(rendre).toHaveBeenCalledTimes(1);
  });

  it('renders anyway after RETENUE_MAX_MS when the answer is slow', async () => {
    vi.useFakeTimers();
    retenirRendusDesFiltres();
    const liberer = retenirRendus();
    const rendre = vi.fn();
    options.debounceRendering!(rendre);
    await vi.advanceTimersByTimeAsync(RETENUE_MAX_MS - 1);
    expect(rendre).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    expect(rendre).toHaveBeenCalledTimes(1);
    liberer();
  });
});

describe('a render asked for before the filter is sent, in the same task', () => {
  afterEach(() => {
    options.debounceRendering = undefined;
  });

  it('waits for the filter’s answer too', async () => {
    retenirRendusDesFiltres();
    const rendre = vi.fn();
    options.debounceRendering!(rendre);
    const liberer = retenirRendus();
    await microtaches();
    expect(rendre).not.toHaveBeenCalled();
    liberer();
    await microtaches();
    expect(rendre).toHaveBeenCalledTimes(1);
  });
});
