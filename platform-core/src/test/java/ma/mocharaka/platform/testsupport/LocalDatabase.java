package ma.mocharaka.platform.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A brand-new database on the machine's PostgreSQL for this test JVM, dropped when the JVM ends, so test runs never
 * see each other's data. Used where Docker is missing; the server comes from MOCHARAKA_TEST_PG_* variables.
 */
public final class LocalDatabase {

    private static final String HOST = env("MOCHARAKA_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("MOCHARAKA_TEST_PG_PORT", "5432");
    private static final String USER = env("MOCHARAKA_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("MOCHARAKA_TEST_PG_PASSWORD", "postgres");

    private static String name;

    private LocalDatabase() {
    }

    public static synchronized String url() {
        if (name == null) {
            name = "mocharaka_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
            execute("CREATE DATABASE " + name);
            String created = name;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + created + " WITH (FORCE)")));
        }
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Local PostgreSQL at " + HOST + ":" + PORT + " refused: " + sql, e);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
