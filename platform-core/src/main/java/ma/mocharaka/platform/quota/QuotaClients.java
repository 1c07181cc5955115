package ma.mocharaka.platform.quota;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a write counts against, as Redis may keep it (law 09-08, minimal data): the signed-in account, or else the
 * remote address, never in clear but as an HMAC-SHA256 under a key derived for the commune from the quota secret.
 * The remote address is the one Spring gives, which follows X-Forwarded-For only when
 * {@code server.forward-headers-strategy} says a trusted proxy sets it; otherwise a client could pick its own.
 */
public class QuotaClients {

    private final byte[] secret;

    public QuotaClients(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String keyOf(String commune, HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        String client = user != null ? "user:" + user.getName() : "address:" + request.getRemoteAddr();
        byte[] communeKey = hmac(secret, "mocharaka-quota-key:" + commune);
        // 128 bits tell clients apart as well as the full hash and keep the Redis keys short.
        return HexFormat.of().formatHex(hmac(communeKey, client), 0, 16);
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
