import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KioskError } from '../../errors.ts';
import { sessionEnded } from '../session/citizen-session.ts';
import type { Logger } from '../logger.ts';

/** The part of Electron's webContents a receipt needs: the page on screen, printed (its print stylesheet shows the receipt alone). */
export interface PrintableContents {
  print(options: { silent: boolean; printBackground: boolean; deviceName: string }, callback: (success: boolean, failureReason: string) => void): void;
  printToPDF(options: { printBackground: boolean; pageSize: 'A5' }): Promise<Uint8Array>;
}

export interface ReceiptPrinterDeps {
  /** The configured receipt printer; none: receipts are saved as PDF files in `folder`. */
  printerName: string | undefined;
  folder: string;
  /** The kiosk window's contents now, or null while there is none. */
  contents: () => PrintableContents | null;
  log: Logger;
  now?: () => number;
}

/**
 * 打印回执: prints the receipt on screen on the terminal's printer, or,
 * where none is configured, saves it as a PDF (named by application code
 * and time) in the receipts folder of the app's data folder, readable by
 * the kiosk's user only, for staff to print or hand over.
 */
export function createReceiptPrinter({ printerName, folder, contents, log, now = Date.now }: ReceiptPrinterDeps) {
  return {
    /**
     * `current` says whether the session that asked is still the one on
     * screen: a receipt made while the terminal was being wiped would be a
     * picture of the next screen, and is not saved.
     */
    async print(code: string, current: () => boolean = () => true): Promise<'printer' | 'file'> {
      const target = contents();
      if (!target) throw new KioskError('receipt.print_failed', 'no window to print');
      if (printerName !== undefined) {
        await new Promise<void>((resolve, reject) =>
          target.print({ silent: true, printBackground: true, deviceName: printerName }, (success, reason) => {
            if (success) resolve();
            else reject(new KioskError('receipt.print_failed', `the printer did not take the receipt (${reason})`));
          }),
        );
        log.info(`receipt of ${code} printed on ${printerName}`);
        return 'printer';
      }
      let pdf: Uint8Array;
      try {
        pdf = await target.printToPDF({ printBackground: true, pageSize: 'A5' });
      } catch (error) {
        throw new KioskError('receipt.print_failed', `the receipt could not be made (${(error as Error).message})`);
      }
      if (!current()) throw sessionEnded();
      mkdirSync(folder, { recursive: true });
      const file = join(folder, `${code}-${new Date(now()).toISOString().replace(/[:.]/g, '-')}.pdf`);
      writeFileSync(file, pdf);
      log.info(`receipt of ${code} saved as ${file}`);
      return 'file';
    },
  };
}

export type ReceiptPrinter = ReturnType<typeof createReceiptPrinter>;
