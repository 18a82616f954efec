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

// In a message of our own (an error, with a tool's output in it) a backslash is the user's or
// the tool's, and its line breaks and tabs are the message's own: only the other controls are escaped.
const CONTROL_IN_MESSAGE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printableLines(text: string): string {
  return text.replace(CONTROL_IN_MESSAGE, (char) => NAMED[char] ?? escapeCode(char.codePointAt(0)!));
}
