package ma.mocharaka.admin.communes;

/** Someone the office deals with in a commune, in their public role only (see docs/program-office.md). */
public record CommuneContact(long id, String commune, String name, Role role, String email, String phone) {

    public enum Role { FOCAL_POINT, PRESIDENT, DIRECTOR, EQUALITY_BODY, STAFF, OTHER }

    String auditState() {
        return "name=" + name + ", role=" + role + ", email=" + email + ", phone=" + phone;
    }
}
