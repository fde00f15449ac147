/**
 * A small XML well-formedness check for tests, where Node has no DOMParser: tags balance,
 * attribute values are quoted, and every & starts an entity. Not a validator.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const tokens = body.split(/(<[^>]*>)/);
  for (const token of tokens) {
    if (token.startsWith('<')) {
      if (token.startsWith('<!--')) continue;
      const close = /^<\/([A-Za-z_][\w:.-]*)\s*>$/.exec(token);
      if (close) {
        const open = stack.pop();
        if (open !== close[1]) problems.push(`</${close[1]}> closes <${open ?? 'nothing'}>`);
        continue;
      }
      const open = /^<([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/.exec(token);
      if (!open) {
        problems.push(`malformed tag ${token.slice(0, 60)}`);
        continue;
      }
      if ((open[2] ?? '').match(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i))
        problems.push(`bare & in ${token.slice(0, 60)}`);
      if (open[3] !== '/') stack.push(open[1] ?? '');
    } else {
      if (/[<>]/.test(token)) problems.push(`bare < or > in text ${token.slice(0, 60)}`);
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(token))
        problems.push(`bare & in text ${token.slice(0, 60)}`);
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  return problems;
}
