package ma.mocharaka.portal.profiles;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.portal.privacy.PersonalData;

/** The profile is only personal: exported as saved, and deleted outright on erasure (it counts nothing by itself). */
@Component
class ProfilePersonalData implements PersonalData {

    private final CitizenProfileRepository profiles;

    ProfilePersonalData(CitizenProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String account) {
        return profiles.findById(account).map(profile -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("residenceCommune", profile.residenceCommune());
            data.put("neighbourhood", profile.neighbourhood());
            data.put("inclusionConsent", profile.answers().consent());
            data.put("gender", profile.answers().gender());
            data.put("ageBand", profile.answers().ageBand());
            data.put("disability", profile.answers().disability());
            data.put("consentGivenAt", profile.consentGivenAt());
            data.put("updatedAt", profile.updatedAt());
            return data;
        }).orElse(null);
    }

    @Override
    @Transactional
    public void erase(String account) {
        profiles.deleteById(account);
    }
}
