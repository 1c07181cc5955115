package ma.mocharaka.platform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Keycloak that integration tests talk to: the realm {@code mocharaka} of {@code infra/keycloak/realm-mocharaka.json}
 * on <a href="http://127.0.0.1:8280">http://127.0.0.1:8280</a>.
 * <p>
 * {@link #ensureRunning()} uses, in this order: the server named by {@code MOCHARAKA_TEST_KEYCLOAK_URL}; a Keycloak
 * already serving the realm on port 8280 (a developer's, another test JVM's, or one left over by a killed run); or a
 * new one, {@code infra/keycloak/start --mode test --foreground --http-port 8280 --management-port 9280}, which has
 * a fresh store copied from a snapshot of the imported realm (about 5 s; the first start after a change of the realm
 * file takes about 30 s). A server started here is stopped, with its child processes, when the JVM exits; its output
 * goes to {@code target/keycloak-test.log} of the module under test.
 * <p>
 * Plain JDK (java.net.http), no dependencies.
 */
public final class KeycloakTestServer {

    public static final String REALM = "mocharaka";
    /**
     * Added to every port a test run uses (Keycloak here, the apps' fixed test ports), so that test runs in separate
     * work trees on one machine do not collide: 0 to 600 in steps of 100, matching the redirect URIs of the realm file.
     */
    public static final int PORT_OFFSET = Integer.parseInt(
            System.getenv().getOrDefault("MOCHARAKA_TEST_PORT_OFFSET", "0"));
    public static final int HTTP_PORT = 8280 + PORT_OFFSET;
    public static final int MANAGEMENT_PORT = 9280 + PORT_OFFSET;
    public static final String URL_ENV = "MOCHARAKA_TEST_KEYCLOAK_URL";

    /** Public client with the password grant, for tests and API scripts. */
    public static final String CLI_CLIENT_ID = "mocharaka-cli";
    /** Password of every demo user of the realm file (program.admin, bm.admin, bm.citizen, ...). */
    public static final String DEMO_PASSWORD = "Demo-2026!";
    public static final String PORTAL_CLIENT_ID = "commune-portal";
    public static final String PORTAL_CLIENT_SECRET = "commune-portal-dev-secret";
    public static final String ADMIN_CLIENT_ID = "tenant-admin";
    public static final String ADMIN_CLIENT_SECRET = "tenant-admin-dev-secret";
    public static final String PROVISIONER_CLIENT_ID = "platform-provisioner";
    public static final String PROVISIONER_CLIENT_SECRET = "platform-provisioner-dev-secret";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);
    /** Exit status of {@code infra/keycloak/start} when another process holds the port. */
    private static final int BUSY = 75;
    private static final String LOCAL_URL = "http://127.0.0.1:" + HTTP_PORT;
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private static volatile String baseUrl;
    private static Process process;

    private KeycloakTestServer() {
    }

    /** Base URL of a Keycloak serving the realm, e.g. {@code http://127.0.0.1:8280}; starts one if needed. */
    public static String ensureRunning() {
        String url = baseUrl;
        if (url != null) {
            return url;
        }
        synchronized (KeycloakTestServer.class) {
            if (baseUrl == null) {
                baseUrl = locateOrStart();
            }
            return baseUrl;
        }
    }

    /** Issuer of the realm's tokens, e.g. {@code http://127.0.0.1:8280/realms/mocharaka}. */
    public static String issuerUri() {
        return ensureRunning() + "/realms/" + REALM;
    }

    public static String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    /** An access token of a realm user through the password grant of {@value #CLI_CLIENT_ID}. */
    public static String passwordGrantToken(String username, String password) {
        return requestToken(Map.of(
                "grant_type", "password",
                "client_id", CLI_CLIENT_ID,
                "username", username,
                "password", password,
                "scope", "openid"));
    }

    /** An access token of a confidential client's service account (e.g. the provisioner). */
    public static String clientCredentialsToken(String clientId, String clientSecret) {
        return requestToken(Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", clientSecret));
    }

    private static String requestToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = send(request);
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("token request (" + form.get("grant_type") + ", "
                    + form.getOrDefault("username", form.get("client_id")) + ") failed: HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    // --- locating or starting the server ---------------------------------------------------------------

    private static String locateOrStart() {
        String configured = System.getenv(URL_ENV);
        if (configured != null && !configured.isBlank()) {
            return stripTrailingSlash(configured.strip());
        }
        if (servesRealm(LOCAL_URL)) {
            return LOCAL_URL;
        }
        start();
        return LOCAL_URL;
    }

    private static void start() {
        Path repoRoot = findRepoRoot();
        Path script = repoRoot.resolve("infra/keycloak/start");
        Path log = Path.of(System.getProperty("user.dir"), "target", "keycloak-test.log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("bash", script.toString(),
                "--mode", "test", "--foreground",
                "--http-port", String.valueOf(HTTP_PORT),
                "--management-port", String.valueOf(MANAGEMENT_PORT)));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(repoRoot.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        }
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "keycloak-test-server-stop"));

        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (servesRealm(LOCAL_URL)) {
                return;
            }
            // Status 75: another process (e.g. a parallel test JVM) is starting or running a Keycloak on this
            // port; wait for it to serve the realm, then use it.
            if (!started.isAlive() && started.exitValue() != BUSY && !portInUse(HTTP_PORT)) {
                throw new IllegalStateException("Keycloak exited with status " + started.exitValue()
                        + " during startup; see " + log + "\n" + tail(log));
            }
            sleep(500);
        }
        stop(started);
        throw new IllegalStateException("Keycloak not ready after " + STARTUP_TIMEOUT.toSeconds() + " s; see " + log
                + "\n" + tail(log));
    }

    /** Stops the process tree: the java server and its helpers first, then the start script itself. */
    private static void stop(Process started) {
        if (started == null || !started.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = started.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : descendants) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
        started.destroy();
        try {
            if (!started.waitFor(10, TimeUnit.SECONDS)) {
                started.destroyForcibly();
                started.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.destroyForcibly();
        }
    }

    private static boolean servesRealm(String url) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(url + "/realms/" + REALM + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    private static boolean portInUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path findRepoRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("infra/keycloak/start"))) {
                return d;
            }
        }
        throw new IllegalStateException("infra/keycloak/start not found above " + dir
                + "; run the tests inside the repository or set " + URL_ENV);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.uri(), e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log)";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
