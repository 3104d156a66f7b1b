// Vite turns `?url` imports into the built file's address; only the PDF worker uses one.
declare module '*?url' {
  const url: string;
  export default url;
}
