export { INDEX_FORMAT_VERSION } from './format.js';
