import { describe, expect, it } from 'vitest';
import { Prisma } from '../../generated/postgres/client';
import { num } from './sql';

describe('num', () => {
  it('reads the counts both engines return: bigint, number, text and PostgreSQL numeric (Decimal)', () => {
    expect(num(12n)).toBe(12);
    expect(num(12)).toBe(12);
    expect(num('12')).toBe(12);
    expect(num(new Prisma.Decimal('2356237'))).toBe(2356237);
    expect(num(null)).toBe(0);
  });
});
