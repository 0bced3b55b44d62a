package org.ringflow.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A group as written by an admin: the order of memberIds is the ringing order. */
record GroupRequest(@NotBlank @Size(max = 200) String name, List<Long> memberIds) {
}
