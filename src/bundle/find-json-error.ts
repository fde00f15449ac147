/**
 * Where and why a JSON text is broken, found by our own scan: engines word syntax errors
 * differently (V8 sometimes gives no position at all and echoes the whole file, line breaks
 * included), so the message is built from this instead. Only called after JSON.parse failed.
 * Iterative (an explicit stack), so a deeply nested file cannot overflow the call stack.
 */
export function findJsonError(text: string): { offset: number; reason: string } | null {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i += 1;
  };
  const fail = (reason: string) => ({ offset: Math.min(i, n), reason });
  const describe = (c: string | undefined) =>
    c === undefined ? 'the end of the file' : `${JSON.stringify(c)}`;

  /** Reads a string at i (on the opening quote); returns an error or null. */
  const string = (): { offset: number; reason: string } | null => {
    i += 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i += 1;
        return null;
      }
      if (c < 0x20) return fail('a line break or control character inside a string (write \\n)');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return fail('a \\u escape needs four hex digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail(`${describe(`\\${e ?? ''}`)} is not an escape JSON knows`);
      } else i += 1;
    }
    return fail('a string is not closed (a " is missing)');
  };
  const scalar = (): { offset: number; reason: string } | null => {
    const c = text[i];
    if (c === '"') return string();
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m !== null && m[0] !== '' && m[0] !== '-') {
      i += m[0].length;
      return null;
    }
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    if (c === "'") return fail('JSON strings use double quotes ("), not single quotes (\')');
    if (c === '/') return fail('JSON has no comments');
    return fail(`expected a value, found ${describe(c)}`);
  };

  const stack: ('{' | '[')[] = [];
  ws();
  for (;;) {
    // At the start of a value.
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i += 1;
      ws();
      const close = c === '{' ? '}' : ']';
      if (text[i] === close) {
        stack.pop();
        i += 1;
      } else {
        if (c === '{') {
          if (text[i] !== '"')
            return fail(`expected a field name in double quotes, found ${describe(text[i])}`);
          const e = string();
          if (e) return e;
          ws();
          if (text[i] !== ':')
            return fail(`expected ":" after the field name, found ${describe(text[i])}`);
          i += 1;
        }
        continue;
      }
    } else {
      const e = scalar();
      if (e) return e;
    }
    // After a value: close containers or move to the next item.
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (i < n) return fail(`more text after the end of the data, from ${describe(text[i])}`);
        return null;
      }
      const close = top === '{' ? '}' : ']';
      if (text[i] === close) {
        stack.pop();
        i += 1;
        continue;
      }
      if (text[i] !== ',')
        return fail(
          i >= n
            ? `the file ends before a closing ${close}`
            : `expected "," or "${close}", found ${describe(text[i])} (a comma may be missing)`,
        );
      i += 1;
      ws();
      if (text[i] === '}' || text[i] === ']')
        return fail('a comma before a closing } or ] is not allowed in JSON: remove it');
      if (top === '{') {
        if (text[i] !== '"')
          return fail(`expected a field name in double quotes, found ${describe(text[i])}`);
        const e = string();
        if (e) return e;
        ws();
        if (text[i] !== ':')
          return fail(`expected ":" after the field name, found ${describe(text[i])}`);
        i += 1;
      }
      break;
    }
  }
}
