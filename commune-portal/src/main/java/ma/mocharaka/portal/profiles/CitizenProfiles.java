package ma.mocharaka.portal.profiles;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Citizens' profiles in the current commune: what they choose to tell, and nothing they did not. */
@Service
public class CitizenProfiles {

    private final CitizenProfileRepository profiles;

    @PersistenceContext
    private EntityManager entityManager;

    CitizenProfiles(CitizenProfileRepository profiles) {
        this.profiles = profiles;
    }

    /** The form as the citizen last saved it, or an empty one. */
    @Transactional(readOnly = true)
    public ProfileForm of(String account) {
        return profiles.findById(account)
                .map(p -> new ProfileForm(p.residenceCommune(), p.neighbourhood(), p.answers().consent(),
                        p.answers().gender(), p.answers().ageBand(), p.answers().disability()))
                .orElse(new ProfileForm(null, null, false, null, null, null));
    }

    @Transactional
    public void save(String account, ProfileForm form) {
        CitizenProfile profile = profiles.findById(account).orElseGet(() -> new CitizenProfile(account));
        profile.update(form.residenceCommune(), form.neighbourhood(), form.answers(), Instant.now());
        profiles.save(profile);
    }

    @Transactional
    public void withdrawInclusionConsent(String account) {
        profiles.findById(account).ifPresent(CitizenProfile::withdrawConsent);
    }

    /** Counts for analytics, from the citizen_profile_fact view. */
    @Transactional(readOnly = true)
    public Map<String, Long> facts() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "SELECT profiles, with_inclusion_consent, women, youth, with_disability FROM citizen_profile_fact")
                .getSingleResult();
        String[] names = {"profiles", "withInclusionConsent", "women", "youth", "withDisability"};
        Map<String, Long> facts = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            facts.put(names[i], ((Number) row[i]).longValue());
        }
        return facts;
    }
}
