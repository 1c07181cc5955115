package ma.mocharaka.admin.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ma.mocharaka.platform.audit.AuditTrail;

@Controller
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String recent(Model model) {
        model.addAttribute("events", audit.recent(null, 200));
        return "audit/list";
    }
}
