/**
 * The commune's electoral list, imported by staff as CSV or XLSX and kept only as CIN fingerprints and name checks,
 * against which citizens verify their residence online (method ELECTORAL_LIST of the residence module).
 */
package ma.mocharaka.portal.electoral;
