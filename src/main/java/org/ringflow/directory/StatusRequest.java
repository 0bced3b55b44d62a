package org.ringflow.directory;

record StatusRequest(String status) {
}
