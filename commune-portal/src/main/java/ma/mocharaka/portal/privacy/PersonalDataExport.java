package ma.mocharaka.portal.privacy;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Everything the platform keeps about one account (law 09-08, art. 7, right of access): its identity-provider
 * profile and, for every active commune where a module holds something, that module's section. The account is the
 * signed-in user's own; nothing here takes an account from the request.
 */
@Service
public class PersonalDataExport {

    private final List<PersonalData> modules;
    private final CommuneRegistry registry;
    private final KeycloakAccounts accounts;
    private final TransactionTemplate readOnly;

    PersonalDataExport(List<PersonalData> modules, CommuneRegistry registry, KeycloakAccounts accounts,
                       PlatformTransactionManager transactions) {
        this.modules = modules;
        this.registry = registry;
        this.accounts = accounts;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public Map<String, Object> of(String account) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", Instant.now());
        export.put("account", accounts.profile(account));
        export.put("communes", communesOf(account));
        return export;
    }

    /** Slug to sections, only communes and sections that hold something. */
    Map<String, Map<String, Object>> communesOf(String account) {
        Map<String, Map<String, Object>> communes = new LinkedHashMap<>();
        for (Commune commune : registry.findActive()) {
            Map<String, Object> sections = CurrentCommune.callAs(commune, () -> readOnly.execute(status -> {
                Map<String, Object> found = new LinkedHashMap<>();
                for (PersonalData module : modules) {
                    Object data = module.export(account);
                    if (holdsSomething(data)) {
                        found.put(module.section(), data);
                    }
                }
                return found;
            }));
            if (!sections.isEmpty()) {
                communes.put(commune.slug(), sections);
            }
        }
        return communes;
    }

    /** A module may answer with a map of empty lists for someone it knows nothing about: that is nothing too. */
    private static boolean holdsSomething(Object data) {
        if (data instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(PersonalDataExport::holdsSomething);
        }
        if (data instanceof Collection<?> list) {
            return !list.isEmpty();
        }
        return data != null;
    }
}
