/** The offline pack's file name at the site's root, linked from /teachers/. */
export const OFFLINE_PACK_FILE = 'border-lines-offline.zip';

/** The size the teachers' page promises the pack stays under, in MB (a build test checks it). */
export const OFFLINE_PACK_MAX_MB = 5;
