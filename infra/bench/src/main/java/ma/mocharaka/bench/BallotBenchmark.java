package ma.mocharaka.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.tenancy.CommuneRegistration;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/**
 * Sustained ballots per second through the real portal: Keycloak tokens, the JWT-secured JSON API, the service's
 * rules and the one-statement upsert. Two steps, run by infra/bench/ballots:
 * <ul>
 *   <li>{@code setup}: provisions Beni Mellal through the real service (before the portal starts);</li>
 *   <li>{@code prepare N DIR}: creates N Keycloak users, has staff verify them and open a knapsack cycle through
 *   the API, gets each voter a real token, and writes the cycle, the tokens and the ballot shapes into DIR for the
 *   load generator (wrk, with ballots.lua);</li>
 *   <li>{@code complete DIR CLIENTS}: after the load, every voter votes once more, so that the final count is exact;</li>
 *   <li>{@code load N CLIENTS SECONDS}: prepare, then this JVM as the load generator (when wrk is missing), then
 *   complete. Prints RESULT lines.</li>
 * </ul>
 */
public class BallotBenchmark {

    private static final String SLUG = "beni-mellal";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    // HTTP/1.1 with keep-alive, as a browser talks to the portal behind a plain proxy; no h2c upgrade attempts.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8)).build();
    private final String portal = System.getenv().getOrDefault("BENCH_PORTAL_URL", "http://127.0.0.1:19090");
    private final String keycloak = System.getenv().getOrDefault("MOCHARAKA_KEYCLOAK_URL", "http://127.0.0.1:9080");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("setup")) {
            setup();
            return;
        }
        int status = 0;
        try {
            BallotBenchmark bench = new BallotBenchmark();
            switch (args[0]) {
                case "prepare" -> bench.prepare(Integer.parseInt(args[1]), Path.of(args[2]));
                case "complete" -> bench.complete(Path.of(args[1]), Integer.parseInt(args[2]));
                default -> bench.load(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            }
        } catch (Exception | Error failure) {
            failure.printStackTrace();
            status = 1;
        }
        // The HTTP client's worker threads would keep the JVM alive.
        System.exit(status);
    }

    static void setup() {
        SpringApplication application = new SpringApplication(ProvisioningBenchmark.class);
        try (ConfigurableApplicationContext context = application.run("--spring.config.name=bench")) {
            CommuneRegistry registry = context.getBean(CommuneRegistry.class);
            if (registry.findBySlug(SLUG).isEmpty()) {
                registry.register(new CommuneRegistration(SLUG, "بني ملال", "Béni Mellal", null, "Beni Mellal",
                        "Béni Mellal-Khénifra", "Béni Mellal", 209_104, "URBAN", false));
            }
            context.getBean(CommuneProvisioning.class).provision(SLUG, "ballot-bench");
            System.out.println("RESULT provisioned=" + SLUG);
        }
    }

    /** Voters, tokens and ballot shapes of one run, as the load generator (this class or wrk) needs them. */
    record Electorate(long cycle, List<String> tokens, List<String> bodies) {

        void write(Path directory) throws IOException {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("cycle"), Long.toString(cycle));
            Files.write(directory.resolve("tokens"), tokens);
            Files.write(directory.resolve("bodies"), bodies);
        }

        static Electorate read(Path directory) throws IOException {
            return new Electorate(Long.parseLong(Files.readString(directory.resolve("cycle")).strip()),
                    Files.readAllLines(directory.resolve("tokens")), Files.readAllLines(directory.resolve("bodies")));
        }
    }

    /** Sets up a run and leaves it in a directory, for a load generator that is not this JVM (wrk). */
    void prepare(int voterCount, Path directory) throws Exception {
        Electorate electorate = electorate(voterCount);
        electorate.write(directory);
        System.out.println("RESULT cycle=" + electorate.cycle());
        System.out.println("RESULT voters=" + voterCount);
    }

    /** Every voter votes once more, so that the final count is exact: one ballot per voter. */
    void complete(Path directory, int clients) throws Exception {
        Electorate electorate = Electorate.read(directory);
        List<String> tokens = electorate.tokens();
        AtomicLong refused = new AtomicLong();
        parallel(clients, tokens, (i, token) -> {
            int status = vote(token, electorate.cycle(), electorate.bodies().get(i % electorate.bodies().size()));
            if (status != 200 && status != 201) {
                refused.incrementAndGet();
            }
        });
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " final ballots refused");
        }
    }

    void load(int voterCount, int clients, int seconds) throws Exception {
        Electorate electorate = electorate(voterCount);
        runLoad("warmup", electorate, clients, Math.max(5, seconds / 6));
        runLoad("measure", electorate, clients, seconds);
        parallel(clients, electorate.tokens(), (i, token) ->
                vote(token, electorate.cycle(), electorate.bodies().get(i % electorate.bodies().size())));
        System.out.println("RESULT cycle=" + electorate.cycle());
        System.out.println("RESULT voters=" + voterCount);
    }

    private Electorate electorate(int voterCount) throws Exception {
        String staff = passwordToken("bm.staff", "Demo-2026!");
        long cycle = openCycle(staff);
        List<Long> projects = feasibleProjects(cycle);
        log("cycle " + cycle + " with projects " + projects);

        // The throwaway realm hashes the bench voters' passwords cheaply and keeps tokens for the whole run: what is
        // measured is the ballot, not Keycloak's password hashing (each real citizen signs in once, not per ballot).
        realmForTheBench(adminToken());
        String run = Long.toString(System.currentTimeMillis() % 100_000, 36);
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < voterCount; i++) {
            usernames.add("voter-" + run + "-" + i);
        }
        parallel(8, usernames, (i, username) -> {
            createUser(adminToken(), username);
            String cin = "BV%06d".formatted(i);
            post(staffToken(staff), "/c/" + SLUG + "/api/petitions/residents",
                    "{\"cin\":\"%s\",\"fullName\":\"Votant %d\",\"username\":\"%s\"}".formatted(cin, i, username), 201);
        });
        log(voterCount + " voters created and verified");
        String[] tokens = new String[voterCount];
        long tokensStart = System.nanoTime();
        parallel(8, usernames, (i, username) -> tokens[i] = passwordToken(username, "Bench-2026!"));
        log(voterCount + " tokens in " + (System.nanoTime() - tokensStart) / 1_000_000 + " ms");

        // Costs 600k, 500k, 300k, 250k, 200k, 900k against 1,000k: every shape fits the envelope.
        List<List<Long>> choices = List.of(List.of(projects.get(0), projects.get(2)), List.of(projects.get(2)),
                List.of(projects.get(1), projects.get(3), projects.get(4)), List.of(projects.get(0)),
                List.of(projects.get(2), projects.get(4)));
        List<String> bodies = choices.stream().map(chosen -> chosen.stream().map(String::valueOf)
                .collect(Collectors.joining(",", "{\"projects\":[", "]}"))).toList();
        return new Electorate(cycle, List.of(tokens), bodies);
    }

    /** Each request: a voter picked at random casts (first time) or changes (later) a ballot within the budget. */
    private void runLoad(String phase, Electorate electorate, int clients, int seconds) throws InterruptedException {
        List<String> tokens = electorate.tokens();
        List<String> bodies = electorate.bodies();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    String token = tokens.get(random.nextInt(tokens.size()));
                    long t0 = System.nanoTime();
                    int status = vote(token, electorate.cycle(), bodies.get(random.nextInt(bodies.size())));
                    latencies.add(System.nanoTime() - t0);
                    if (status == 200 || status == 201) {
                        ok.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        double p99 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99)) / 1e6;
        log("%s: %d ok, %d failed in %.1f s".formatted(phase, ok.get(), failed.get(), elapsed));
        if (phase.equals("measure")) {
            System.out.printf("RESULT clients=%d%n", clients);
            System.out.printf("RESULT seconds=%.1f%n", elapsed);
            System.out.printf("RESULT ballots_ok=%d%n", ok.get());
            System.out.printf("RESULT ballots_failed=%d%n", failed.get());
            System.out.printf("RESULT ballots_per_second=%.1f%n", ok.get() / elapsed);
            System.out.printf("RESULT latency_p50_ms=%.1f%n", p50);
            System.out.printf("RESULT latency_p99_ms=%.1f%n", p99);
        }
    }

    private int vote(String token, long cycle, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal + "/c/" + SLUG + "/api/budget/cycles/" + cycle + "/ballot"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300 && ThreadLocalRandom.current().nextInt(50) == 0) {
                log("refused " + response.statusCode() + ": " + response.body());
            }
            return response.statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** A knapsack cycle brought to its vote the way staff do it: proposals, review, then the vote's dates. */
    private long openCycle(String staff) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Africa/Casablanca"));
        String cycleJson = cycleJson(today.minusDays(10), today, today.plusDays(20), today.plusDays(30),
                today.plusDays(40), today.plusDays(60), today.plusDays(90));
        long cycle = id(post(staff, "/c/" + SLUG + "/api/budget/cycles", cycleJson, 201));
        long[] costs = {600_000, 500_000, 300_000, 250_000, 200_000, 900_000};
        List<Long> projects = new ArrayList<>();
        for (int i = 0; i < costs.length; i++) {
            projects.add(id(post(staff, "/c/" + SLUG + "/api/budget/cycles/" + cycle + "/proposals",
                    "{\"title\":\"Projet %d\",\"description\":\"Proposition du forum\"}".formatted(i), 201)));
        }
        put(staff, "/c/" + SLUG + "/api/budget/cycles/" + cycle, cycleJson(today.minusDays(60), today.minusDays(50),
                today.minusDays(30), today, today.plusDays(10), today.plusDays(30), today.plusDays(60)));
        for (int i = 0; i < costs.length; i++) {
            post(staff, "/c/" + SLUG + "/api/budget/cycles/" + cycle + "/projects/" + projects.get(i) + "/review",
                    "{\"feasible\":true,\"costMad\":%d}".formatted(costs[i]), 200);
        }
        put(staff, "/c/" + SLUG + "/api/budget/cycles/" + cycle, cycleJson(today.minusDays(75), today.minusDays(60),
                today.minusDays(30), today.minusDays(20), today.minusDays(5), today.plusDays(21), today.plusDays(50)));
        return cycle;
    }

    private List<Long> feasibleProjects(long cycle) {
        String body = get("/c/" + SLUG + "/api/budget/cycles/" + cycle);
        Matcher projects = Pattern.compile("\\{\"id\":(\\d+),\"cycleId\":" + cycle).matcher(body);
        List<Long> ids = new ArrayList<>();
        while (projects.find()) {
            ids.add(Long.parseLong(projects.group(1)));
        }
        return ids;
    }

    private static String cycleJson(LocalDate... d) {
        return ("{\"title\":\"Banc d’essai des bulletins\",\"description\":\"infra/bench/ballots\",\"rule\":\"KNAPSACK\","
                + "\"budgetMad\":\"1000000\",\"maxChoices\":\"\",\"minAge\":\"\",\"informationFrom\":\"%s\","
                + "\"proposalsFrom\":\"%s\",\"delegatesFrom\":\"%s\",\"reviewFrom\":\"%s\",\"voteFrom\":\"%s\","
                + "\"resultsFrom\":\"%s\",\"implementationFrom\":\"%s\"}").formatted((Object[]) d);
    }

    private void createUser(String admin, String username) {
        String body = ("{\"username\":\"%s\",\"enabled\":true,\"email\":\"%s@bench.invalid\",\"emailVerified\":true,"
                + "\"firstName\":\"Bench\",\"lastName\":\"Voter\",\"credentials\":[{\"type\":\"password\","
                + "\"value\":\"Bench-2026!\",\"temporary\":false}]}").formatted(username, username);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/mocharaka/users"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("creating " + username + ": " + response.statusCode() + " " + response.body());
        }
    }

    private volatile String adminToken;
    private volatile long adminTokenAt;

    /** Master-realm admin tokens live one minute; a fresh one every 40 seconds. */
    private synchronized String adminToken() {
        if (adminToken == null || System.nanoTime() - adminTokenAt > TimeUnit.SECONDS.toNanos(40)) {
            adminToken = token(keycloak + "/realms/master/protocol/openid-connect/token",
                    "grant_type=password&client_id=admin-cli&username=admin&password=admin");
            adminTokenAt = System.nanoTime();
        }
        return adminToken;
    }

    private void realmForTheBench(String admin) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/mocharaka"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"accessTokenLifespan\":3600,"
                        + "\"passwordPolicy\":\"hashAlgorithm(pbkdf2-sha256) and hashIterations(1)\"}")).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 204) {
            throw new IllegalStateException("realm settings: " + response.statusCode() + " " + response.body());
        }
    }

    private String passwordToken(String username, String password) {
        return token(keycloak + "/realms/mocharaka/protocol/openid-connect/token",
                "grant_type=password&client_id=mocharaka-cli&scope=openid&username=" + enc(username)
                        + "&password=" + enc(password));
    }

    /** Staff tokens live five minutes; the set-up of many voters may outlast one. */
    private volatile String staffToken;
    private volatile long staffTokenAt;

    private String staffToken(String first) {
        if (staffToken == null) {
            staffToken = first;
            staffTokenAt = System.nanoTime();
        }
        if (System.nanoTime() - staffTokenAt > TimeUnit.SECONDS.toNanos(200)) {
            synchronized (this) {
                if (System.nanoTime() - staffTokenAt > TimeUnit.SECONDS.toNanos(200)) {
                    staffToken = passwordToken("bm.staff", "Demo-2026!");
                    staffTokenAt = System.nanoTime();
                }
            }
        }
        return staffToken;
    }

    private String token(String endpoint, String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = send(request);
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    private String post(String token, String path, String json, int expected) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return expect(send(request), expected, path);
    }

    private void put(String token, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        expect(send(request), 200, path);
    }

    private String get(String path) {
        return expect(send(HttpRequest.newBuilder(URI.create(portal + path)).GET().build()), 200, path);
    }

    private static String expect(HttpResponse<String> response, int expected, String path) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        }
    }

    private static long id(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(id.group(1));
    }

    interface Step {
        void run(int index, String username) throws Exception;
    }

    private static void parallel(int threads, List<String> usernames, Step step) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int i = 0; i < usernames.size(); i++) {
            int index = i;
            done.add(pool.submit(() -> {
                step.run(index, usernames.get(index));
                return null;
            }));
        }
        pool.shutdown();
        for (java.util.concurrent.Future<?> future : done) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void log(String message) {
        System.err.println("[ballots] " + message);
    }
}
