package org.ringflow.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

record ContactRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String company,
        @Email @Size(max = 320) String email,
        List<String> phoneNumbers,
        @Size(max = 4000) String notes) {
}
