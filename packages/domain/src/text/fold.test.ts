import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold';

describe('foldForSearch', () => {
  it('removes Vietnamese diacritics including the barred d', () => {
    expect(foldForSearch('Đà Nẵng')).toBe('da nang');
    expect(foldForSearch('Hồ Chí Minh')).toBe('ho chi minh');
  });

  it('lowers case and collapses whitespace', () => {
    expect(foldForSearch('  Kuala   LUMPUR ')).toBe('kuala lumpur');
  });

  it('leaves scripts without case unchanged', () => {
    expect(foldForSearch('ភ្នំពេញ')).toBe('ភ្នំពេញ'.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    expect(foldForSearch('ວຽງຈັນ')).toContain('ວຽງ');
  });
});
