/**
 * Files that the portal's modules attach to their records, in the commune's own schema, checked by their first
 * bytes and size (platform-core's {@code UploadCheck}).
 */
package ma.mocharaka.portal.files;
