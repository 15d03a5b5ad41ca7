import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReceiptPrinter, type PrintableContents } from '../../../electron/main/services/receipts/receipt-printer.ts';

const silent = { error() {}, warn() {}, info() {}, debug() {} };
const NOW = Date.parse('2026-12-01T02:03:04.005Z');

/** A window whose print calls are noted; the printer answers `printed`. */
function fakeContents(printed = true) {
  const calls: { kind: 'print' | 'pdf'; options: unknown }[] = [];
  const contents: PrintableContents = {
    print: (options, callback) => {
      calls.push({ kind: 'print', options });
      callback(printed, printed ? '' : 'Printer offline');
    },
    printToPDF: async (options) => {
      calls.push({ kind: 'pdf', options });
      return new TextEncoder().encode('%PDF-1.4 receipt');
    },
  };
  return { calls, contents };
}

describe('receipt printer', () => {
  it('prints silently on the configured printer', async () => {
    const { calls, contents } = fakeContents();
    const printer = createReceiptPrinter({ printerName: 'Receipts-80mm', folder: '/nonexistent', contents: () => contents, log: silent });
    expect(await printer.print('2026121000001')).toBe('printer');
    expect(calls).toEqual([{ kind: 'print', options: { silent: true, printBackground: true, deviceName: 'Receipts-80mm' } }]);
  });

  it('says print_failed when the printer refuses', async () => {
    const { contents } = fakeContents(false);
    const printer = createReceiptPrinter({ printerName: 'Receipts-80mm', folder: '/nonexistent', contents: () => contents, log: silent });
    await expect(printer.print('2026121000001')).rejects.toMatchObject({ code: 'receipt.print_failed' });
  });

  it('without a printer, saves a PDF in the receipts folder, named by the code and the time, for the kiosk user only', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'receipts-')), 'receipts');
    const { calls, contents } = fakeContents();
    const printer = createReceiptPrinter({ printerName: undefined, folder, contents: () => contents, log: silent, now: () => NOW });
    const umask = process.umask(0o077);
    try {
      expect(await printer.print('2026121000001')).toBe('file');
    } finally {
      process.umask(umask);
    }
    expect(calls.map((call) => call.kind)).toEqual(['pdf']);
    const files = readdirSync(folder);
    expect(files).toEqual(['2026121000001-2026-12-01T02-03-04-005Z.pdf']);
    expect(readFileSync(join(folder, files[0]!), 'utf8')).toBe('%PDF-1.4 receipt');
    expect(statSync(join(folder, files[0]!)).mode & 0o077).toBe(0);
  });

  it('saves nothing when the session that asked was wiped while the PDF was being made', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'receipts-')), 'receipts');
    const { contents } = fakeContents();
    let current = true;
    const printing: PrintableContents = {
      ...contents,
      async printToPDF(options) {
        const pdf = await contents.printToPDF(options);
        current = false; // the wipe begins while Chromium lays the page out
        return pdf;
      },
    };
    const printer = createReceiptPrinter({ printerName: undefined, folder, contents: () => printing, log: silent });
    await expect(printer.print('2026121000001', () => current)).rejects.toMatchObject({ code: 'session.ended' });
    expect(existsSync(folder)).toBe(false);
  });

  it('fails print_failed with no window to print', async () => {
    const printer = createReceiptPrinter({ printerName: undefined, folder: '/nonexistent', contents: () => null, log: silent });
    await expect(printer.print('2026121000001')).rejects.toMatchObject({ code: 'receipt.print_failed' });
  });
});
