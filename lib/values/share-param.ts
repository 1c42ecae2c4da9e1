/** Name of the URL-fragment parameter holding a shared configuration (kept apart so checking for it costs no lz-string). */
export const SHARE_PARAM = 'values';
