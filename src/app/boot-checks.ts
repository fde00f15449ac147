/**
 * True when this page is shown inside a frame of another origin. A meta CSP cannot say
 * `frame-ancestors`, and a static host may not send headers, so the app checks for itself and
 * refuses to run (clickjacking: a hostile page could lay its own buttons over ours). Reading the
 * top window's origin throws across origins, which is the answer.
 */
export function framedByAnotherOrigin(win: Window): boolean {
  if (win.top === win.self) return false;
  try {
    return win.top?.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}

/** True in the single-file app (standalone.html), marked by its build. */
export function isStandaloneFile(doc: Document): boolean {
  return doc.querySelector('meta[name="article-atlas-standalone"]') !== null;
}
