import { describe, expect, it } from 'vitest';
import { pdfPageCount } from '../../../src/lib/audit/print.ts';

const pdf = (s: string) => new TextEncoder().encode(s);

describe('pdfPageCount', () => {
  it('counts page objects, not the page tree', () => {
    expect(pdfPageCount(pdf('1 0 obj << /Type /Pages /Count 2 >> 2 0 obj << /Type /Page >> 3 0 obj <</Type/Page/Parent 1 0 R>>'))).toBe(2);
    expect(pdfPageCount(pdf('<< /Type /Pages >>'))).toBe(0);
  });
});
