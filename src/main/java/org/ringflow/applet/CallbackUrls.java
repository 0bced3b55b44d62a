package org.ringflow.applet;

/** The absolute URLs Twilio calls back for one call; written by twilio/, which owns the paths. */
public interface CallbackUrls {

    /** Gather, Dial and Record actions and Redirects: moves the waiting applet on. */
    String step(String step);

    /** A Record's recordingStatusCallback; {@code owner} is whose inbox gets the voicemail. */
    String recordingStatus(String owner);

    /** A Record's transcribeCallback. */
    String transcription(String owner);
}
