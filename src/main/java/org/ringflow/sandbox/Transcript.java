package org.ringflow.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Everything a sandbox call or text went through, in order: what the caller heard, each request, each error. */
public final class Transcript {

    private final List<TranscriptEntry> entries = new ArrayList<>();

    synchronized void add(String kind, String text, String activityId) {
        entries.add(new TranscriptEntry(Instant.now(), kind, text, activityId));
    }

    public synchronized List<TranscriptEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized List<String> errors() {
        return entries.stream().filter(e -> e.kind().equals("error")).map(TranscriptEntry::text).toList();
    }

    /** What the caller heard, in order: the text of each Say and the URL of each Play. */
    public synchronized List<String> heard() {
        return entries.stream().filter(e -> e.kind().equals("say") || e.kind().equals("play"))
                .map(TranscriptEntry::text).toList();
    }

    @Override
    public synchronized String toString() {
        return entries.stream().map(TranscriptEntry::toString).collect(Collectors.joining("\n  ", "  ", ""));
    }
}
