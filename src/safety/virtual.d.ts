// The quick-exit head script, bundled at build time (src/safety/build-inline.ts).
declare module 'virtual:pathway/quick-exit' {
  export const code: string;
  export const hash: string;
}
