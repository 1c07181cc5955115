package ma.mocharaka.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four languages of the platform: Arabic first (the language of the documents), then French, Amazigh, English. */
public enum PlatformLanguage {
    AR("ar", "العربية", true),
    FR("fr", "Français", false),
    ZGH("zgh", "ⵜⴰⵎⴰⵣⵉⵖⵜ", false),
    EN("en", "English", false);

    public static final PlatformLanguage DEFAULT = AR;

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    PlatformLanguage(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<PlatformLanguage> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code)).findFirst();
    }

    public static PlatformLanguage of(Locale locale) {
        return locale == null ? DEFAULT : of(locale.getLanguage()).orElse(DEFAULT);
    }
}
