/**
 * What a page framed by another site shows instead of the app: why, and a way out to the app in
 * its own tab (opened fresh, so the framing page cannot reach it).
 */
export function FramedRefusal(props: { href: string }) {
  return (
    <main className="message-page" aria-labelledby="framed-title">
      <p className="brand">Article Atlas</p>
      <h1 id="framed-title">Article Atlas will not run inside another site’s page</h1>
      <p>
        This page was opened inside a frame of another website, which could place its own buttons
        over the app’s. Open Article Atlas in its own tab instead.
      </p>
      <p>
        <a href={props.href} target="_blank" rel="noopener noreferrer">
          Open Article Atlas in a new tab
        </a>
      </p>
    </main>
  );
}
