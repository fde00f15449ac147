import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A whole-page message (loading, not found, fatal) that still lets the user go somewhere. */
export function MessagePage(props: { title: string; children: ReactNode; busy?: boolean }) {
  return (
    <main className="message-page" aria-busy={props.busy ?? false}>
      <p className="brand">Article Atlas</p>
      <h1>{props.title}</h1>
      <div className="message-page-body">{props.children}</div>
      {!props.busy && (
        <p>
          <Link to="/">Open the first story</Link>
        </p>
      )}
    </main>
  );
}
