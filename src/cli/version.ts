// The package version, inlined at build time by tsup (see tsup.config.ts).
declare const __DECHROME_VERSION__: string

export const VERSION: string = typeof __DECHROME_VERSION__ === 'string' ? __DECHROME_VERSION__ : '0.0.0-dev'
