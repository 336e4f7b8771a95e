/**
 * Whether a media type is worth compressing: text and the structured text formats. Images, fonts
 * (woff/woff2 are compressed already), audio, video and archives are not: compressing them again
 * costs CPU and rarely saves a byte.
 */
export declare function isCompressible(type: string): boolean;
