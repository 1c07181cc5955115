package ma.mocharaka.platform.quota;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HexFormat;


import jakarta.servlet.http.HttpServletRequest;

import ma.mocharaka.platform.security.KeyedHash;

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
        byte[] communeKey = KeyedHash.hmacSha256(secret, "mocharaka-quota-key:" + commune);
        // 128 bits tell clients apart as well as the full hash and keep the Redis keys short.
        return HexFormat.of().formatHex(KeyedHash.hmacSha256(communeKey, client), 0, 16);
    }
}
