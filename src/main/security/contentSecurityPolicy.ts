/**
 * The page may load only what the app itself ships: no remote script, style, font, image
 * or connection. Inline styles set by React go through the CSSOM, which CSP allows.
 * The Dossier view's preview is an `<iframe sandbox srcdoc>`, and a srcdoc document inherits
 * this policy: its inline `<style>` and its `data:` fonts need 'unsafe-inline' styles and
 * `data:` fonts here. Neither can run code or reach the network; script stays 'self' only.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
