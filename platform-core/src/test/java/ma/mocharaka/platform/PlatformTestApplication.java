package ma.mocharaka.platform;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ma.mocharaka.platform.quota.WriteQuota;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** A minimal app on platform-core alone, so the platform's behaviour is tested without either product app. */
@SpringBootApplication
public class PlatformTestApplication {

    @Bean
    SecurityFilterChain openForProbes(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    @Entity
    @Table(name = "news_item")
    public static class ProbeNews {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @JdbcTypeCode(SqlTypes.JSON)
        @Column(nullable = false)
        Map<String, String> title;
        @JdbcTypeCode(SqlTypes.JSON)
        @Column(nullable = false)
        Map<String, String> body;
        @Column(name = "published_on", nullable = false)
        java.time.LocalDate publishedOn = java.time.LocalDate.of(2025, 2, 15);
        @Column(name = "created_by", nullable = false)
        String createdBy = "probe";
    }

    /** Reads and writes the commune's schema through Hibernate, as every mechanism module will. */
    @Service
    public static class ProbeStore {
        private final EntityManager entities;
        private final TaskExecutor tasks;
        private int computations;

        ProbeStore(EntityManager entities, TaskExecutor tasks) {
            this.entities = entities;
            this.tasks = tasks;
        }

        @Transactional
        public long add(String title) {
            ProbeNews news = new ProbeNews();
            news.title = Map.of("fr", title);
            news.body = Map.of("fr", title);
            entities.persist(news);
            return news.id;
        }

        @Transactional(readOnly = true)
        public java.util.List<String> titles() {
            return entities.createQuery("select n from PlatformTestApplication$ProbeNews n order by n.id", ProbeNews.class)
                    .getResultList().stream().map(n -> n.title.get("fr")).toList();
        }

        @Transactional(readOnly = true)
        public String schema() {
            return (String) entities.createNativeQuery("select current_schema()").getSingleResult();
        }

        /** Deliberately keyed on nothing: only the commune prefix keeps two communes' entries apart. */
        @Cacheable("probe-schema")
        @Transactional(readOnly = true)
        public String cachedSchema() {
            computations++;
            return schema();
        }

        public int computations() {
            return computations;
        }

        public CompletableFuture<String> schemaInBackground() {
            CompletableFuture<String> result = new CompletableFuture<>();
            tasks.execute(() -> {
                try {
                    result.complete(CurrentCommune.get().map(Commune::slug).orElse("none") + "/" + schema());
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
            return result;
        }
    }

    @RestController
    static class ProbeController {
        private final ProbeStore store;

        ProbeController(ProbeStore store) {
            this.store = store;
        }

        @GetMapping({"/c/{commune}/probe", "/probe"})
        Map<String, Object> probe() {
            return Map.of(
                    "commune", CurrentCommune.get().map(Commune::slug).orElse("none"),
                    "schema", store.schema(),
                    "titles", CurrentCommune.get().isPresent() ? store.titles() : java.util.List.of());
        }

        /** A public write under a small quota (platform-test.yaml), as a portal's anonymous forms are. */
        @PostMapping("/c/{commune}/probe/notes")
        @WriteQuota("probe-note")
        Map<String, Object> note(@RequestParam String title) {
            return Map.of("id", store.add(title));
        }

        @GetMapping("/c/{commune}/probe/form")
        String formWithSession(jakarta.servlet.http.HttpSession session) {
            session.setAttribute("visited", true);
            return "ok";
        }
    }
}
