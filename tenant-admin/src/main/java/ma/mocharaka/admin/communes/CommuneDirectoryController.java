package ma.mocharaka.admin.communes;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Program admins correct a commune's registry facts and keep its contacts (AdminSecurity: everything under
 * /communes/{slug}/ that is not a page the focal point may read is for program admins). A contact is only ever
 * looked up within the commune of the address.
 */
@Controller
class CommuneDirectoryController {

    private final CommuneDirectory directory;
    private final CommuneRegistry registry;

    CommuneDirectoryController(CommuneDirectory directory, CommuneRegistry registry) {
        this.directory = directory;
        this.registry = registry;
    }

    @GetMapping("/communes/{slug}/registry")
    String registryForm(Model model) {
        Commune commune = current();
        model.addAttribute("entry", RegistryEntry.of(commune));
        return registryPage(model, commune);
    }

    @PostMapping("/communes/{slug}/registry")
    String correct(@Valid @ModelAttribute("entry") RegistryEntry entry, BindingResult errors, Model model,
                   Authentication user, RedirectAttributes redirect) {
        Commune commune = current();
        if (errors.hasErrors()) {
            return registryPage(model, commune);
        }
        directory.correct(commune, entry, user.getName());
        redirect.addFlashAttribute("registrySaved", true);
        return "redirect:/communes/" + commune.slug();
    }

    @GetMapping("/communes/{slug}/contacts/new")
    String newContact(Model model) {
        model.addAttribute("contact", new ContactForm(null, CommuneContact.Role.FOCAL_POINT, null, null));
        return contactPage(model, current(), null);
    }

    @PostMapping("/communes/{slug}/contacts")
    String add(@Valid @ModelAttribute("contact") ContactForm form, BindingResult errors, Model model,
               Authentication user, RedirectAttributes redirect) {
        Commune commune = current();
        return save(commune, null, form, errors, model, user, redirect);
    }

    @GetMapping("/communes/{slug}/contacts/{id}")
    String editContact(@PathVariable long id, Model model) {
        Commune commune = current();
        CommuneContact contact = contact(commune, id);
        model.addAttribute("contact", ContactForm.of(contact));
        return contactPage(model, commune, contact);
    }

    @PostMapping("/communes/{slug}/contacts/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("contact") ContactForm form, BindingResult errors,
                  Model model, Authentication user, RedirectAttributes redirect) {
        Commune commune = current();
        return save(commune, contact(commune, id), form, errors, model, user, redirect);
    }

    @PostMapping("/communes/{slug}/contacts/{id}/delete")
    String remove(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        Commune commune = current();
        CommuneContact contact = contact(commune, id);
        directory.remove(commune, contact, user.getName());
        redirect.addFlashAttribute("contactRemoved", contact.name());
        return "redirect:/communes/" + commune.slug() + "#contacts-title";
    }

    @Operation(summary = "A commune's contacts and focal points (program staff, the commune's focal point)")
    @GetMapping("/api/communes/{slug}/contacts")
    @ResponseBody
    List<CommuneContact> contactsApi() {
        return directory.contacts(current());
    }

    private String save(Commune commune, CommuneContact existing, ContactForm form, BindingResult errors, Model model,
                        Authentication user, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                CommuneContact saved = existing == null ? directory.add(commune, form, user.getName())
                        : directory.change(commune, existing, form, user.getName());
                redirect.addFlashAttribute("contactSaved", saved.name());
                return "redirect:/communes/" + commune.slug() + "#contacts-title";
            } catch (CommuneDirectory.DuplicateContactException e) {
                errors.rejectValue("name", "contact.error.duplicate");
            }
        }
        return contactPage(model, commune, existing);
    }

    private String registryPage(Model model, Commune commune) {
        model.addAttribute("subject", commune);
        return "communes/registry";
    }

    private String contactPage(Model model, Commune commune, CommuneContact existing) {
        model.addAttribute("subject", commune);
        model.addAttribute("existing", existing);
        model.addAttribute("roles", CommuneContact.Role.values());
        return "communes/contact";
    }

    private Commune current() {
        return registry.findBySlug(CurrentCommune.require().slug()).orElseThrow();
    }

    private CommuneContact contact(Commune commune, long id) {
        return directory.contact(commune, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
