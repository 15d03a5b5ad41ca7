import svgCaptcha from 'svg-captcha';

/**
 * Characters a captcha may show: upper-case letters and digits without the
 * ones easily mistaken for another (0 O Q, 1 I, 2 Z, 5 S, 8 B, 6 G).
 * Answers are compared case-insensitively.
 */
export const CAPTCHA_CHARS = '34679ACDEFHJKLMNPRTUVWXY';

/** A new picture captcha: its answer and an SVG (paths only, no text or scripts) sized for a 1080p kiosk. */
export function drawCaptcha(): { answer: string; svg: string } {
  const { text, data } = svgCaptcha.create({
    size: 4,
    charPreset: CAPTCHA_CHARS,
    noise: 3,
    width: 240,
    height: 96,
    fontSize: 84,
  });
  return { answer: text, svg: data };
}
