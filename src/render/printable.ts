// What a disc holds, made safe for a terminal: labels and ids come from the disc, and a crafted
// one must not move the cursor, set colours or the window title, ring the bell or break a table
// line. Control characters (C0, DEL, C1) and the Unicode line and direction controls are shown
// as escapes, a backslash as two; everything else is shown as it is. JSON keeps the exact string.

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\\]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

export function printable(text: string): string {
  return text.replace(CONTROL, (char) => NAMED[char] ?? escapeCode(char.codePointAt(0)!));
}

function escapeCode(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** For a text of several lines (an error with a tool's output): its line breaks kept, every other control escaped. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}
