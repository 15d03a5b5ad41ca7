import QRCode from 'qrcode';

/** `text` as a QR code, an SVG document (medium error correction: a receipt may get creased). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
