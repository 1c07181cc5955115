package ma.mocharaka.portal.bodies;

public enum MemberRole {
    PRESIDENT,
    RAPPORTEUR,
    MEMBER
}
