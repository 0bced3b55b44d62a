package org.ringflow.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A phone number as written by an admin; either flow may be left out. */
record NumberRequest(String number, @NotBlank @Size(max = 200) String name, Long callFlowId, Long smsFlowId) {
}
