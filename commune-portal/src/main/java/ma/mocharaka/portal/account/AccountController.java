package ma.mocharaka.portal.account;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ma.mocharaka.platform.security.CommuneAccess;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** Where "sign in" lands: who the citizen or staff member is, and what they may do in this commune. */
@Controller
class AccountController {

    @GetMapping("/c/{commune}/account")
    String account(Authentication user, Model model) {
        var commune = CurrentCommune.require();
        List<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .toList();
        model.addAttribute("username", user.getName());
        model.addAttribute("roles", roles);
        model.addAttribute("member", CommuneAccess.isMember(user, commune));
        model.addAttribute("canAdminister",
                CommuneAccess.hasRoleIn(user, commune, PlatformRole.COMMUNE_ADMIN, PlatformRole.COMMUNE_STAFF));
        return "account/account";
    }
}
