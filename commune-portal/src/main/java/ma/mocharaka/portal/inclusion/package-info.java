/**
 * The optional inclusion answers (gender, age band, disability) that participation counts use, shared by the
 * mechanisms that ask them (the forum door, the citizen profile). Always optional, always with consent.
 */
package ma.mocharaka.portal.inclusion;
