package ma.mocharaka.portal.residence;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;


import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ma.mocharaka.platform.security.KeyedHash;
import ma.mocharaka.platform.tenancy.Commune;

/**
 * Turns a national ID number (CIN) into what a commune may keep: an HMAC-SHA256 under a key derived for that
 * commune from a secret held outside the database, and the last three characters for display. The same CIN gives
 * unrelated hashes in two communes, so one commune's table cannot be joined with another's, and a stolen database
 * without the secret cannot be brute-forced over the small CIN space.
 */
@Component
public class CinFingerprints {

    /** One or two letters then up to six digits, the shape of the Moroccan national electronic ID card number. */
    private static final Pattern CIN = Pattern.compile("^[A-Z]{1,2}[0-9]{1,6}$");

    private final byte[] secret;

    CinFingerprints(@Value("${mocharaka.residence.cin-secret}") String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("mocharaka.residence.cin-secret (MOCHARAKA_CIN_SECRET) must hold at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Upper-cased and without spaces or dashes, as people write it in several ways; empty when it is not a CIN. */
    public static java.util.Optional<String> normalise(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String cleaned = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        return CIN.matcher(cleaned).matches() ? java.util.Optional.of(cleaned) : java.util.Optional.empty();
    }

    public Fingerprint of(Commune commune, String typedCin) {
        String cin = normalise(typedCin).orElseThrow(() -> new IllegalArgumentException("not a CIN"));
        byte[] communeKey = KeyedHash.hmacSha256(secret, "mocharaka-cin-key:" + commune.slug());
        String hash = HexFormat.of().formatHex(KeyedHash.hmacSha256(communeKey, cin));
        String lastThree = cin.length() >= 3 ? cin.substring(cin.length() - 3) : String.format("%3s", cin).replace(' ', '*');
        return new Fingerprint(hash, lastThree);
    }

    /** What is kept of a CIN: never the number itself. */
    public record Fingerprint(String hash, String lastThree) {
    }
}
