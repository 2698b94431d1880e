/**
 * Reads a password without echo from a terminal, or the first line of stdin when it is not a
 * terminal (for scripts: `printf '%s\n' "$PASSWORD" | frontrunner users create-admin …`).
 * The password is never printed or logged.
 */
export async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) return readFirstLine();
  return promptHidden(prompt);
}

async function readFirstLine(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** Keys typed ahead of the next prompt (pasted lines arrive in one chunk). */
let typedAhead = '';

function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    let typed = '';
    let done = false;
    const finish = (error?: Error) => {
      done = true;
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: string) => {
      const chars = [...data];
      for (const [i, ch] of chars.entries()) {
        if (ch === '\r' || ch === '\n') {
          typedAhead = chars
            .slice(i + 1)
            .join('')
            .replace(/^\n/, '');
          return finish();
        }
        if (ch === '\u0003') return finish(new Error('Cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    const ahead = typedAhead;
    typedAhead = '';
    if (ahead) onData(ahead);
    if (done) return;
    stdin.on('data', onData);
    stdin.resume();
  });
}
