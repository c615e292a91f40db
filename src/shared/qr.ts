import QRCode from "qrcode";

/** A printable QR code (PNG) for a notice board: large, high error correction, quiet zone kept. */
export function renderQrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: "png", width: 800, margin: 4, errorCorrectionLevel: "M" });
}
