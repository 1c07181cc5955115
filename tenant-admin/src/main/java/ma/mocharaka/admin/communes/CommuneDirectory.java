package ma.mocharaka.admin.communes;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/**
 * The office's corrections to a commune's registry facts and its list of contacts. Both are audited with the state
 * before and after; the registry's cache of the commune is dropped so the next page shows the new names.
 */
@Service
public class CommuneDirectory {

    private final JdbcClient jdbc;
    private final CommuneRegistry registry;
    private final AuditTrail audit;

    CommuneDirectory(JdbcClient jdbc, CommuneRegistry registry, AuditTrail audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.audit = audit;
    }

    @Transactional
    public Commune correct(Commune commune, RegistryEntry entry, String actor) {
        jdbc.sql("""
                UPDATE platform.commune SET name_ar = ?, name_fr = ?, name_zgh = ?, region = ?, province = ?,
                       population = ?, kind = ?, updated_at = now()
                WHERE id = ?""")
                .params(entry.nameAr().strip(), entry.nameFr().strip(), blankToNull(entry.nameZgh()),
                        entry.region().strip(), entry.province().strip(), entry.population(), entry.kind(),
                        commune.id())
                .update();
        registry.evict(commune.slug());
        Commune after = registry.findBySlug(commune.slug()).orElseThrow();
        audit.record(actor, commune.slug(), "commune.registry", "commune/" + commune.slug(),
                RegistryEntry.of(commune).auditState(), RegistryEntry.of(after).auditState());
        return after;
    }

    public List<CommuneContact> contacts(Commune commune) {
        return jdbc.sql("""
                SELECT id, name, role, email, phone FROM platform.commune_contact WHERE commune_id = ?
                ORDER BY CASE role WHEN 'FOCAL_POINT' THEN 0 ELSE 1 END, name""")
                .param(commune.id())
                .query((rs, row) -> new CommuneContact(rs.getLong("id"), commune.slug(), rs.getString("name"),
                        CommuneContact.Role.valueOf(rs.getString("role")), rs.getString("email"),
                        rs.getString("phone")))
                .list();
    }

    public Optional<CommuneContact> contact(Commune commune, long id) {
        return contacts(commune).stream().filter(c -> c.id() == id).findFirst();
    }

    /** @throws DuplicateContactException when the commune has someone of that name in that role already */
    @Transactional
    public CommuneContact add(Commune commune, ContactForm form, String actor) {
        long id;
        try {
            id = jdbc.sql("""
                    INSERT INTO platform.commune_contact (commune_id, name, role, email, phone, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(commune.id(), form.name().strip(), form.role().name(), blankToNull(form.email()),
                            blankToNull(form.phone()), actor)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new DuplicateContactException();
        }
        CommuneContact added = contact(commune, id).orElseThrow();
        audit.record(actor, commune.slug(), "commune.contact.add", "contact/" + id, null, added.auditState());
        return added;
    }

    @Transactional
    public CommuneContact change(Commune commune, CommuneContact before, ContactForm form, String actor) {
        try {
            jdbc.sql("""
                    UPDATE platform.commune_contact SET name = ?, role = ?, email = ?, phone = ?, updated_by = ?,
                           updated_at = now()
                    WHERE id = ? AND commune_id = ?""")
                    .params(form.name().strip(), form.role().name(), blankToNull(form.email()),
                            blankToNull(form.phone()), actor, before.id(), commune.id())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateContactException();
        }
        CommuneContact after = contact(commune, before.id()).orElseThrow();
        audit.record(actor, commune.slug(), "commune.contact.change", "contact/" + before.id(), before.auditState(),
                after.auditState());
        return after;
    }

    @Transactional
    public void remove(Commune commune, CommuneContact contact, String actor) {
        jdbc.sql("DELETE FROM platform.commune_contact WHERE id = ? AND commune_id = ?")
                .params(contact.id(), commune.id()).update();
        audit.record(actor, commune.slug(), "commune.contact.remove", "contact/" + contact.id(),
                contact.auditState(), null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The commune already has someone of that name in that role. */
    public static class DuplicateContactException extends RuntimeException {
        DuplicateContactException() {
            super("contact.error.duplicate");
        }
    }
}
