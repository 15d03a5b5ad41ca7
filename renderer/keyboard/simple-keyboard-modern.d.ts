/** simple-keyboard's modern ES build (no polyfills) has the same API as its main entry. */
declare module 'simple-keyboard/build/index.modern.esm.js' {
  import SimpleKeyboard from 'simple-keyboard';
  export default SimpleKeyboard;
}
