package ma.mocharaka.portal.electoral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A full name reduced to what people agree on however they type it: case, accents and Arabic short vowels dropped,
 * the usual Arabic letter variants unified, punctuation removed and the words sorted (lists often put the family name
 * first). Only a hash of it with the CIN's keyed hash is stored, which confirms a typed name without keeping names.
 */
final class ElectorName {

    private ElectorName() {
    }

    static String normalise(String fullName) {
        if (fullName == null) {
            return "";
        }
        String text = Normalizer.normalize(fullName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                .replace('ة', 'ه').replace('ى', 'ي').replace("ـ", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return Arrays.stream(text.split(" ")).filter(word -> !word.isEmpty()).sorted()
                .collect(Collectors.joining(" "));
    }

    /** The stored check: SHA-256 of the CIN's keyed hash and the normalised name. */
    static String check(String cinHash, String fullName) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((cinHash + "|" + normalise(fullName)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
