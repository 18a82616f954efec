// The part of disc-state.mjs the test helper calls in its own process.
export function insertBlank(image: string, mediaName: string, minutes: number): unknown;
