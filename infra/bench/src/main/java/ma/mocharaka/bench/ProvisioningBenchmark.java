package ma.mocharaka.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import ma.mocharaka.platform.migration.CommuneChangelog;
import ma.mocharaka.platform.migration.CommuneSchemaMigrator;
import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistration;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/**
 * Provisions N generated communes through the real service and, in the same run and on the same database, creates
 * N schemas by executing the commune changelog's SQL directly: the cost Liquibase and the registry add on top of
 * the DDL itself. Prints one line of results per measure; infra/bench/provisioning turns them into a table.
 */
@SpringBootApplication
public class ProvisioningBenchmark {

    private static final Pattern CHANGESET = Pattern.compile("(?m)^--changeset .*$");

    public static void main(String[] args) throws Exception {
        int communes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        SpringApplication application = new SpringApplication(ProvisioningBenchmark.class);
        try (ConfigurableApplicationContext context = application.run("--spring.config.name=bench")) {
            new ProvisioningBenchmark().run(context, communes);
        }
    }

    void run(ConfigurableApplicationContext context, int count) throws Exception {
        CommuneRegistry registry = context.getBean(CommuneRegistry.class);
        CommuneProvisioning provisioning = context.getBean(CommuneProvisioning.class);
        CommuneSchemaMigrator migrator = context.getBean(CommuneSchemaMigrator.class);
        DataSource dataSource = context.getBean(DataSource.class);
        List<String> ddl = changelogStatements();

        List<Long> full = new ArrayList<>();
        List<Long> schemaOnly = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        int warmUp = Math.min(5, count);
        for (int i = -warmUp; i < count; i++) {
            // Interleaved, so both measures see the same machine load and the same database size.
            String slug = "bench-" + (i < 0 ? "warm" + (-i) : String.valueOf(i));
            Commune commune = registry.register(new CommuneRegistration(slug, "جماعة " + i, "Commune " + i, null,
                    null, "Région", "Province", 10_000 + i, "RURAL", false));
            long start = System.nanoTime();
            provisioning.provision(slug, "bench");
            long provisioned = System.nanoTime() - start;

            long rawStart = System.nanoTime();
            createRawSchema(dataSource, "bench_raw_" + (i < 0 ? "warm" + (-i) : String.valueOf(i)), ddl);
            long rawTime = System.nanoTime() - rawStart;

            String slugSchemaOnly = slug + "-s";
            Commune schemaOnlyCommune = registry.register(new CommuneRegistration(slugSchemaOnly, "جماعة", "Commune",
                    null, null, "Région", "Province", 1, "RURAL", false));
            long migrateStart = System.nanoTime();
            migrator.migrate(schemaOnlyCommune);
            long migrated = System.nanoTime() - migrateStart;
            if (i >= 0) {
                full.add(provisioned);
                raw.add(rawTime);
                schemaOnly.add(migrated);
            }
        }
        System.out.printf("RESULT communes=%d%n", count);
        System.out.printf("RESULT provision_full_median_ms=%.1f%n", medianMillis(full));
        System.out.printf("RESULT provision_schema_median_ms=%.1f%n", medianMillis(schemaOnly));
        System.out.printf("RESULT raw_ddl_median_ms=%.1f%n", medianMillis(raw));
        System.out.printf("RESULT ratio_full_to_raw=%.2f%n", medianMillis(full) / medianMillis(raw));
        System.out.printf("RESULT ratio_schema_to_raw=%.2f%n", medianMillis(schemaOnly) / medianMillis(raw));
        System.out.printf("RESULT changesets=%d%n", migrator.targetVersion());
    }

    /** The commune changelog's own SQL, split into statements, without Liquibase around it. */
    static List<String> changelogStatements() throws IOException {
        String sql;
        try (InputStream in = ProvisioningBenchmark.class.getClassLoader()
                .getResourceAsStream(CommuneChangelog.DEFAULT_LOCATION)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = new ArrayList<>();
        for (String changeset : CHANGESET.split(sql)) {
            for (String statement : changeset.split(";\\s*(\\n|$)")) {
                String cleaned = statement.lines().filter(line -> !line.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b).strip();
                if (!cleaned.isEmpty()) {
                    statements.add(cleaned);
                }
            }
        }
        return statements;
    }

    static void createRawSchema(DataSource dataSource, String schema, List<String> ddl) throws SQLException {
        // One transaction, as the provisioning path uses: the cheapest way PostgreSQL can run this DDL.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("CREATE SCHEMA " + schema);
            connection.setSchema(schema);
            for (String sql : ddl) {
                statement.execute(sql);
            }
            connection.commit();
            connection.setAutoCommit(true);
            connection.setSchema("platform");
        }
    }

    static double medianMillis(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return median / 1_000_000.0;
    }
}
