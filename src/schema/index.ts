export * from './author.ts';
export * from './entry.ts';
export * from './file-report.ts';
export * from './ids.ts';
export * from './message.ts';
export * from './page.ts';
export * from './page-file.ts';
export * from './source.ts';
