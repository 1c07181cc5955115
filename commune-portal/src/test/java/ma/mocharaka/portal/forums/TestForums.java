package ma.mocharaka.portal.forums;

import ma.mocharaka.platform.tenancy.CommuneRegistry;

/** Lets tests of other modules schedule a forum the way the forums tests do. */
public final class TestForums {

    private TestForums() {
    }

    public static ForumView upcoming(Forums forums, CommuneRegistry registry, String commune) {
        return new ForumFixtures(forums, registry).upcoming(commune, null);
    }
}
