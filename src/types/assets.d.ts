// Lets the client import its CSS for esbuild to inline.
declare module '*.css';
