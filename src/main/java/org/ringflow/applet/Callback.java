package org.ringflow.applet;

/**
 * What Twilio reported when it called back a waiting applet, in Ringflow's words (twilio/ translates
 * Twilio's parameter names into these).
 *
 * @param digits            keys pressed in a Gather; empty when none
 * @param dialStatus        outcome of a Dial: completed, answered, busy, no-answer, failed, canceled
 * @param dialDuration      seconds the dialled party was connected
 * @param recordingUrl      a Record's audio; null when nothing was recorded
 * @param recordingSid      a Record's id
 * @param recordingDuration seconds recorded
 */
public record Callback(String digits, String dialStatus, Integer dialDuration,
                       String recordingUrl, String recordingSid, Integer recordingDuration) {

    public static Callback empty() {
        return new Callback(null, null, null, null, null, null);
    }
}
