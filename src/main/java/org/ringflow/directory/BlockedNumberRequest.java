package org.ringflow.directory;

import jakarta.validation.constraints.Size;

record BlockedNumberRequest(String number, @Size(max = 500) String reason) {
}
