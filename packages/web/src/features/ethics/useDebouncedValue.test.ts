import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedValue } from './useDebouncedValue';

describe('useDebouncedValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the new value only once it has not changed for the delay', () => {
    const { result, rerender } = renderHook(({ value }) => useDebouncedValue(value, 400), { initialProps: { value: { v: 'a' } } });
    expect(result.current).toEqual({ v: 'a' });
    rerender({ value: { v: 'ab' } });
    act(() => void vi.advanceTimersByTime(300));
    rerender({ value: { v: 'abc' } });
    act(() => void vi.advanceTimersByTime(300));
    expect(result.current).toEqual({ v: 'a' });
    act(() => void vi.advanceTimersByTime(100));
    expect(result.current).toEqual({ v: 'abc' });
  });

  it('does not wait again for an equal value', () => {
    const { result, rerender } = renderHook(({ value }) => useDebouncedValue(value, 400), { initialProps: { value: { v: 'a' } } });
    rerender({ value: { v: 'b' } });
    act(() => void vi.advanceTimersByTime(200));
    rerender({ value: { v: 'b' } });
    act(() => void vi.advanceTimersByTime(200));
    expect(result.current).toEqual({ v: 'b' });
  });
});
