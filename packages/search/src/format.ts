/** Version of the serialized index format. Bumped whenever an older index cannot be read. */
export const INDEX_FORMAT_VERSION = 1;
