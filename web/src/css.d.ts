// Stylesheets are imported by the modules they style, for Vite to bundle with them; they export nothing.
declare module '*.css';
