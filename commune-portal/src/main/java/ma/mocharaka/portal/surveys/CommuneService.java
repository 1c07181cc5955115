package ma.mocharaka.portal.surveys;

import java.util.Arrays;
import java.util.Optional;

/**
 * The commune services a survey can be about. The code is the same in every commune and never changes, because
 * the analytics roll-up compares services across communes by it (the {@code dimension} of surveys_monthly_fact);
 * names are in the module's messages ({@code surveys.service.<code>}).
 */
public enum CommuneService {
    CIVIL_STATUS("civil-status"),
    SIGNATURE_CERTIFICATION("signature-certification"),
    URBAN_PLANNING("urban-planning"),
    ROADS("roads"),
    WASTE_COLLECTION("waste-collection"),
    PUBLIC_LIGHTING("public-lighting"),
    GREEN_SPACES("green-spaces"),
    MARKETS("markets"),
    RECEPTION("reception");

    private final String code;

    CommuneService(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<CommuneService> ofCode(String code) {
        return Arrays.stream(values()).filter(service -> service.code.equals(code)).findFirst();
    }
}
