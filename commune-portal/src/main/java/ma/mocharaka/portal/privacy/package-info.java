/**
 * A citizen's rights under law 09-08 in one commune: download what the platform keeps about them, and delete their
 * account. Modules take part by implementing {@link ma.mocharaka.portal.privacy.PersonalData}.
 */
package ma.mocharaka.portal.privacy;
