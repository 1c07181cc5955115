package ma.mocharaka.admin.communes;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.provisioning.ProvisioningEvent;
import ma.mocharaka.platform.provisioning.ProvisioningFailedException;
import ma.mocharaka.platform.provisioning.ProvisioningInProgressException;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistration;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;

@RestController
@RequestMapping("/api/communes")
class CommunesApiController {

    private final CommuneRegistry registry;
    private final CommuneProvisioning provisioning;
    private final AuditTrail audit;

    CommunesApiController(CommuneRegistry registry, CommuneProvisioning provisioning, AuditTrail audit) {
        this.registry = registry;
        this.provisioning = provisioning;
        this.audit = audit;
    }

    @GetMapping
    List<Commune> list() {
        return registry.findAll();
    }

    @GetMapping("/{slug}")
    CommuneState one() {
        Commune commune = registry.findBySlug(CurrentCommune.require().slug()).orElseThrow();
        return new CommuneState(commune, provisioning.history(commune));
    }

    @PostMapping
    ResponseEntity<Commune> register(@Valid @RequestBody CommuneRegistration registration, Authentication user) {
        Commune registered = registry.register(registration);
        audit.record(user.getName(), registered.slug(), "commune.register", registered.slug(), null,
                registered.nameFr() + " / " + registered.region());
        return ResponseEntity.created(URI.create("/api/communes/" + registered.slug())).body(registered);
    }

    /** Synchronous on purpose: a script that provisions communes one by one gets the outcome in the answer. */
    @PostMapping("/{slug}/provision")
    CommuneState provision(Authentication user) {
        Commune provisioned = provisioning.provision(CurrentCommune.require().slug(), user.getName());
        return new CommuneState(provisioned, provisioning.history(provisioned));
    }

    @ExceptionHandler(ProvisioningInProgressException.class)
    ResponseEntity<String> inProgress(ProvisioningInProgressException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
    }

    @ExceptionHandler(ProvisioningFailedException.class)
    ResponseEntity<String> failed(ProvisioningFailedException e) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(e.getMessage());
    }

    record CommuneState(Commune commune, List<ProvisioningEvent> history) {
    }
}
