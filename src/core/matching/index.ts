// Matching's public API for the sidebar and the send engine: plan a cycle's picks, and show where the library falls short.
export { planPicks, planStudent, picksPerEmailOf } from './plan';
export { buildLibraryIndex, isHttpsUrl, type LibraryIndex } from './library-index';
export { libraryGaps, type LibraryGaps, type SkippedStudent, type TopicGap } from './gaps';
export { NOTHING_NEW } from './reasons';
export * from './types';
