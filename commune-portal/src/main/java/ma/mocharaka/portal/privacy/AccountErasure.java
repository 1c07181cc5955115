package ma.mocharaka.portal.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Deletes a citizen's account (law 09-08, art. 8, right of erasure): first what every module keeps about it in every
 * active commune, one transaction per commune, then the identity-provider account. In that order, because a failure
 * half-way leaves an account that can still sign in and ask again, never data that no account can reach any more.
 * The audit trail records that an erasure happened and in which modules, never whose.
 */
@Service
public class AccountErasure {

    /** Who the audit names as the actor: the erased person must not be named, yet the act is theirs. */
    static final String ACTOR = "account-holder";

    private static final Logger log = LoggerFactory.getLogger(AccountErasure.class);

    /**
     * Roles whose accounts belong to the commune or the program office as an organisation: their acts (verifications,
     * moderation, decisions) are the administration's record, so they leave through their administrator, not here.
     */
    private static final Set<String> STAFF_AUTHORITIES = Set.of(
            PlatformRole.PROGRAM_ADMIN.authority(), PlatformRole.PROGRAM_ANALYST.authority(),
            PlatformRole.COMMUNE_ADMIN.authority(), PlatformRole.COMMUNE_STAFF.authority(),
            PlatformRole.FOCAL_POINT.authority());

    private final List<PersonalData> modules;
    private final CommuneRegistry registry;
    private final PersonalDataExport export;
    private final KeycloakAccounts accounts;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    AccountErasure(List<PersonalData> modules, CommuneRegistry registry, PersonalDataExport export,
                   KeycloakAccounts accounts, AuditTrail audit, PlatformTransactionManager transactions) {
        this.modules = modules;
        this.registry = registry;
        this.export = export;
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Staff and program accounts cannot delete themselves here; citizens can. */
    public static boolean maySelfDelete(Authentication user) {
        return user != null && user.isAuthenticated() && user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).noneMatch(STAFF_AUTHORITIES::contains);
    }

    public void erase(Authentication user) {
        if (!maySelfDelete(user)) {
            throw new IllegalStateException("staff accounts are not deleted through the citizen's page");
        }
        erase(user.getName());
    }

    /** Erases the account's data everywhere, then the account. Safe to run twice. */
    void erase(String account) {
        // Which communes held something, for the audit only: the erasure itself runs everywhere, so data added
        // between this look and the erasure is not missed.
        Map<String, Map<String, Object>> held = export.communesOf(account);
        for (Commune commune : registry.findActive()) {
            CurrentCommune.runAs(commune, () -> transaction.executeWithoutResult(status -> {
                modules.forEach(module -> module.erase(account));
                Map<String, Object> sections = held.get(commune.slug());
                if (sections != null) {
                    audit.record(ACTOR, commune.slug(), "privacy.erase", "account",
                            null, "erased: " + String.join(", ", sections.keySet()));
                }
            }));
        }
        boolean deleted = accounts.delete(account);
        audit.record(ACTOR, null, "privacy.account-deleted", "account", null,
                "identity account " + (deleted ? "deleted" : "already gone") + "; data erased in "
                        + held.size() + " commune(s)");
        log.info("An account was erased in {} commune(s)", held.size());
    }
}
