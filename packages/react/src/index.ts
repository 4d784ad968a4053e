export { themeScript } from './theme-script.js';
