package ma.mocharaka.admin.communes;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact as typed; a work email and phone are enough to reach someone, and nothing more is asked. */
public record ContactForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull CommuneContact.Role role,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "^$|^\\+?[0-9 ().-]{6,29}$") String phone) {

    static ContactForm of(CommuneContact contact) {
        return new ContactForm(contact.name(), contact.role(), contact.email(), contact.phone());
    }
}
