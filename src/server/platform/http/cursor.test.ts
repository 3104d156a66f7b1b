import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { decodeCursor, encodeCursor, toPage } from './cursor';

function decodeError(cursor: string, arity: number): AppError {
  try {
    decodeCursor(cursor, arity);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`cursor ${cursor} was accepted`);
}

describe('cursor', () => {
  it('round-trips the sort values', () => {
    const values = ['2026-03-01T08:00:00.000Z', 'Kain Tenun / "Biru"', 42];
    const cursor = encodeCursor(values);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 3)).toEqual(values);
  });

  it('treats a missing or empty cursor as the first page', () => {
    expect(decodeCursor(undefined, 2)).toBeNull();
    expect(decodeCursor('', 2)).toBeNull();
  });

  it.each([
    ['garbage', '!!!not-a-cursor!!!', 1],
    ['not JSON', Buffer.from('{{{').toString('base64url'), 1],
    ['wrong arity', encodeCursor(['a', 1]), 3],
    ['an object', Buffer.from('{"a":1}').toString('base64url'), 1],
    ['nested values', Buffer.from('[[1]]').toString('base64url'), 1],
  ])('refuses %s with VALIDATION_FAILED', (_label, cursor, arity) => {
    const error = decodeError(cursor, arity);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.status).toBe(400);
    expect(error.details).toEqual([
      { path: ['query', 'cursor'], code: 'invalid_cursor', message: 'INVALID_CURSOR' },
    ]);
  });
});

describe('toPage', () => {
  const rows = [
    { id: 'a', at: 1 },
    { id: 'b', at: 2 },
    { id: 'c', at: 3 },
  ];
  const toItem = (row: { id: string }) => row.id.toUpperCase();
  const cursorOf = (row: { id: string; at: number }) => [row.at, row.id];

  it('gives a next cursor pointing at the last item when more rows than the limit came back', () => {
    const page = toPage(rows, 2, toItem, cursorOf);
    expect(page.items).toEqual(['A', 'B']);
    expect(page.nextCursor).not.toBeNull();
    expect(decodeCursor(page.nextCursor ?? undefined, 2)).toEqual([2, 'b']);
    expect(page.total).toBeNull();
    expect(page.totalCapped).toBe(false);
  });

  it('gives no next cursor when the rows fit the limit exactly', () => {
    const page = toPage(rows, 3, toItem, cursorOf);
    expect(page.items).toEqual(['A', 'B', 'C']);
    expect(page.nextCursor).toBeNull();
  });

  it('gives no next cursor for fewer rows or none', () => {
    expect(toPage(rows, 10, toItem, cursorOf).nextCursor).toBeNull();
    expect(toPage([], 10, toItem, cursorOf)).toEqual({
      items: [],
      nextCursor: null,
      total: null,
      totalCapped: false,
    });
  });
});
