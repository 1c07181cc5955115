package ma.mocharaka.platform.tenancy;

import java.util.Locale;

/**
 * A commune as the shared registry knows it. The schema name comes from the registry, never from a request,
 * which is what keeps request input out of SQL identifiers.
 */
public record Commune(
        long id,
        String slug,
        String schemaName,
        String nameAr,
        String nameFr,
        String nameZgh,
        String nameEn,
        String region,
        String province,
        Integer population,
        String kind,
        boolean hasArrondissements,
        CommuneStatus status,
        String provisioningStep,
        String statusDetail,
        int schemaVersion,
        String organizationId) {

    public String name(Locale locale) {
        String language = locale == null ? "ar" : locale.getLanguage();
        String localized = switch (language) {
            case "fr" -> nameFr;
            case "zgh", "tzm", "ber" -> nameZgh;
            case "en" -> nameEn;
            default -> nameAr;
        };
        if (localized != null && !localized.isBlank()) {
            return localized;
        }
        return "ar".equals(language) || nameFr == null ? nameAr : nameFr;
    }

    public boolean isActive() {
        return status == CommuneStatus.ACTIVE;
    }
}
